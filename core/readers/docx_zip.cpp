#include "readers/docx_zip.hpp"

#include <array>

#include <zip.h>

#include <citecheck/errors.hpp>

namespace citecheck::readers {
namespace {

std::string mib(std::uint64_t bytes) {
  return std::to_string(bytes >> 20) + " MiB";
}

}  // namespace

void DocxPackage::Closer::operator()(zip* archive) const {
  zip_discard(archive);
}

DocxPackage::DocxPackage(std::string path, std::string_view bytes, ZipLimits limits)
    : m_path(std::move(path)), m_limits(limits) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  zip_t* archive = source ? zip_open_from_source(source, ZIP_RDONLY, &error) : nullptr;
  if (!archive) {
    const std::string reason = zip_error_strerror(&error);
    if (source) {
      zip_source_free(source);
    }
    zip_error_fini(&error);
    throw InputError(m_path, "not a readable DOCX: the ZIP container is damaged (" + reason + ")");
  }
  zip_error_fini(&error);
  m_archive.reset(archive);
}

DocxPackage::~DocxPackage() = default;

bool DocxPackage::has(const std::string& name) const {
  return zip_name_locate(m_archive.get(), name.c_str(), 0) >= 0;
}

std::optional<std::string> DocxPackage::read(const std::string& name) {
  const zip_int64_t index = zip_name_locate(m_archive.get(), name.c_str(), 0);
  if (index < 0) {
    return std::nullopt;
  }
  const auto where = m_path + " (" + name + ")";
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat_index(m_archive.get(), static_cast<zip_uint64_t>(index), 0, &stat) != 0) {
    throw InputError(where, "cannot read the ZIP entry");
  }
  if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE) {
    throw InputError(where, "encrypted ZIP entry; save the document without a password first");
  }
  // Declared sizes are checked first (cheap refusal of honest bombs), then every chunk as it
  // arrives (headers can lie).
  if ((stat.valid & ZIP_STAT_SIZE) && stat.size > m_limits.max_part_bytes) {
    throw InputError(where, "part expands to " + mib(stat.size) + ", over the " +
                                mib(m_limits.max_part_bytes) + " limit (ZIP bomb?)");
  }
  const std::uint64_t compressed =
      (stat.valid & ZIP_STAT_COMP_SIZE) ? std::max<std::uint64_t>(stat.comp_size, 1) : 1;
  zip_file_t* file = zip_fopen_index(m_archive.get(), static_cast<zip_uint64_t>(index), 0);
  if (!file) {
    const int code = zip_error_code_zip(zip_get_error(m_archive.get()));
    if (code == ZIP_ER_NOPASSWD || code == ZIP_ER_WRONGPASSWD) {
      throw InputError(where, "encrypted ZIP entry; save the document without a password first");
    }
    throw InputError(
        where, std::string("cannot open the ZIP entry (") + zip_strerror(m_archive.get()) + ")");
  }
  std::string out;
  std::array<char, 64 * 1024> chunk{};
  for (;;) {
    const zip_int64_t got = zip_fread(file, chunk.data(), chunk.size());
    if (got < 0) {
      const std::string reason = zip_file_strerror(file);
      zip_fclose(file);
      throw InputError(where, "damaged ZIP entry (" + reason + ")");
    }
    if (got == 0) {
      break;
    }
    out.append(chunk.data(), static_cast<std::size_t>(got));
    const bool too_big =
        out.size() > m_limits.max_part_bytes || m_total + out.size() > m_limits.max_total_bytes;
    const bool too_dense =
        out.size() > m_limits.ratio_floor_bytes && out.size() / compressed > m_limits.max_ratio;
    if (too_big || too_dense) {
      zip_fclose(file);
      throw InputError(where, too_big
                                  ? "part expands past the " + mib(m_limits.max_part_bytes) +
                                        " limit (ZIP bomb?)"
                                  : "part expands more than " + std::to_string(m_limits.max_ratio) +
                                        " times its compressed size (ZIP bomb?)");
    }
  }
  zip_fclose(file);
  m_total += out.size();
  return out;
}

}  // namespace citecheck::readers

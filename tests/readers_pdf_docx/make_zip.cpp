#include "make_zip.hpp"

#include <cstring>
#include <stdexcept>

#include <zip.h>

namespace citecheck::test {
namespace {

struct Zeros {
  std::uint64_t total = 0;
  std::uint64_t sent = 0;
};

zip_int64_t zero_source(void* state, void* data, zip_uint64_t length, zip_source_cmd_t cmd) {
  auto* zeros = static_cast<Zeros*>(state);
  switch (cmd) {
    case ZIP_SOURCE_OPEN:
      zeros->sent = 0;
      return 0;
    case ZIP_SOURCE_READ: {
      const std::uint64_t n = std::min<std::uint64_t>(length, zeros->total - zeros->sent);
      std::memset(data, 0, n);
      zeros->sent += n;
      return static_cast<zip_int64_t>(n);
    }
    case ZIP_SOURCE_CLOSE:
      return 0;
    case ZIP_SOURCE_STAT: {
      auto* st = static_cast<zip_stat_t*>(data);
      zip_stat_init(st);
      st->size = zeros->total;
      st->valid |= ZIP_STAT_SIZE;
      return sizeof(zip_stat_t);
    }
    case ZIP_SOURCE_ERROR:
      return 0;
    case ZIP_SOURCE_FREE:
      return 0;
    case ZIP_SOURCE_SUPPORTS:
      return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE,
                                            ZIP_SOURCE_STAT, ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, -1);
    default:
      return -1;
  }
}

// Writes an archive into a growable in-memory source and returns its bytes.
template <class Fill>
std::string build(Fill fill) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* target = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_t* archive = zip_open_from_source(target, ZIP_TRUNCATE, &error);
  if (!archive) {
    throw std::runtime_error("zip_open_from_source failed");
  }
  zip_source_keep(target);
  const bool ok = fill(archive);
  if (zip_close(archive) != 0 || !ok) {
    zip_discard(archive);
    zip_source_free(target);
    return {};
  }
  std::string out;
  zip_stat_t st;
  if (zip_source_stat(target, &st) == 0 && zip_source_open(target) == 0) {
    out.resize(st.size);
    zip_source_read(target, out.data(), st.size);
    zip_source_close(target);
  }
  zip_source_free(target);
  return out;
}

bool add_entries(zip_t* archive, const ZipEntries& entries) {
  for (const auto& [name, content] : entries) {
    zip_source_t* source = zip_source_buffer(archive, content.data(), content.size(), 0);
    if (!source || zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8) < 0) {
      return false;
    }
  }
  return true;
}

}  // namespace

std::string make_zip(const ZipEntries& entries) {
  return build([&](zip_t* archive) { return add_entries(archive, entries); });
}

std::string make_zero_bomb(const std::string& name, std::uint64_t zeros) {
  Zeros state{zeros, 0};
  return build([&](zip_t* archive) {
    zip_source_t* source = zip_source_function(archive, zero_source, &state);
    return source && zip_file_add(archive, name.c_str(), source, 0) >= 0;
  });
}

std::string make_encrypted_zip(const ZipEntries& entries, const std::string& password) {
  return build([&](zip_t* archive) {
    if (!add_entries(archive, entries)) {
      return false;
    }
    for (zip_uint64_t i = 0; i < entries.size(); ++i) {
      if (zip_file_set_encryption(archive, i, ZIP_EM_AES_256, password.c_str()) != 0) {
        return false;
      }
    }
    return true;
  });
}

}  // namespace citecheck::test

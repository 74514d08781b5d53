#include "plugin_host/elf_check.hpp"

#include <link.h>  // ElfW: the ELF types of this machine's class

#include <cstring>
#include <fstream>
#include <system_error>
#include <vector>

namespace citecheck::plugin_host {

namespace {

/// The e_machine this program runs as; EM_NONE where unknown (then dlopen alone decides).
constexpr ElfW(Half) native_machine() {
#if defined(__x86_64__)
  return EM_X86_64;
#elif defined(__i386__)
  return EM_386;
#elif defined(__aarch64__)
  return EM_AARCH64;
#elif defined(__arm__)
  return EM_ARM;
#elif defined(__powerpc64__)
  return EM_PPC64;
#elif defined(__s390x__)
  return EM_S390;
#elif defined(__riscv)
  return EM_RISCV;
#else
  return EM_NONE;
#endif
}

constexpr unsigned char native_data_encoding() {
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  return ELFDATA2LSB;
#else
  return ELFDATA2MSB;
#endif
}

std::string truncated(std::uintmax_t size, std::uintmax_t needed, const char* what) {
  return "the file is truncated: it has " + std::to_string(size) + " bytes but its " + what +
         " reach to byte " + std::to_string(needed);
}

}  // namespace

std::optional<std::string> check_elf_file(const std::filesystem::path& file) {
  std::error_code ec;
  const std::uintmax_t size = std::filesystem::file_size(file, ec);
  if (ec) {
    return std::nullopt;  // dlopen will say why it cannot read the file
  }
  std::ifstream in(file, std::ios::binary);
  ElfW(Ehdr) header{};
  in.read(reinterpret_cast<char*>(&header), sizeof header);
  const auto got = static_cast<std::size_t>(in.gcount());
  if (got < SELFMAG || std::memcmp(header.e_ident, ELFMAG, SELFMAG) != 0) {
    return "not a shared library: the file does not start with an ELF header";
  }
  if (got < EI_NIDENT ||
      header.e_ident[EI_CLASS] != (sizeof(void*) == 8 ? ELFCLASS64 : ELFCLASS32) ||
      header.e_ident[EI_DATA] != native_data_encoding()) {
    return std::nullopt;  // other word size or byte order: dlopen names the ELF class
  }
  if (got < sizeof header) {
    return truncated(size, sizeof header, "ELF header would");
  }
  if (native_machine() != EM_NONE && header.e_machine != native_machine()) {
    return "built for another machine (ELF machine " + std::to_string(header.e_machine) +
           ", this program runs as machine " + std::to_string(native_machine()) + ")";
  }
  if (header.e_phentsize != sizeof(ElfW(Phdr))) {
    return std::nullopt;  // unusual layout: leave the verdict to dlopen
  }
  const std::uintmax_t program_headers_end =
      static_cast<std::uintmax_t>(header.e_phoff) +
      static_cast<std::uintmax_t>(header.e_phnum) * header.e_phentsize;
  if (program_headers_end > size) {
    return truncated(size, program_headers_end, "program headers");
  }
  const std::uintmax_t section_headers_end =
      static_cast<std::uintmax_t>(header.e_shoff) +
      static_cast<std::uintmax_t>(header.e_shnum) * header.e_shentsize;
  if (header.e_shoff != 0 && section_headers_end > size) {
    return truncated(size, section_headers_end, "section headers");
  }
  std::vector<ElfW(Phdr)> segments(header.e_phnum);
  in.clear();
  in.seekg(static_cast<std::streamoff>(header.e_phoff));
  if (!in.read(reinterpret_cast<char*>(segments.data()),
               static_cast<std::streamsize>(segments.size() * sizeof(ElfW(Phdr))))) {
    return truncated(size, program_headers_end, "program headers");
  }
  for (const auto& segment : segments) {
    const std::uintmax_t end = static_cast<std::uintmax_t>(segment.p_offset) + segment.p_filesz;
    if (segment.p_type == PT_LOAD && end > size) {
      return truncated(size, end, "loadable segments");
    }
  }
  return std::nullopt;
}

}  // namespace citecheck::plugin_host

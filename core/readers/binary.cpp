#include "readers/binary.hpp"

#include <array>
#include <cstdint>
#include <cstring>

#include "text/byte_scan.hpp"

namespace citecheck::readers {
namespace {

struct Signature {
  std::size_t offset;
  std::string_view magic;
  BinaryKind kind;
};

using namespace std::string_view_literals;

// Magic numbers long or specific enough that no text file starts with them.
constexpr std::array k_signatures{
    Signature{0, "\x1f\x8b"sv, {"gzip", "decompress it first"}},
    Signature{0, "BZh"sv, {"bzip2", "decompress it first"}},
    Signature{0,
              "\xFD"
              "7zXZ\0"sv,
              {"xz", "decompress it first"}},
    Signature{0, "7z\xBC\xAF\x27\x1C"sv, {"7-Zip archive", "extract it first"}},
    Signature{0, "\x28\xB5\x2F\xFD"sv, {"Zstandard", "decompress it first"}},
    Signature{0, "Rar!\x1A\x07"sv, {"RAR archive", "extract it first"}},
    Signature{0, "\x89PNG\r\n\x1A\n"sv, {"PNG image", ""}},
    Signature{0, "\xFF\xD8\xFF"sv, {"JPEG image", ""}},
    Signature{0, "GIF87a"sv, {"GIF image", ""}},
    Signature{0, "GIF89a"sv, {"GIF image", ""}},
    Signature{0, "II*\0"sv, {"TIFF image", ""}},
    Signature{0, "MM\0*"sv, {"TIFF image", ""}},
    Signature{0,
              "\x7F"
              "ELF"sv,
              {"ELF executable", ""}},
    Signature{0, "\xCA\xFE\xBA\xBE"sv, {"Java class or Mach-O executable", ""}},
    Signature{0, "\xFE\xED\xFA\xCE"sv, {"Mach-O executable", ""}},
    Signature{0, "\xFE\xED\xFA\xCF"sv, {"Mach-O executable", ""}},
    Signature{0, "\xCE\xFA\xED\xFE"sv, {"Mach-O executable", ""}},
    Signature{0, "\xCF\xFA\xED\xFE"sv, {"Mach-O executable", ""}},
    Signature{0, "\0asm"sv, {"WebAssembly module", ""}},
    Signature{0, "SQLite format 3\0"sv, {"SQLite database", ""}},
    Signature{0,
              "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"sv,
              {"legacy Microsoft Office file (.doc, .xls, .ppt)", "save it as .docx or PDF"}},
    Signature{0, "OggS"sv, {"Ogg media", ""}},
    Signature{0, "fLaC"sv, {"FLAC audio", ""}},
    Signature{4, "ftyp"sv, {"MP4/QuickTime media", ""}},
    Signature{0, "PK\x05\x06"sv, {"empty ZIP archive", ""}},
};

bool has_at(std::string_view bytes, std::size_t offset, std::string_view magic) {
  return bytes.size() >= offset + magic.size() && bytes.substr(offset, magic.size()) == magic;
}

// ZIP containers: office formats we do not read are named, so the user knows why.
std::optional<BinaryKind> zip_kind(std::string_view bytes) {
  if (bytes.find("word/document.xml") != std::string_view::npos) {
    return std::nullopt;  // DOCX: a document format of its own
  }
  if (bytes.find("application/epub+zip") != std::string_view::npos) {
    return BinaryKind{"EPUB e-book", ""};
  }
  if (bytes.find("application/vnd.oasis.opendocument.text") != std::string_view::npos) {
    return BinaryKind{"OpenDocument text (.odt)", "save it as .docx or PDF"};
  }
  if (bytes.find("xl/workbook.xml") != std::string_view::npos) {
    return BinaryKind{"Excel workbook (.xlsx)", ""};
  }
  if (bytes.find("ppt/presentation.xml") != std::string_view::npos) {
    return BinaryKind{"PowerPoint presentation (.pptx)", ""};
  }
  return BinaryKind{"ZIP archive", "extract it first"};
}

// Tab, line feed, vertical tab, form feed (pdftotext's page break), carriage return and
// escape (coloured terminal output) occur in text; other C0 controls and DEL do not.
constexpr auto k_control = [] {
  std::array<unsigned char, 256> table{};
  for (int c = 0; c < 0x20; ++c)
    table[static_cast<std::size_t>(c)] = 1;
  for (const int c : {int{'\t'}, int{'\n'}, int{'\v'}, int{'\f'}, int{'\r'}, 0x1B})
    table[static_cast<std::size_t>(c)] = 0;
  table[0x7F] = 1;
  return table;
}();

/// The high bit of each byte of `v` that k_control counts.
constexpr std::uint64_t control_bits(std::uint64_t v) {
  const std::uint64_t c0 = text::range_byte_bits(v, 0x00, 0x1F);
  const std::uint64_t allowed =
      text::range_byte_bits(v, '\t', '\r') | text::equal_byte_bits(v, 0x1B);
  return (c0 & ~allowed) | text::equal_byte_bits(v, 0x7F);
}

// The eight-at-once test agrees with the table for every byte value.
static_assert([] {
  for (std::uint64_t b = 0; b < 256; ++b) {
    if (control_bits(b * text::k_byte_ones) != (k_control[b] != 0 ? text::k_byte_high_bits : 0))
      return false;
  }
  return true;
}());

}  // namespace

std::optional<BinaryKind> binary_signature(std::string_view bytes) {
  if (has_at(bytes, 0, "PK\x03\x04"sv)) {
    return zip_kind(bytes);
  }
  for (const auto& sig : k_signatures) {
    if (has_at(bytes, sig.offset, sig.magic)) {
      // "BZh" alone could start a word: bzip2 also needs its block-size digit and block magic.
      if (sig.magic == "BZh"sv && !has_at(bytes, 4, "\x31\x41\x59\x26\x53\x59"sv)) {
        continue;
      }
      return sig.kind;
    }
  }
  // Windows executables start with "MZ", which a text could too; a NUL soon after settles it.
  if (has_at(bytes, 0, "MZ"sv) && bytes.substr(0, 64).find('\0') != std::string_view::npos) {
    return BinaryKind{"Windows executable", ""};
  }
  if (has_at(bytes, 0, "RIFF"sv) && bytes.size() >= 12) {
    return BinaryKind{"RIFF media (WAV/AVI/WebP)", ""};
  }
  return std::nullopt;
}

std::optional<std::string> binary_reason(std::string_view bytes) {
  if (auto kind = binary_signature(bytes)) {
    std::string reason = "looks like " + std::string(kind->name);
    if (!kind->hint.empty()) {
      reason += "; " + std::string(kind->hint);
    }
    return reason;
  }
  const std::string_view head = bytes.substr(0, k_sniff_bytes);
  if (const auto nul = head.find('\0'); nul != std::string_view::npos) {
    return "NUL byte at offset " + std::to_string(nul);
  }
  // Control bytes (k_control) counted eight at a time, without a branch or a table look-up
  // per byte: every document passes here. The bytes left over go through the table.
  std::size_t controls = 0;
  std::size_t i = 0;
  for (; head.size() - i >= 8; i += 8)
    controls += text::count_high_bits(control_bits(text::load8(head.data() + i)));
  for (; i < head.size(); ++i)
    controls += k_control[static_cast<unsigned char>(head[i])];
  // One in twenty is far above any real text, yet half of what random data holds (27 of
  // the 256 byte values count).
  if (!head.empty() && controls * 20 > head.size()) {
    return std::to_string(controls) + " control bytes in the first " + std::to_string(head.size()) +
           " bytes";
  }
  return std::nullopt;
}

std::string binary_message(const std::string& reason) {
  return "binary file (" + reason + "), not a document";
}

}  // namespace citecheck::readers

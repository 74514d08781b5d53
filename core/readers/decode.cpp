#include "readers/decode.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <optional>

#include <citecheck/errors.hpp>

#include "readers/binary.hpp"
#include "text/byte_scan.hpp"
#include "text/strings.hpp"
#include "text/utf8.hpp"

namespace citecheck::readers {
namespace {

using namespace std::string_view_literals;

constexpr char32_t k_replacement = 0xFFFD;

std::uint32_t unit16(std::string_view s, std::size_t i, bool little) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  const auto b1 = static_cast<unsigned char>(s[i + 1]);
  return little ? (b0 | (b1 << 8)) : ((b0 << 8) | b1);
}

std::uint32_t unit32(std::string_view s, std::size_t i, bool little) {
  std::uint32_t v = 0;
  for (std::size_t k = 0; k < 4; ++k) {
    const auto b = static_cast<std::uint32_t>(static_cast<unsigned char>(s[i + k]));
    v |= little ? (b << (8 * k)) : (b << (8 * (3 - k)));
  }
  return v;
}

// UTF-16 without a BOM: ASCII-heavy text has NUL in every other byte, on one side only.
std::optional<Encoding> guess_utf16(std::string_view bytes) {
  const std::size_t pairs = std::min(bytes.size(), k_sniff_bytes) / 2;
  if (pairs < 2) {
    return std::nullopt;
  }
  std::size_t even_zero = 0;
  std::size_t odd_zero = 0;
  // Four pairs a step: the NUL bytes of eight at once, split by their place in the pair
  // (the first byte lowest). Every document passes here.
  constexpr std::uint64_t k_even_bytes = 0x0080008000800080ull;
  std::size_t p = 0;
  for (; pairs - p >= 4; p += 4) {
    const std::uint64_t zeros = text::zero_byte_bits(text::load8(bytes.data() + 2 * p));
    even_zero += text::count_high_bits(zeros & k_even_bytes);
    odd_zero += text::count_high_bits(zeros & ~k_even_bytes);
  }
  for (; p < pairs; ++p) {
    even_zero += bytes[2 * p] == '\0' ? 1 : 0;
    odd_zero += bytes[2 * p + 1] == '\0' ? 1 : 0;
  }
  if (odd_zero * 10 >= pairs * 7 && even_zero * 10 <= pairs) {
    return Encoding::utf16le;
  }
  if (even_zero * 10 >= pairs * 7 && odd_zero * 10 <= pairs) {
    return Encoding::utf16be;
  }
  return std::nullopt;
}

void note_replacement(Transcoded& out, std::size_t offset) {
  if (out.replaced == 0) {
    out.first_offset = offset;
  }
  ++out.replaced;
  text::append_utf8(out.text, k_replacement);
}

std::string count_of(std::size_t n, std::string_view what) {
  return std::to_string(n) + " " + std::string(what) + (n == 1 ? "" : "s");
}

}  // namespace

std::string_view encoding_name(Encoding encoding) {
  switch (encoding) {
    case Encoding::utf16le:
      return "UTF-16LE";
    case Encoding::utf16be:
      return "UTF-16BE";
    case Encoding::utf32le:
      return "UTF-32LE";
    case Encoding::utf32be:
      return "UTF-32BE";
    case Encoding::utf8:
      break;
  }
  return "UTF-8";
}

EncodingGuess detect_encoding(std::string_view bytes) {
  // UTF-32LE's mark starts with UTF-16LE's: test the longer one first.
  if (bytes.starts_with("\xFF\xFE\0\0"sv)) {
    return {Encoding::utf32le, 4, true};
  }
  if (bytes.starts_with("\0\0\xFE\xFF"sv)) {
    return {Encoding::utf32be, 4, true};
  }
  if (bytes.starts_with("\xEF\xBB\xBF"sv)) {
    return {Encoding::utf8, 3, true};
  }
  if (bytes.starts_with("\xFF\xFE"sv)) {
    return {Encoding::utf16le, 2, true};
  }
  if (bytes.starts_with("\xFE\xFF"sv)) {
    return {Encoding::utf16be, 2, true};
  }
  if (auto utf16 = guess_utf16(bytes)) {
    return {*utf16, 0, false};
  }
  return {};
}

Transcoded transcode_to_utf8(std::string_view units, Encoding encoding) {
  Transcoded out;
  out.text.reserve(units.size());
  const bool little = encoding == Encoding::utf16le || encoding == Encoding::utf32le;
  if (encoding == Encoding::utf32le || encoding == Encoding::utf32be) {
    std::size_t i = 0;
    for (; i + 4 <= units.size(); i += 4) {
      const std::uint32_t cp = unit32(units, i, little);
      if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        note_replacement(out, i);
      } else {
        text::append_utf8(out.text, cp);
      }
    }
    if (i < units.size()) {
      note_replacement(out, i);
    }
    return out;
  }
  std::size_t i = 0;
  while (i + 2 <= units.size()) {
    const std::uint32_t u = unit16(units, i, little);
    if (u >= 0xD800 && u <= 0xDBFF) {
      if (i + 4 <= units.size()) {
        const std::uint32_t low = unit16(units, i + 2, little);
        if (low >= 0xDC00 && low <= 0xDFFF) {
          text::append_utf8(out.text, 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00));
          i += 4;
          continue;
        }
      }
      note_replacement(out, i);
    } else if (u >= 0xDC00 && u <= 0xDFFF) {
      note_replacement(out, i);
    } else {
      text::append_utf8(out.text, u);
    }
    i += 2;
  }
  if (i < units.size()) {
    note_replacement(out, i);  // odd trailing byte
  }
  return out;
}

void normalize_newlines(std::string& text) {
  std::size_t read = text.find('\r');
  if (read == std::string::npos) {
    return;
  }
  std::size_t write = read;
  char* data = text.data();
  const std::size_t size = text.size();
  while (read < size) {
    // data[read] is '\r' here.
    data[write++] = '\n';
    ++read;
    if (read < size && data[read] == '\n') {
      ++read;
    }
    const void* next = std::memchr(data + read, '\r', size - read);
    const std::size_t stop =
        next ? static_cast<std::size_t>(static_cast<const char*>(next) - data) : size;
    std::memmove(data + write, data + read, stop - read);
    write += stop - read;
    read = stop;
  }
  text.resize(write);
}

DecodedText decode_text(const std::string& path, std::string bytes) {
  if (bytes.empty()) {
    throw InputError(path, "empty file");
  }
  DecodedText out;
  const EncodingGuess guess = detect_encoding(bytes);
  if (guess.encoding != Encoding::utf8) {
    const std::string_view units = std::string_view(bytes).substr(guess.bom_length);
    Transcoded transcoded = transcode_to_utf8(units, guess.encoding);
    out.warnings.push_back(
        path + ": decoded from " + std::string(encoding_name(guess.encoding)) +
        (guess.from_bom ? " (byte-order mark)" : " (no byte-order mark; guessed from NUL bytes)"));
    if (transcoded.replaced > 0) {
      out.warnings.push_back(path + ": invalid " + std::string(encoding_name(guess.encoding)) +
                             " at byte offset " +
                             std::to_string(transcoded.first_offset + guess.bom_length) + "; " +
                             count_of(transcoded.replaced, "code unit") + " replaced with U+FFFD");
    }
    out.text = std::move(transcoded.text);
    if (auto reason = binary_reason(out.text)) {
      throw InputError(path, binary_message(*reason));
    }
  } else {
    const std::string_view body = std::string_view(bytes).substr(guess.bom_length);
    if (auto reason = binary_reason(body)) {
      throw InputError(path, binary_message(*reason));
    }
    if (text::first_invalid_utf8(body)) {
      text::Utf8Repair repair = text::repair_utf8(body);
      std::string warning = path + ": invalid UTF-8 at byte offset " +
                            std::to_string(repair.first_offset + guess.bom_length) + "; " +
                            count_of(repair.replaced, "invalid byte") + " replaced with U+FFFD";
      if (repair.multibyte == 0) {
        warning +=
            " (no valid UTF-8 multi-byte sequence at all: the file is probably in a legacy "
            "8-bit encoding such as Windows-1252 or Latin-1; convert it to UTF-8, e.g. with "
            "iconv)";
      }
      out.warnings.push_back(std::move(warning));
      out.text = std::move(repair.text);
    } else {
      out.text = std::move(bytes);
      out.text.erase(0, guess.bom_length);
    }
  }
  normalize_newlines(out.text);
  if (text::is_blank(out.text)) {
    throw InputError(path, out.text.empty() ? "empty file" : "empty file (only whitespace)");
  }
  return out;
}

}  // namespace citecheck::readers

#include "text/utf8.hpp"

#include <cstdint>
#include <cstring>

namespace citecheck::text {
namespace {

// Returns the length of a valid sequence at i, or 0 when invalid (RFC 3629: no overlongs,
// no surrogates, nothing above U+10FFFF).
std::size_t valid_length(std::string_view s, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = byte(i);
  if (c < 0x80) {
    return 1;
  }
  std::size_t len = 0;
  unsigned char lo = 0x80;
  unsigned char hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    if (c == 0xE0) {
      lo = 0xA0;
    } else if (c == 0xED) {
      hi = 0x9F;
    }
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    if (c == 0xF0) {
      lo = 0x90;
    } else if (c == 0xF4) {
      hi = 0x8F;
    }
  } else {
    return 0;
  }
  if (i + len > s.size()) {
    return 0;
  }
  if (byte(i + 1) < lo || byte(i + 1) > hi) {
    return 0;
  }
  for (std::size_t k = 2; k < len; ++k) {
    if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) {
      return 0;
    }
  }
  return len;
}

// Length of the ASCII run starting at `i`, eight bytes at a time: readers validate whole
// files, and most text is ASCII.
std::size_t ascii_run(std::string_view s, std::size_t i) {
  const std::size_t start = i;
  constexpr std::uint64_t k_high_bits = 0x8080808080808080ULL;
  while (i + 8 <= s.size()) {
    std::uint64_t word = 0;
    std::memcpy(&word, s.data() + i, 8);
    if ((word & k_high_bits) != 0) {
      break;
    }
    i += 8;
  }
  while (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80) {
    ++i;
  }
  return i - start;
}

}  // namespace

std::optional<std::size_t> first_invalid_utf8(std::string_view bytes) {
  std::size_t i = 0;
  while (i < bytes.size()) {
    i += ascii_run(bytes, i);
    if (i >= bytes.size()) {
      break;
    }
    const std::size_t len = valid_length(bytes, i);
    if (len == 0) {
      return i;
    }
    i += len;
  }
  return std::nullopt;
}

Utf8Repair repair_utf8(std::string_view bytes) {
  Utf8Repair out;
  out.text.reserve(bytes.size() + 16);
  std::size_t i = 0;
  while (i < bytes.size()) {
    const std::size_t run = ascii_run(bytes, i);
    out.text.append(bytes.substr(i, run));
    i += run;
    if (i >= bytes.size()) {
      break;
    }
    const std::size_t len = valid_length(bytes, i);
    if (len == 0) {
      if (out.replaced == 0) {
        out.first_offset = i;
      }
      ++out.replaced;
      out.text += "\xEF\xBF\xBD";
      ++i;
      continue;
    }
    ++out.multibyte;
    out.text.append(bytes.substr(i, len));
    i += len;
  }
  return out;
}

std::size_t sequence_length(std::string_view s, std::size_t i) {
  const std::size_t len = valid_length(s, i);
  return len == 0 ? 1 : len;
}

char32_t decode_at(std::string_view s, std::size_t i) {
  const std::size_t len = valid_length(s, i);
  const auto c = static_cast<unsigned char>(s[i]);
  switch (len) {
    case 1:
      return c;
    case 2:
      return (char32_t(c & 0x1F) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3F);
    case 3:
      return (char32_t(c & 0x0F) << 12) |
             (char32_t(static_cast<unsigned char>(s[i + 1]) & 0x3F) << 6) |
             (static_cast<unsigned char>(s[i + 2]) & 0x3F);
    case 4:
      return (char32_t(c & 0x07) << 18) |
             (char32_t(static_cast<unsigned char>(s[i + 1]) & 0x3F) << 12) |
             (char32_t(static_cast<unsigned char>(s[i + 2]) & 0x3F) << 6) |
             (static_cast<unsigned char>(s[i + 3]) & 0x3F);
    default:
      return 0xFFFD;
  }
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

}  // namespace citecheck::text

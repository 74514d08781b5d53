#include "text_encoding.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace citecheck::plugins::news {

namespace {

/// How far into a page a <meta charset> is looked for (HTML's prescan reads 1024 bytes).
constexpr std::size_t k_prescan_bytes = 2048;

/// windows-1252 0x80..0x9F; 0 where the code page leaves a byte undefined.
constexpr std::array<char16_t, 32> k_cp1252_high = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](char c) {
    return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  });
  return out;
}

/// The value after "charset=" in `text` from `at`, unquoted.
std::string charset_after(std::string_view text, std::size_t at) {
  at += 8;  // "charset="
  while (at < text.size() && (text[at] == '"' || text[at] == '\'' || text[at] == ' ')) {
    ++at;
  }
  std::size_t end = at;
  while (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) != 0 ||
                               text[end] == '-' || text[end] == '_' || text[end] == ':')) {
    ++end;
  }
  return lower(text.substr(at, end - at));
}

void append_utf8(std::string& out, char32_t value) {
  if (value < 0x80) {
    out += static_cast<char>(value);
  } else if (value < 0x800) {
    out += static_cast<char>(0xC0 | (value >> 6));
    out += static_cast<char>(0x80 | (value & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (value >> 12));
    out += static_cast<char>(0x80 | ((value >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (value & 0x3F));
  }
}

}  // namespace

bool is_utf8(std::string_view text) {
  std::size_t at = 0;
  while (at < text.size()) {
    const auto byte = static_cast<unsigned char>(text[at]);
    std::size_t length = 0;
    if (byte < 0x80) {
      ++at;
      continue;
    }
    if (byte >= 0xC2 && byte <= 0xDF) {
      length = 2;
    } else if (byte >= 0xE0 && byte <= 0xEF) {
      length = 3;
    } else if (byte >= 0xF0 && byte <= 0xF4) {
      length = 4;
    } else {
      return false;
    }
    if (at + length > text.size()) {
      // A body cut by the size cap may end inside a character: that is still UTF-8.
      return text.size() - at < length && at + 4 >= text.size();
    }
    for (std::size_t i = 1; i < length; ++i) {
      if ((static_cast<unsigned char>(text[at + i]) & 0xC0) != 0x80) {
        return false;
      }
    }
    at += length;
  }
  return true;
}

std::string declared_charset(std::string_view content_type, std::string_view body) {
  const std::string header = lower(content_type);
  if (const auto at = header.find("charset="); at != std::string::npos) {
    return charset_after(header, at);
  }
  const std::string head = lower(body.substr(0, k_prescan_bytes));
  if (const auto at = head.find("charset="); at != std::string::npos) {
    return charset_after(head, at);
  }
  if (const auto at = head.find("charset ="); at != std::string::npos) {
    return charset_after(std::string_view(head).substr(at + 1), 0);
  }
  return {};
}

std::string page_text_as_utf8(std::string_view body, std::string_view content_type) {
  if (is_utf8(body)) {
    return std::string(body);
  }
  const std::string charset = declared_charset(content_type, body);
  const bool latin = charset.empty() || charset == "iso-8859-1" || charset == "latin1" ||
                     charset == "iso_8859-1" || charset == "windows-1252" || charset == "cp1252" ||
                     charset == "us-ascii" || charset == "ascii" || charset == "iso-8859-15" ||
                     charset == "l1";
  if (!latin) {
    return std::string(body);
  }
  std::string out;
  out.reserve(body.size() + body.size() / 8);
  for (const char c : body) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x80) {
      out += c;
    } else if (byte < 0xA0) {
      const char16_t mapped = k_cp1252_high[byte - 0x80];
      append_utf8(out, mapped == 0 ? 0xFFFD : mapped);
    } else {
      append_utf8(out, byte);
    }
  }
  return out;
}

}  // namespace citecheck::plugins::news

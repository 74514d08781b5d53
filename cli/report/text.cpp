#include "report/text.hpp"

#include <cctype>
#include <cstdint>

namespace citecheck::cli {
namespace {

/// Decodes one UTF-8 sequence at `i`; advances `i`. Invalid bytes decode as themselves.
char32_t next_code_point(std::string_view s, std::size_t& i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char lead = byte(i);
  std::size_t length = 1;
  char32_t cp = lead;
  if (lead >= 0xC0 && lead < 0xE0) {
    length = 2;
    cp = lead & 0x1F;
  } else if (lead >= 0xE0 && lead < 0xF0) {
    length = 3;
    cp = lead & 0x0F;
  } else if (lead >= 0xF0 && lead < 0xF8) {
    length = 4;
    cp = lead & 0x07;
  }
  if (i + length > s.size()) {
    ++i;
    return lead;
  }
  for (std::size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) {
      ++i;
      return lead;
    }
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  i += length;
  return cp;
}

/// ASCII spelling of common Latin letters with diacritics (Latin-1 and Latin Extended-A).
std::string_view latin_base(char32_t cp) {
  static constexpr std::string_view k_latin1 =
      // U+00C0..U+00FF, one entry per code point, '.' where there is no letter.
      "AAAAAAACEEEEIIIIDNOOOOO.OUUUUYTsaaaaaaaceeeeiiiidnooooo.ouuuuyty";
  if (cp >= 0xC0 && cp <= 0xFF) {
    const std::size_t k = cp - 0xC0;
    switch (cp) {
      case 0xC6:
        return "AE";
      case 0xE6:
        return "ae";
      case 0xDF:
        return "ss";
      default:
        return k_latin1.substr(k, 1);
    }
  }
  if (cp >= 0x100 && cp <= 0x17F) {
    // Latin Extended-A pairs upper/lower; the base letters in order of the block.
    static constexpr std::string_view k_ext_a =
        "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIi..JjKkkLlLlLlLlLlNnNnNnnNnOoOoOo.."
        "RrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";
    if (cp == 0x152) {
      return "OE";
    }
    if (cp == 0x153) {
      return "oe";
    }
    const std::size_t k = cp - 0x100;
    return k < k_ext_a.size() ? k_ext_a.substr(k, 1) : std::string_view();
  }
  return {};
}

}  // namespace

std::string shorten(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) {
    return std::string(text);
  }
  std::size_t cut = max_bytes > 3 ? max_bytes - 3 : 0;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) {
    --cut;
  }
  return std::string(text.substr(0, cut)) + "...";
}

std::string ascii_fold(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    const char32_t cp = next_code_point(text, i);
    if (cp < 0x80) {
      if (std::isalnum(static_cast<int>(cp)) != 0) {
        out += static_cast<char>(std::tolower(static_cast<int>(cp)));
      }
      continue;
    }
    for (const char c : latin_base(cp)) {
      if (c != '.') {
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      }
    }
  }
  return out;
}

std::string one_line(std::string_view text) {
  std::string out;
  bool space = false;
  for (const char c : text) {
    if (std::isspace(static_cast<unsigned char>(c)) != 0) {
      space = !out.empty();
      continue;
    }
    if (space) {
      out += ' ';
      space = false;
    }
    out += c;
  }
  return out;
}

}  // namespace citecheck::cli

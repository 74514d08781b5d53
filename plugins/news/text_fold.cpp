#include "text_fold.hpp"

#include <array>
#include <cctype>
#include <cstdint>
#include <optional>
#include <utility>

namespace citecheck::plugins::news {

namespace {

constexpr char32_t k_replacement = 0xFFFD;

/// One code point from `text` at `at`; bytes that are no UTF-8 read as U+FFFD, one by one.
char32_t next_code_point(std::string_view text, std::size_t& at) {
  const auto byte = static_cast<unsigned char>(text[at]);
  int length = 0;
  char32_t value = 0;
  if (byte < 0x80) {
    ++at;
    return byte;
  }
  if ((byte & 0xE0) == 0xC0) {
    length = 2;
    value = byte & 0x1F;
  } else if ((byte & 0xF0) == 0xE0) {
    length = 3;
    value = byte & 0x0F;
  } else if ((byte & 0xF8) == 0xF0) {
    length = 4;
    value = byte & 0x07;
  } else {
    ++at;
    return k_replacement;
  }
  if (at + static_cast<std::size_t>(length) > text.size()) {
    ++at;
    return k_replacement;
  }
  for (int i = 1; i < length; ++i) {
    const auto more = static_cast<unsigned char>(text[at + static_cast<std::size_t>(i)]);
    if ((more & 0xC0) != 0x80) {
      ++at;
      return k_replacement;
    }
    value = (value << 6) | (more & 0x3F);
  }
  at += static_cast<std::size_t>(length);
  return value;
}

void append_utf8(std::string& out, char32_t value) {
  if (value < 0x80) {
    out += static_cast<char>(value);
  } else if (value < 0x800) {
    out += static_cast<char>(0xC0 | (value >> 6));
    out += static_cast<char>(0x80 | (value & 0x3F));
  } else if (value < 0x10000) {
    out += static_cast<char>(0xE0 | (value >> 12));
    out += static_cast<char>(0x80 | ((value >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (value & 0x3F));
  } else if (value < 0x110000) {
    out += static_cast<char>(0xF0 | (value >> 18));
    out += static_cast<char>(0x80 | ((value >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((value >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (value & 0x3F));
  }
}

/// Base letters of U+00C0..U+00FF, lower case; '*' marks the ones spelled with two letters
/// or that are no letters at all (handled in `latin_base`).
constexpr std::string_view k_latin1 =
    "aaaaaa*ceeeeiiiidnooooo*ouuuuy**aaaaaa*ceeeeiiiidnooooo*ouuuuy*y";

/// Base letters of Latin Extended-A, U+0100..U+017F, by ranges.
struct LatinRange {
  char32_t first;
  char32_t last;
  std::string_view base;
};
constexpr std::array k_latin_extended = {
    LatinRange{0x0100, 0x0105, "a"}, LatinRange{0x0106, 0x010D, "c"},
    LatinRange{0x010E, 0x0111, "d"}, LatinRange{0x0112, 0x011B, "e"},
    LatinRange{0x011C, 0x0123, "g"}, LatinRange{0x0124, 0x0127, "h"},
    LatinRange{0x0128, 0x0131, "i"}, LatinRange{0x0132, 0x0133, "ij"},
    LatinRange{0x0134, 0x0135, "j"}, LatinRange{0x0136, 0x0138, "k"},
    LatinRange{0x0139, 0x0142, "l"}, LatinRange{0x0143, 0x014B, "n"},
    LatinRange{0x014C, 0x0151, "o"}, LatinRange{0x0152, 0x0153, "oe"},
    LatinRange{0x0154, 0x0159, "r"}, LatinRange{0x015A, 0x0161, "s"},
    LatinRange{0x0162, 0x0167, "t"}, LatinRange{0x0168, 0x0173, "u"},
    LatinRange{0x0174, 0x0175, "w"}, LatinRange{0x0176, 0x0178, "y"},
    LatinRange{0x0179, 0x017E, "z"}, LatinRange{0x017F, 0x017F, "s"},
    LatinRange{0x0218, 0x0219, "s"}, LatinRange{0x021A, 0x021B, "t"},
};

/// The ASCII letters a Latin letter with diacritics stands for; empty when `value` is none.
std::string_view latin_base(char32_t value) {
  switch (value) {
    case 0x00C6:
    case 0x00E6:
      return "ae";
    case 0x00DE:
    case 0x00FE:
      return "th";
    case 0x00DF:
      return "ss";
    case 0x00D8:
    case 0x00F8:
      return "o";
    default:
      break;
  }
  if (value >= 0x00C0 && value <= 0x00FF) {
    const char base = k_latin1[value - 0x00C0];
    return base == '*' ? std::string_view() : k_latin1.substr(value - 0x00C0, 1);
  }
  for (const LatinRange& range : k_latin_extended) {
    if (value >= range.first && value <= range.last) {
      return range.base;
    }
  }
  return {};
}

bool is_apostrophe(char32_t value) {
  return value == '\'' || value == '`' || value == 0x00B4 || value == 0x2018 || value == 0x2019 ||
         value == 0x201A || value == 0x201B || value == 0x2032 || value == 0x02BC;
}

bool is_space_like(char32_t value) {
  return value == 0x00A0 || (value >= 0x2000 && value <= 0x200B) || value == 0x202F ||
         value == 0x205F || value == 0x3000 || value == 0xFEFF;
}

/// Punctuation outside ASCII that separates words: dashes, quotes, guillemets, ellipsis,
/// bullets, CJK punctuation.
bool is_separator(char32_t value) {
  return (value >= 0x00A1 && value <= 0x00BF && value != 0x00AA && value != 0x00B5 &&
          value != 0x00BA) ||
         value == 0x00D7 || value == 0x00F7 || (value >= 0x2010 && value <= 0x206F) ||
         value == 0x2212 || (value >= 0x3001 && value <= 0x3003) || value == k_replacement;
}

struct NamedEntity {
  std::string_view name;
  char32_t value;
};
constexpr std::array k_entities = {
    NamedEntity{"amp", '&'},       NamedEntity{"lt", '<'},        NamedEntity{"gt", '>'},
    NamedEntity{"quot", '"'},      NamedEntity{"apos", '\''},     NamedEntity{"nbsp", 0x00A0},
    NamedEntity{"rsquo", 0x2019},  NamedEntity{"lsquo", 0x2018},  NamedEntity{"rdquo", 0x201D},
    NamedEntity{"ldquo", 0x201C},  NamedEntity{"sbquo", 0x201A},  NamedEntity{"bdquo", 0x201E},
    NamedEntity{"ndash", 0x2013},  NamedEntity{"mdash", 0x2014},  NamedEntity{"hellip", 0x2026},
    NamedEntity{"laquo", 0x00AB},  NamedEntity{"raquo", 0x00BB},  NamedEntity{"eacute", 0x00E9},
    NamedEntity{"egrave", 0x00E8}, NamedEntity{"ecirc", 0x00EA},  NamedEntity{"aacute", 0x00E1},
    NamedEntity{"agrave", 0x00E0}, NamedEntity{"acirc", 0x00E2},  NamedEntity{"ccedil", 0x00E7},
    NamedEntity{"iacute", 0x00ED}, NamedEntity{"oacute", 0x00F3}, NamedEntity{"uacute", 0x00FA},
    NamedEntity{"ntilde", 0x00F1}, NamedEntity{"ouml", 0x00F6},   NamedEntity{"uuml", 0x00FC},
    NamedEntity{"auml", 0x00E4},   NamedEntity{"szlig", 0x00DF},  NamedEntity{"Eacute", 0x00C9},
    NamedEntity{"copy", 0x00A9},   NamedEntity{"reg", 0x00AE},    NamedEntity{"trade", 0x2122},
    NamedEntity{"middot", 0x00B7}, NamedEntity{"bull", 0x2022},   NamedEntity{"euro", 0x20AC},
};

/// One pass of entity decoding.
std::string decode_once(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t at = 0; at < text.size();) {
    if (text[at] != '&') {
      out += text[at++];
      continue;
    }
    const std::size_t semi = text.find(';', at + 1);
    if (semi == std::string_view::npos || semi - at > 12) {
      out += text[at++];
      continue;
    }
    const std::string_view name = text.substr(at + 1, semi - at - 1);
    std::optional<char32_t> value;
    if (name.size() > 1 && name[0] == '#') {
      const bool hex = name[1] == 'x' || name[1] == 'X';
      const std::string_view digits = name.substr(hex ? 2 : 1);
      char32_t number = 0;
      bool good = !digits.empty() && digits.size() <= 7;
      for (const char c : digits) {
        const int digit = std::isdigit(static_cast<unsigned char>(c)) != 0 ? c - '0'
                          : hex && std::isxdigit(static_cast<unsigned char>(c)) != 0
                              ? std::tolower(static_cast<unsigned char>(c)) - 'a' + 10
                              : -1;
        if (digit < 0) {
          good = false;
          break;
        }
        number = number * (hex ? 16 : 10) + static_cast<char32_t>(digit);
      }
      if (good && number > 0 && number < 0x110000 && (number < 0xD800 || number > 0xDFFF)) {
        value = number;
      }
    } else {
      for (const NamedEntity& entity : k_entities) {
        if (entity.name == name) {
          value = entity.value;
          break;
        }
      }
    }
    if (!value) {
      out += text[at++];
      continue;
    }
    append_utf8(out, *value);
    at = semi + 1;
  }
  return out;
}

}  // namespace

std::string fold_for_match(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  const auto add = [&](std::string_view piece) {
    if (pending_space && !out.empty()) {
      out += ' ';
    }
    pending_space = false;
    out += piece;
  };
  for (std::size_t at = 0; at < text.size();) {
    const char32_t value = next_code_point(text, at);
    if (value < 0x80) {
      const auto c = static_cast<char>(value);
      if (std::isalnum(static_cast<unsigned char>(c)) != 0) {
        const char lowered = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        add(std::string_view(&lowered, 1));
      } else if (c == '&') {
        pending_space = true;
        add("and");
        pending_space = true;
      } else if (!is_apostrophe(value)) {
        pending_space = true;
      }
      continue;
    }
    if (is_apostrophe(value) || (value >= 0x0300 && value <= 0x036F)) {
      continue;  // "Ban’s" reads "bans" on both sides; combining accents go with their base
    }
    if (is_space_like(value) || is_separator(value)) {
      pending_space = true;
      continue;
    }
    if (const std::string_view base = latin_base(value); !base.empty()) {
      add(base);
      continue;
    }
    std::string piece;
    append_utf8(piece, value);
    add(piece);
  }
  return out;
}

std::vector<std::string> folded_words(std::string_view folded) {
  std::vector<std::string> words;
  std::size_t start = 0;
  while (start < folded.size()) {
    std::size_t end = folded.find(' ', start);
    if (end == std::string_view::npos) {
      end = folded.size();
    }
    if (end > start) {
      words.emplace_back(folded.substr(start, end - start));
    }
    start = end + 1;
  }
  return words;
}

std::vector<std::string> match_tokens(std::string_view text) {
  return folded_words(fold_for_match(text));
}

std::string decode_entities(std::string_view text) {
  std::string out = decode_once(text);
  // WordPress and friends encode twice ("&amp;#8217;"): a second pass, never more.
  if (out.size() != text.size() && out.find('&') != std::string::npos) {
    out = decode_once(out);
  }
  return out;
}

std::string squeeze_space(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t start = at;
    const char32_t value = next_code_point(text, at);
    const bool is_space = (value < 0x80 && std::isspace(static_cast<int>(value)) != 0) ||
                          value == 0x00A0 || value == 0x202F || value == 0x2009 ||
                          value == 0x200B || value == 0xFEFF;
    if (is_space) {
      space = true;
      continue;
    }
    if (space && !out.empty()) {
      out += ' ';
    }
    space = false;
    out.append(text.substr(start, at - start));
  }
  return out;
}

}  // namespace citecheck::plugins::news

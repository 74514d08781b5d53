#pragma once
// ASCII character classes for the plugins' scanners. They give what <cctype> gives in the
// "C" locale (citecheck never sets another), without a library call per byte: the
// recognizers classify every byte of every citation, several times over.

#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace citecheck::plugins::ascii {

/// Per byte value, bits: 1 white space, 2 ASCII letter or digit, 4 ASCII letter. One look-up
/// where the tests below asked up to six comparisons of every byte they scan.
inline constexpr auto k_classes = [] {
  std::array<unsigned char, 256> classes{};
  for (const char c : std::string_view(" \t\n\r\f\v")) {
    classes[static_cast<unsigned char>(c)] = 1;
  }
  for (int c = 0; c < 256; ++c) {
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (letter || (c >= '0' && c <= '9')) {
      classes[static_cast<std::size_t>(c)] = static_cast<unsigned char>(letter ? 2 | 4 : 2);
    }
  }
  return classes;
}();

/// A table per byte value made of the bytes of `set`: one look-up per byte scanned.
constexpr std::array<bool, 256> byte_table(std::string_view set) {
  std::array<bool, 256> table{};
  for (const char c : set) {
    table[static_cast<unsigned char>(c)] = true;
  }
  return table;
}

/// A table per byte value of the bytes some word of `words` starts with: a scan for any of
/// them tries the words only where one could begin.
template <typename Words>
constexpr std::array<bool, 256> initials_table(const Words& words) {
  std::array<bool, 256> table{};
  for (std::string_view word : words) {
    table[static_cast<unsigned char>(word.front())] = true;
  }
  return table;
}

constexpr bool is_space(char c) {
  return (k_classes[static_cast<unsigned char>(c)] & 1) != 0;
}
constexpr bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
constexpr bool is_upper(char c) {
  return c >= 'A' && c <= 'Z';
}
constexpr bool is_lower(char c) {
  return c >= 'a' && c <= 'z';
}
constexpr bool is_alpha(char c) {
  return (k_classes[static_cast<unsigned char>(c)] & 4) != 0;
}
constexpr bool is_alnum(char c) {
  return (k_classes[static_cast<unsigned char>(c)] & 2) != 0;
}
/// Printable, not a letter, digit or space: '!' to '/', ':' to '@', '[' to '`', '{' to '~'.
constexpr bool is_punct(char c) {
  return c > ' ' && c < 0x7F && !is_alnum(c);
}
constexpr char to_upper(char c) {
  return is_lower(c) ? static_cast<char>(c - 'a' + 'A') : c;
}
constexpr char to_lower(char c) {
  return is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c;
}

/// set.find(c) != npos without the memchr call libstdc++ makes: the trimmers ask it of
/// every byte they look at, against sets of a few bytes.
constexpr bool in_set(char c, std::string_view set) {
  for (const char member : set) {
    if (member == c) {
      return true;
    }
  }
  return false;
}

/// Offset of the first byte at or after `from` that is not ' ', or text.size(). Eight bytes
/// a step: texts with their URLs blanked out hold runs of dozens of spaces.
inline std::size_t skip_blanks(std::string_view text, std::size_t from) {
  constexpr std::uint64_t k_eight_spaces = 0x2020202020202020ull;
  while (from + 8 <= text.size()) {
    std::uint64_t eight = 0;
    std::memcpy(&eight, text.data() + from, 8);
    if (eight != k_eight_spaces) {
      break;
    }
    from += 8;
  }
  while (from < text.size() && text[from] == ' ') {
    ++from;
  }
  return from;
}

inline std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    c = to_lower(c);
  }
  return out;
}

/// `text` equals `folded` (already lower case) ignoring ASCII case: no folded copy made.
constexpr bool equals_folded(std::string_view text, std::string_view folded) {
  if (text.size() != folded.size()) {
    return false;
  }
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (to_lower(text[i]) != folded[i]) {
      return false;
    }
  }
  return true;
}

/// text.find_first_of(set, from), one table look-up per byte of `text`: libstdc++ calls
/// memchr on `set` for every byte, which costs more than the search itself on URLs.
constexpr std::size_t find_first_of(std::string_view text, std::string_view set,
                                    std::size_t from = 0) {
  std::uint64_t in_set[4] = {};
  for (const char c : set) {
    const auto b = static_cast<unsigned char>(c);
    in_set[b >> 6] |= std::uint64_t{1} << (b & 63);
  }
  for (std::size_t i = from; i < text.size(); ++i) {
    const auto b = static_cast<unsigned char>(text[i]);
    if ((in_set[b >> 6] >> (b & 63)) & 1) {
      return i;
    }
  }
  return std::string_view::npos;
}

}  // namespace citecheck::plugins::ascii

#pragma once
// Byte-level helpers shared by the splitter's scanners. ASCII rules only: every byte of a
// multi-byte UTF-8 sequence counts as a word byte, which keeps 'Bøås' one word without a
// Unicode table.

#include <algorithm>
#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "text/byte_range.hpp"

namespace citecheck::split {

/// A half-open byte range [begin, end) into some text.
using Range = text::ByteRange;
using text::merged_ranges;

constexpr bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
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
constexpr bool is_ascii_alpha(char c) {
  return is_upper(c) || is_lower(c);
}
/// Per byte value: 1 for an ASCII letter or digit, 2 for a word byte (those and any byte
/// >= 0x80). One look-up where the scanners asked up to five comparisons of every byte.
inline constexpr auto k_byte_classes = [] {
  std::array<unsigned char, 256> classes{};
  for (int c = 0; c < 256; ++c) {
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    classes[static_cast<std::size_t>(c)] =
        static_cast<unsigned char>((alnum ? 1 : 0) | (alnum || c >= 0x80 ? 2 : 0));
  }
  return classes;
}();

constexpr bool is_alnum(char c) {
  return (k_byte_classes[static_cast<unsigned char>(c)] & 1) != 0;
}
/// Letters, digits and any byte of a multi-byte UTF-8 sequence.
constexpr bool is_word_byte(char c) {
  return (k_byte_classes[static_cast<unsigned char>(c)] & 2) != 0;
}
constexpr char to_lower(char c) {
  return is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c;
}

inline std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    c = to_lower(c);
  return out;
}

/// Case-insensitive (ASCII) comparison of `s` at `pos` with `word`.
inline bool matches_at(std::string_view s, std::size_t pos, std::string_view word) {
  if (pos > s.size() || s.size() - pos < word.size())
    return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (to_lower(s[pos + i]) != to_lower(word[i]))
      return false;
  }
  return true;
}

/// Offset of `word` (case-insensitive) in `s` from `from`, npos when absent.
inline std::size_t find_ci(std::string_view s, std::string_view word, std::size_t from = 0) {
  constexpr std::size_t npos = std::string_view::npos;
  if (word.empty())
    return from;
  // Jumps between occurrences of the first letter in either case (memchr speed) instead of
  // folding every byte: the splitter asks this of whole documents.
  const char lower_first = to_lower(word[0]);
  const char upper_first = is_lower(lower_first) ? static_cast<char>(lower_first - 'a' + 'A') : 0;
  std::size_t next_lower = s.find(lower_first, from);
  std::size_t next_upper = upper_first != 0 ? s.find(upper_first, from) : npos;
  while (true) {
    const std::size_t i = std::min(next_lower, next_upper);
    if (i == npos || i + word.size() > s.size())
      return npos;
    if (matches_at(s, i, word))
      return i;
    if (i == next_lower)
      next_lower = s.find(lower_first, i + 1);
    else
      next_upper = s.find(upper_first, i + 1);
  }
}

/// True when `word` sits at `pos` with no word byte right before or after it (a word that
/// itself ends with punctuation, like "id.", needs no boundary after).
inline bool word_at(std::string_view s, std::size_t pos, std::string_view word) {
  if (!matches_at(s, pos, word))
    return false;
  if (pos > 0 && is_word_byte(s[pos - 1]))
    return false;
  const std::size_t end = pos + word.size();
  if (!word.empty() && !is_word_byte(word.back()))
    return true;
  return end >= s.size() || !is_word_byte(s[end]);
}

/// Offset of `word` as a whole word (case-insensitive), npos when absent.
inline std::size_t find_word(std::string_view s, std::string_view word, std::size_t from = 0) {
  for (std::size_t i = find_ci(s, word, from); i != std::string_view::npos;
       i = find_ci(s, word, i + 1)) {
    if (word_at(s, i, word))
      return i;
  }
  return std::string_view::npos;
}

inline std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front()))
    s.remove_prefix(1);
  while (!s.empty() && is_space(s.back()))
    s.remove_suffix(1);
  return s;
}

/// Lower-cased letters and digits only: text compared across punctuation and spacing.
inline std::string alnum_fold(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (is_word_byte(c))
      out.push_back(to_lower(c));
  }
  return out;
}

}  // namespace citecheck::split

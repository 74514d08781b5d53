#pragma once
// Small ASCII string helpers shared by readers and parsers. ASCII-only on purpose: the
// syntax they look at (markup, labels, headings) is ASCII, and UTF-8 bytes pass through.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace citecheck::text {

constexpr bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
constexpr bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
constexpr bool is_alpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
constexpr char to_lower(char c) {
  return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

/// s.find_last_of(" \t"), without libstdc++'s memchr on the set for every byte looked at.
inline std::size_t find_last_blank(std::string_view s) {
  for (std::size_t i = s.size(); i-- > 0;) {
    if (s[i] == ' ' || s[i] == '\t')
      return i;
  }
  return std::string_view::npos;
}

std::string_view trim(std::string_view s);
std::string_view trim_left(std::string_view s);
std::string_view trim_right(std::string_view s);

/// True when `s` holds only whitespace.
bool is_blank(std::string_view s);

/// ASCII case-insensitive comparison.
bool iequals(std::string_view a, std::string_view b);
bool istarts_with(std::string_view s, std::string_view prefix);
/// Offset of `needle` in `haystack` from `from`, ignoring ASCII case; npos when absent.
std::size_t ifind(std::string_view haystack, std::string_view needle, std::size_t from = 0);

std::string to_lower(std::string_view s);

/// Parses a run of 1-9 ASCII digits filling `s` exactly; nullopt otherwise.
std::optional<int> parse_small_int(std::string_view s);

/// Collapses every whitespace run to one space and trims both ends.
std::string fold_whitespace(std::string_view s);

}  // namespace citecheck::text

#include "split/italic_title.hpp"

#include <cstddef>

namespace citecheck::split {
namespace {

constexpr std::size_t k_min_words = 2;
// Titles are short; a mark closed this far away is two separate marks.
constexpr std::size_t k_max_title_bytes = 300;

bool enough_words(std::string_view text) {
  std::size_t words = 0;
  bool in_word = false;
  for (const char c : text) {
    const bool space = c == ' ' || c == '\t' || c == '\n';
    if (!space && !in_word)
      ++words;
    in_word = !space;
  }
  return words >= k_min_words;
}

// The span between `open` marks starting at `at` and the next equal mark.
std::optional<std::string_view> closed_by(std::string_view raw, std::size_t at,
                                          std::string_view mark) {
  const std::size_t begin = at + mark.size();
  const std::size_t end = raw.find(mark, begin);
  if (end == std::string_view::npos || end - begin > k_max_title_bytes)
    return std::nullopt;
  const std::string_view inner = raw.substr(begin, end - begin);
  if (inner.empty() || inner.front() == ' ' || !enough_words(inner))
    return std::nullopt;
  return inner;
}

}  // namespace

std::optional<std::string_view> italic_title(std::string_view raw) {
  for (std::size_t i = 0; i < raw.size(); ++i) {
    const char c = raw[i];
    if (c == '\'' && raw.substr(i).starts_with("''")) {
      std::size_t run = 0;
      while (i + run < raw.size() && raw[i + run] == '\'')
        ++run;
      // '' italic, ''''' bold italic; ''' alone is bold.
      if (run == 2 || run == 5) {
        if (auto title = closed_by(raw, i + run - 2, "''"))
          return title;
      }
      i += run - 1;
    } else if ((c == '*' || c == '_') && (i == 0 || raw[i - 1] == ' ' || raw[i - 1] == '(')) {
      if (i + 1 < raw.size() && raw[i + 1] == c) {
        ++i;  // ** or __: bold
        continue;
      }
      if (auto title = closed_by(raw, i, std::string_view(&raw[i], 1)))
        return title;
    }
  }
  return std::nullopt;
}

}  // namespace citecheck::split

#include "segment/candidates.hpp"

#include <algorithm>

#include "segment/patterns.hpp"
#include "text/byte_scan.hpp"
#include "text/strings.hpp"

namespace citecheck::segmentation {
namespace {

constexpr int k_max_value = 999;

bool is_word_end(char c) {
  return text::is_alpha(c) || c == '.' || c == ',' || c == ';' || c == ':' || c == ')' ||
         c == '"' || c == '\'' || c == '!' || c == '?';
}

// Nearest non-blank line above `i` on the same page, -1 when none.
int previous_text_line(const std::vector<Line>& lines, int i, int* blanks) {
  *blanks = 0;
  for (int j = i - 1; j >= 0; --j) {
    const Line& line = lines[static_cast<std::size_t>(j)];
    if (line.blank) {
      ++*blanks;
      continue;
    }
    if (line.furniture)
      continue;
    return j;
  }
  return -1;
}

}  // namespace

bool DigitMarkers::has(int value, std::size_t before, std::size_t window) const {
  if (value <= 0 || static_cast<std::size_t>(value) >= offsets.size())
    return false;
  const auto& list = offsets[static_cast<std::size_t>(value)];
  const auto it = std::lower_bound(list.begin(), list.end(), before);
  if (it == list.begin())
    return false;
  return before - *(it - 1) <= window;
}

namespace {

/// The first byte at or after `i` that is not a digit.
std::size_t skip_digits(std::string_view s, std::size_t i) {
  while (i < s.size() && text::is_digit(s[i]))
    ++i;
  return i;
}

}  // namespace

DigitMarkers find_digit_markers(std::string_view text, const std::vector<Line>& lines) {
  DigitMarkers markers;
  markers.offsets.resize(k_max_value + 1);
  for (const Line& line : lines) {
    if (line.blank || line.furniture)
      continue;
    const std::string_view s = text.substr(line.begin, line.end - line.begin);
    // From number to number: a line holds few, and only a number's first digit can start a
    // marker (the rest of its run follows a digit, which the test below turns away).
    for (std::size_t i = text::find_digit(s, 1); i < s.size();
         i = text::find_digit(s, skip_digits(s, i + 1))) {
      if (text::is_digit(s[i - 1]))
        continue;
      // "mandate.[12]" or "mandate [12]": the bracketed marker of web and reference styles.
      const bool bracketed = s[i - 1] == '[';
      if (!bracketed && !is_word_end(s[i - 1]))
        continue;
      // "word.12" / "word12": a number glued to the end of a word.
      std::size_t j = i;
      int value = 0;
      while (j < s.size() && text::is_digit(s[j]) && j - i < 4) {
        value = value * 10 + (s[j] - '0');
        ++j;
      }
      if (j < s.size() && (text::is_digit(s[j]) || text::is_alpha(s[j])))
        continue;
      if (bracketed && (j >= s.size() || s[j] != ']'))
        continue;
      if (s[i] == '0' || value > k_max_value)
        continue;
      // A capital letter right before reads as a code ("A4", "S/2014") rather than a marker.
      if (s[i - 1] >= 'A' && s[i - 1] <= 'Z')
        continue;
      markers.offsets[static_cast<std::size_t>(value)].push_back(line.begin + i);
    }
  }
  return markers;
}

std::vector<Candidate> find_candidates(const std::vector<Line>& lines, const Pages& pages,
                                       const DigitMarkers& markers) {
  std::vector<Candidate> candidates;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Line& line = lines[i];
    if (line.blank || line.furniture)
      continue;
    const auto number = leading_number(line.content);
    if (!number || number->value > k_max_value)
      continue;
    Candidate c;
    c.line = static_cast<int>(i);
    c.number = number->value;
    const std::size_t content_begin = line.begin + static_cast<std::size_t>(line.indent);
    c.number_begin = content_begin;
    c.text_begin = content_begin + std::min(number->text_begin, line.content.size());
    const bool has_text = number->text_begin < line.content.size();
    if (number->bracketed) {
      c.style = Style::bracketed;
    } else if (number->superscript) {
      c.style = Style::superscript;
    } else if (number->punctuation != 0) {
      c.style = Style::dotted;
    } else {
      c.style = has_text ? Style::spaced : Style::bare;
    }
    double score = 1.0;
    int blanks = 0;
    const int above = previous_text_line(lines, static_cast<int>(i), &blanks);
    if (above < 0 || blanks > 0 ||
        is_separator_line(lines[static_cast<std::size_t>(above)].content) ||
        leading_number(lines[static_cast<std::size_t>(above)].content)) {
      score += k_context_bonus;
    }
    if (has_text) {
      const Opening opening = opening_of(line.content.substr(number->text_begin));
      if (opening == Opening::lowercase)
        score -= k_lowercase_text_malus;
      if (opening == Opening::uppercase)
        score += k_capital_text_bonus;
    }
    const int page = pages.page_of_line[i];
    const int separator = pages.separator_line[static_cast<std::size_t>(page)];
    if (pages.any_separator && separator >= 0) {
      score += static_cast<int>(i) > separator ? k_separator_bonus : -k_above_separator_malus;
    }
    if (markers.has(c.number, c.number_begin, k_marker_support_window)) {
      score += k_marker_support_bonus;
      c.supported = true;
    }
    c.score = score;
    candidates.push_back(c);
  }
  return candidates;
}

}  // namespace citecheck::segmentation

#include "segment/lines.hpp"

#include <cstdint>

#include "segment/patterns.hpp"
#include "text/byte_scan.hpp"
#include "text/strings.hpp"
#include "text/utf8.hpp"

namespace citecheck::segmentation {
namespace {

bool is_continuation_byte(unsigned char c) {
  return (c & 0xC0) == 0x80;
}

// Strips trailing closing quotes and brackets (ASCII and typographic).
std::string_view strip_closers(std::string_view s) {
  for (;;) {
    if (s.empty())
      return s;
    const char c = s.back();
    if (c == ')' || c == ']' || c == '"' || c == '\'' || c == ' ') {
      s.remove_suffix(1);
      continue;
    }
    if (s.size() >= 3 && (s.ends_with("\xE2\x80\x99") || s.ends_with("\xE2\x80\x9D"))) {
      s.remove_suffix(3);
      continue;
    }
    return s;
  }
}

std::string_view last_word(std::string_view s) {
  const std::size_t space = text::find_last_blank(s);
  return space == std::string_view::npos ? s : s.substr(space + 1);
}

}  // namespace

int code_points(std::string_view s) {
  // Eight bytes at a time: a continuation byte has its top bit set and the next one clear,
  // so (x & ~(x << 1)) keeps bit 7 exactly in those bytes. Every line's width needs this.
  std::size_t continuation = 0;
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    const std::uint64_t x = text::load8(s.data() + i);
    continuation += text::count_high_bits(x & ~(x << 1) & text::k_byte_high_bits);
  }
  for (; i < s.size(); ++i) {
    if (is_continuation_byte(static_cast<unsigned char>(s[i])))
      ++continuation;
  }
  return static_cast<int>(s.size() - continuation);
}

std::vector<Line> split_lines(std::string_view text) {
  std::vector<Line> lines;
  lines.reserve(text.size() / 48 + 1);
  if (text.empty())
    return lines;
  std::size_t pos = 0;
  int number = 0;
  for (;;) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos)
      eol = text.size();
    Line line;
    line.number = ++number;
    std::size_t begin = pos;
    while (begin < eol && text[begin] == '\f') {
      line.page_start = true;
      ++begin;
    }
    std::size_t end = eol;
    if (end > begin && text[end - 1] == '\r')
      --end;
    line.begin = begin;
    line.end = end;
    const std::string_view raw = text.substr(begin, end - begin);
    std::size_t first = 0;
    while (first < raw.size() &&
           (raw[first] == ' ' || raw[first] == '\t' || raw[first] == '\f' || raw[first] == '\v')) {
      ++first;
    }
    std::size_t last = raw.size();
    while (last > first && text::is_space(raw[last - 1]))
      --last;
    line.content = raw.substr(first, last - first);
    line.indent = static_cast<int>(first);
    line.blank = line.content.empty();
    line.width = line.indent + code_points(line.content);
    lines.push_back(line);
    if (eol >= text.size())
      break;
    pos = eol + 1;
  }
  return lines;
}

Opening opening_of(std::string_view content) {
  std::size_t i = 0;
  // Opening quotes and brackets do not decide; the letter after them does.
  while (i < content.size()) {
    const char c = content[i];
    if (c == '"' || c == '\'' || c == '(' || c == '[') {
      ++i;
      continue;
    }
    if (content.substr(i).starts_with("\xE2\x80\x98") ||
        content.substr(i).starts_with("\xE2\x80\x9C")) {
      i += 3;
      continue;
    }
    break;
  }
  if (i >= content.size())
    return Opening::other;
  const char c = content[i];
  if (c >= 'a' && c <= 'z')
    return Opening::lowercase;
  if (c >= 'A' && c <= 'Z')
    return Opening::uppercase;
  if (text::is_digit(c))
    return Opening::digit;
  const unsigned char u = static_cast<unsigned char>(c);
  if (u >= 0xC0) {
    const char32_t cp = text::decode_at(content, i);
    // Latin-1 supplement and Latin Extended-A: upper and lower case interleave there.
    if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)
      return Opening::uppercase;
    if (cp >= 0xDF && cp <= 0xFF && cp != 0xF7)
      return Opening::lowercase;
    if (cp >= 0x100 && cp <= 0x17F)
      return (cp % 2 == 0) ? Opening::uppercase : Opening::lowercase;
  }
  return Opening::other;
}

bool ends_sentence(std::string_view content) {
  const std::string_view s = strip_closers(content);
  if (s.empty())
    return false;
  const char c = s.back();
  return c == '.' || c == '!' || c == '?';
}

bool ends_with_hyphen(std::string_view content) {
  return content.ends_with('-') || content.ends_with("\xC2\xAD");
}

bool ends_with_url(std::string_view content) {
  const std::string_view word = last_word(content);
  if (word.find("://") == std::string_view::npos && !word.starts_with("www."))
    return false;
  const char c = word.back();
  return c != '-' && c != '/' && c != '.' && c != '?' && c != '=' && c != '&' && c != '_';
}

bool is_url_line(std::string_view content) {
  if (content.find(' ') != std::string_view::npos)
    return false;
  return content.find("://") != std::string_view::npos || content.starts_with("www.");
}

bool is_glyph_line(std::string_view content) {
  if (content.empty())
    return false;
  if (code_points(content) > static_cast<int>(k_max_glyph_line_code_points))
    return false;
  for (const char c : content) {
    if (text::is_alpha(c) || text::is_digit(c))
      return false;
  }
  return !is_separator_line(content);
}

bool is_separator_line(std::string_view content) {
  if (content.size() < k_min_separator_length)
    return false;
  const char c = content.front();
  if (c != '_' && c != '-')
    return false;
  for (const char d : content) {
    if (d != c)
      return false;
  }
  return true;
}

namespace {

// "[12] See ...": the number in square brackets, then a space or the line end.
std::optional<LeadingNumber> bracketed_number(std::string_view content) {
  LeadingNumber result;
  std::size_t i = 1;
  int value = 0;
  while (i < content.size() && text::is_digit(content[i]) && i <= k_max_number_digits) {
    value = value * 10 + (content[i] - '0');
    ++i;
  }
  if (i == 1 || value == 0 || content[1] == '0' || i >= content.size() || content[i] != ']')
    return std::nullopt;
  result.value = value;
  result.punctuation = ']';
  result.bracketed = true;
  result.digits_end = i;
  std::size_t j = i + 1;
  if (j < content.size() && content[j] != ' ' && content[j] != '\t')
    return std::nullopt;
  while (j < content.size() && (content[j] == ' ' || content[j] == '\t'))
    ++j;
  result.text_begin = j;
  return result;
}

}  // namespace

namespace {

// "2000 Review Conference ...": a note may open with a year that is part of a title. A
// number followed by another number is otherwise a table row or a figure, not a note; a
// year followed by a capitalised word is told apart from "6 2000 people".
bool opens_with_year_title(std::string_view text) {
  if (text.size() < 6 || !(text.starts_with("19") || text.starts_with("20")))
    return false;
  for (std::size_t k = 2; k < 4; ++k) {
    if (!text::is_digit(text[k]))
      return false;
  }
  return text[4] == ' ' && text[5] >= 'A' && text[5] <= 'Z';
}

}  // namespace

std::optional<LeadingNumber> leading_number(std::string_view content) {
  if (!content.empty() && content.front() == '[')
    return bracketed_number(content);
  LeadingNumber result;
  std::size_t i = 0;
  int value = 0;
  std::size_t digits = 0;
  while (i < content.size() && text::is_digit(content[i])) {
    // A long digit run is no note number; its value must not overflow on the way to that.
    if (digits <= k_max_number_digits)
      value = value * 10 + (content[i] - '0');
    ++digits;
    ++i;
  }
  if (digits == 0) {
    // Unicode superscript digits ("¹ See ...").
    while (i < content.size()) {
      // Every superscript digit starts with one of these bytes: most lines stop here.
      const auto lead = static_cast<unsigned char>(content[i]);
      if (lead != 0xE2 && lead != 0xC2)
        break;
      bool matched = false;
      for (int d = 0; d < 10; ++d) {
        if (content.substr(i).starts_with(k_superscript_digits[d])) {
          if (digits <= k_max_number_digits)
            value = value * 10 + d;
          ++digits;
          i += k_superscript_digits[d].size();
          matched = true;
          break;
        }
      }
      if (!matched)
        break;
    }
    if (digits == 0)
      return std::nullopt;
    result.superscript = true;
  }
  if (digits > k_max_number_digits || value == 0 || content.front() == '0')
    return std::nullopt;
  result.value = value;
  result.digits_end = i;
  if (i == content.size()) {
    result.text_begin = content.size();
    return result;
  }
  std::size_t j = i;
  if (content[j] == '.' || content[j] == ')') {
    result.punctuation = content[j];
    ++j;
    if (j == content.size()) {
      result.text_begin = content.size();
      return result;
    }
    if (content[j] != ' ' && content[j] != '\t')
      return std::nullopt;
  } else if (content[j] != ' ' && content[j] != '\t' && !result.superscript) {
    return std::nullopt;
  }
  while (j < content.size() && (content[j] == ' ' || content[j] == '\t'))
    ++j;
  if (j == content.size()) {
    result.text_begin = content.size();
    return result;
  }
  const char first = content[j];
  if ((text::is_digit(first) && !opens_with_year_title(content.substr(j))) ||
      k_number_continuers.find(first) != std::string_view::npos) {
    return std::nullopt;
  }
  result.text_begin = j;
  return result;
}

}  // namespace citecheck::segmentation

#include "article_layout.hpp"

#include <algorithm>
#include <array>
#include <optional>

#include "authors.hpp"
#include "common/ascii.hpp"

namespace citecheck::plugins::journals {

namespace {

/// Citations are short; past this the text is not one citation and is not read further.
constexpr std::size_t k_max_citation = 2000;
/// The part after the title that holds container, volume, issue and pages.
constexpr std::size_t k_max_tail = 400;

struct QuotePair {
  std::string_view open;
  std::string_view close;
};

constexpr std::array<QuotePair, 4> k_quotes{{
    {"\xE2\x80\x9C", "\xE2\x80\x9D"},  // “ ”
    {"\"", "\""},
    {"\xE2\x80\x98", "\xE2\x80\x99"},  // ‘ ’
    {"'", "'"},
}};

/// The first bytes of the opening quotation marks: '"', '\'' and the lead byte of “ and ‘.
constexpr auto k_quote_starts = ascii::byte_table("\"'\xE2");
/// The first bytes of a URL or DOI token: "http", "www.", "doi:", "DOI:".
constexpr auto k_url_token_starts = ascii::byte_table("hwdD");

bool is_word_byte(char c) {
  return ascii::is_alnum(c) || static_cast<unsigned char>(c) >= 0x80;
}

std::string_view trim(std::string_view s) {
  auto junk = [](char c) {
    return c == ' ' || c == ',' || c == '.' || c == ';' || c == ':' || c == '\n';
  };
  while (!s.empty() && junk(s.front()))
    s.remove_prefix(1);
  while (!s.empty() && junk(s.back()))
    s.remove_suffix(1);
  return s;
}

struct Span {
  std::size_t begin = 0;  ///< at the opening quote
  std::size_t end = 0;    ///< after the closing quote
  std::string_view content;
};

/// The title in quotation marks: the first quoted passage that is not a nickname inside a
/// name (Robert “Jake” Bebber) and not an apostrophe ("AQIM’s").
std::optional<Span> quoted_title(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    // Every opening mark starts with one of these bytes; the rest of the text is skipped.
    if (!k_quote_starts[static_cast<unsigned char>(text[i])])
      continue;
    for (const QuotePair& q : k_quotes) {
      if (!text.substr(i).starts_with(q.open))
        continue;
      const bool single = q.open == "'" || q.open == "\xE2\x80\x98";
      if (single && i > 0 && is_word_byte(text[i - 1]))
        continue;
      std::size_t search = i + q.open.size();
      while (search < text.size()) {
        const std::size_t close = text.find(q.close, search);
        if (close == std::string_view::npos)
          break;
        const std::size_t after = close + q.close.size();
        if (single && after < text.size() && is_word_byte(text[after])) {
          search = after;  // an apostrophe inside the title
          continue;
        }
        const std::string_view content = text.substr(i + q.open.size(), close - i - q.open.size());
        const bool one_word = content.find(' ') == std::string_view::npos;
        const bool name_goes_on =
            after + 1 < text.size() && text[after] == ' ' && ascii::is_upper(text[after + 1]);
        if (one_word && name_goes_on && !content.ends_with(","))
          break;  // a nickname
        if (!trim(content).empty())
          return Span{i, after, content};
        break;
      }
    }
  }
  return std::nullopt;
}

/// En and em dashes as '-', so one pattern reads "85-90", "85–90" and "85—90".
std::string dashes_to_hyphen(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  // The bytes between dashes are appended a run at a time, not byte by byte.
  std::size_t kept = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    // Both dashes start with 0xE2: only there is a whole sequence compared.
    if (s[i] == '\xE2' &&
        (s.substr(i).starts_with("\xE2\x80\x93") || s.substr(i).starts_with("\xE2\x80\x94"))) {
      out.append(s.substr(kept, i - kept));
      out += '-';
      i += 2;
      kept = i + 1;
    }
  }
  out.append(s.substr(std::min(kept, s.size())));
  return out;
}

std::string without_spaces(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c != ' ')
      out += c;
  }
  return out;
}

// The layouts below are read by hand-written scanners: std::regex cost two thirds of the
// whole parse. Each scanner states the pattern it reads; character classes are the ASCII
// ones ("\s" = space, \t, \n, \v, \f, \r; a word boundary separates [A-Za-z0-9_] from the
// rest), so bytes of UTF-8 sequences are never letters, digits or spaces.

constexpr std::size_t k_npos = std::string_view::npos;

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_space(char c) {
  return ascii::is_space(c);  // one table look-up
}
bool is_upper(char c) {
  return c >= 'A' && c <= 'Z';
}
bool is_lower(char c) {
  return c >= 'a' && c <= 'z';
}
bool is_alpha(char c) {
  return is_upper(c) || is_lower(c);
}
bool is_boundary_word(char c) {
  return is_alpha(c) || is_digit(c) || c == '_';
}
/// No word character right before `at` (a word starts there).
bool boundary_before(std::string_view s, std::size_t at) {
  return at == 0 || !is_boundary_word(s[at - 1]);
}
/// No word character at `at` (a word ended just before).
bool boundary_after(std::string_view s, std::size_t at) {
  return at >= s.size() || !is_boundary_word(s[at]);
}
std::size_t skip_spaces(std::string_view s, std::size_t at) {
  while (at < s.size() && is_space(s[at]))
    ++at;
  return at;
}
std::size_t skip_digits(std::string_view s, std::size_t at) {
  while (at < s.size() && is_digit(s[at]))
    ++at;
  return at;
}
std::size_t skip_letters(std::string_view s, std::size_t at) {
  while (at < s.size() && is_alpha(s[at]))
    ++at;
  return at;
}
bool char_at(std::string_view s, std::size_t at, char c) {
  return at < s.size() && s[at] == c;
}
/// "18xx", "19xx" or "20xx" at `at`.
bool year_at(std::string_view s, std::size_t at) {
  return at + 4 <= s.size() &&
         ((s[at] == '1' && (s[at + 1] == '8' || s[at + 1] == '9')) ||
          (s[at] == '2' && s[at + 1] == '0')) &&
         is_digit(s[at + 2]) && is_digit(s[at + 3]);
}
std::string slice(std::string_view s, std::size_t begin, std::size_t end) {
  return std::string(s.substr(begin, end - begin));
}

/// End of a URL or a "doi: ..." token starting at `at`, or npos:
/// (https?://|www\.)\S+ | \b(doi|DOI):\s*\S+
std::size_t url_token_end(std::string_view s, std::size_t at) {
  std::size_t body = k_npos;
  const std::string_view rest = s.substr(at);
  if (rest.starts_with("https://")) {
    body = at + 8;
  } else if (rest.starts_with("http://")) {
    body = at + 7;
  } else if (rest.starts_with("www.")) {
    body = at + 4;
  } else if ((rest.starts_with("doi:") || rest.starts_with("DOI:")) && boundary_before(s, at)) {
    body = skip_spaces(s, at + 4);
  }
  if (body == k_npos || body >= s.size() || is_space(s[body]))
    return k_npos;
  while (body < s.size() && !is_space(s[body]))
    ++body;
  return body;
}

std::string without_urls(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  // The bytes between URLs are appended a run at a time, not byte by byte.
  std::size_t kept = 0;
  for (std::size_t i = 0; i < text.size();) {
    if (k_url_token_starts[static_cast<unsigned char>(text[i])]) {
      const std::size_t end = url_token_end(text, i);
      if (end != k_npos) {
        out.append(text.substr(kept, i - kept));
        i = end;
        kept = end;
        continue;
      }
    }
    ++i;
  }
  out.append(text.substr(kept));
  return out;
}

/// A container's trailing volume, "Survival 61" (^(.*\D)\s(\d{1,4})$): where the name ends
/// and the number begins.
struct TrailingNumber {
  std::size_t name_end = 0;
  std::size_t number_begin = 0;
};

std::optional<TrailingNumber> trailing_volume(std::string_view s) {
  std::size_t digits = s.size();
  while (digits > 0 && is_digit(s[digits - 1]))
    --digits;
  const std::size_t count = s.size() - digits;
  if (count == 0 || count > 4 || digits < 2 || !is_space(s[digits - 1]) ||
      is_digit(s[digits - 2])) {
    return std::nullopt;
  }
  // '.' stops at line ends: the name may not run across one (its last character may).
  if (ascii::find_first_of(s.substr(0, digits - 2), "\n\r") != k_npos)
    return std::nullopt;
  return TrailingNumber{digits - 1, digits};
}

/// After a container, an issue follows: ^\s*(,\s*(no|n|issue)\b|\() ignoring case.
bool issue_follows(std::string_view s) {
  std::size_t at = skip_spaces(s, 0);
  if (char_at(s, at, '('))
    return true;
  if (!char_at(s, at, ','))
    return false;
  at = skip_spaces(s, at + 1);
  for (std::string_view word :
       {std::string_view("no"), std::string_view("n"), std::string_view("issue")}) {
    if (at + word.size() > s.size())
      continue;
    bool same = true;
    for (std::size_t i = 0; i < word.size() && same; ++i) {
      same = ascii::to_lower(s[at + i]) == word[i];
    }
    if (same && boundary_after(s, at + word.size()))
      return true;
  }
  return false;
}

struct VolumeIssue {
  std::string volume;
  std::string issue;
};

/// "12(3)", "12 (3-4)": (\d{1,4})\s?\((\d{1,3}(?:[-/]\d{1,3})?)\)
std::optional<VolumeIssue> find_volume_paren_issue(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    if (!is_digit(s[i])) {
      ++i;
      continue;
    }
    const std::size_t run_end = skip_digits(s, i);
    const std::size_t begin = run_end - i > 4 ? run_end - 4 : i;
    std::size_t open = run_end;
    if (open < s.size() && is_space(s[open]) && char_at(s, open + 1, '('))
      ++open;
    if (char_at(s, open, '(')) {
      const std::size_t first_end = skip_digits(s, open + 1);
      const std::size_t first = first_end - open - 1;
      std::size_t close = k_npos;
      if (first >= 1 && first <= 3) {
        if (char_at(s, first_end, ')')) {
          close = first_end;
        } else if (char_at(s, first_end, '-') || char_at(s, first_end, '/')) {
          const std::size_t second_end = skip_digits(s, first_end + 1);
          const std::size_t second = second_end - first_end - 1;
          if (second >= 1 && second <= 3 && char_at(s, second_end, ')'))
            close = second_end;
        }
      }
      if (close != k_npos)
        return VolumeIssue{slice(s, begin, run_end), slice(s, open + 1, close)};
    }
    i = run_end;
  }
  return std::nullopt;
}

/// "12, no. 3": (\d{1,4}),\s*[Nn]o\.?\s*(\d+)
std::optional<VolumeIssue> find_volume_comma_no(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    if (!is_digit(s[i])) {
      ++i;
      continue;
    }
    const std::size_t run_end = skip_digits(s, i);
    const std::size_t begin = run_end - i > 4 ? run_end - 4 : i;
    if (char_at(s, run_end, ',')) {
      std::size_t at = skip_spaces(s, run_end + 1);
      if ((char_at(s, at, 'N') || char_at(s, at, 'n')) && char_at(s, at + 1, 'o')) {
        at += 2;
        if (char_at(s, at, '.'))
          ++at;
        at = skip_spaces(s, at);
        const std::size_t number_end = skip_digits(s, at);
        if (number_end > at)
          return VolumeIssue{slice(s, begin, run_end), slice(s, at, number_end)};
      }
    }
    i = run_end;
  }
  return std::nullopt;
}

/// The number after a label and its optional '.' and spaces (\.?\s*(\d+)), or empty.
std::string number_after_label(std::string_view s, std::size_t at) {
  if (char_at(s, at, '.'))
    ++at;
  at = skip_spaces(s, at);
  return slice(s, at, skip_digits(s, at));
}

/// "Vol. 12", "volume 12": \b[Vv]ol(?:ume)?\.?\s*(\d+)
std::string find_labelled_volume(std::string_view s) {
  for (std::size_t i = 0; i + 3 <= s.size(); ++i) {
    if ((s[i] != 'V' && s[i] != 'v') || s.substr(i + 1, 2) != "ol" || !boundary_before(s, i))
      continue;
    std::size_t at = i + 3;
    if (s.substr(at, 3) == "ume")
      at += 3;
    std::string number = number_after_label(s, at);
    if (!number.empty())
      return number;
  }
  return {};
}

/// "No. 3", "n. 8", "Issue 3", "Num 3": (?:\b[Nn]o|\b[Nn]|\b[Ii]ssue|\b[Nn]um)\.?\s*(\d+)
std::string find_labelled_issue(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    const bool n = c == 'N' || c == 'n';
    if ((!n && c != 'I' && c != 'i') || !boundary_before(s, i))
      continue;
    const std::string_view rest = s.substr(i + 1);
    // The labels in the pattern's order; the first whose number follows wins.
    std::string number;
    if (n && rest.starts_with("o"))
      number = number_after_label(s, i + 2);
    if (number.empty() && n)
      number = number_after_label(s, i + 1);
    if (number.empty() && !n && rest.starts_with("ssue"))
      number = number_after_label(s, i + 5);
    if (number.empty() && n && rest.starts_with("um"))
      number = number_after_label(s, i + 3);
    if (!number.empty())
      return number;
  }
  return {};
}

/// End of "\s*-\s*\d+" after a page number ending at `at`, or `at` when no range follows.
std::size_t page_range_end(std::string_view s, std::size_t at) {
  const std::size_t dash = skip_spaces(s, at);
  if (!char_at(s, dash, '-'))
    return at;
  const std::size_t digits = skip_spaces(s, dash + 1);
  const std::size_t end = skip_digits(s, digits);
  return end > digits ? end : at;
}

/// "pp. 45-67", "p. 5": \b[Pp]p?\.\s*(\d+(?:\s*-\s*\d+)?)
std::string find_labelled_pages(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    if ((s[i] != 'P' && s[i] != 'p') || !boundary_before(s, i))
      continue;
    std::size_t at = i + 1;
    if (char_at(s, at, 'p'))
      ++at;
    if (!char_at(s, at, '.'))
      continue;
    at = skip_spaces(s, at + 1);
    const std::size_t end = skip_digits(s, at);
    if (end > at)
      return slice(s, at, page_range_end(s, end));
  }
  return {};
}

/// "(2019): 45-67", "(3), 45": \)\s*[:,]\s*(\d+(?:\s*-\s*\d+)?)\b
std::string find_pages_after_paren(std::string_view s) {
  for (std::size_t i = s.find(')'); i != k_npos; i = s.find(')', i + 1)) {
    std::size_t at = skip_spaces(s, i + 1);
    if (!char_at(s, at, ':') && !char_at(s, at, ','))
      continue;
    at = skip_spaces(s, at + 1);
    const std::size_t end = skip_digits(s, at);
    if (end == at)
      continue;
    const std::size_t range_end = page_range_end(s, end);
    if (range_end > end && boundary_after(s, range_end))
      return slice(s, at, range_end);
    if (boundary_after(s, end))
      return slice(s, at, end);
  }
  return {};
}

/// "(3), 45-67": \),\s*(\d+\s*-\s*\d+)
std::string find_range_after_issue(std::string_view s) {
  for (std::size_t i = s.find("),"); i != k_npos; i = s.find("),", i + 1)) {
    const std::size_t at = skip_spaces(s, i + 2);
    const std::size_t end = skip_digits(s, at);
    if (end == at)
      continue;
    const std::size_t range_end = page_range_end(s, end);
    if (range_end > end)
      return slice(s, at, range_end);
  }
  return {};
}

/// Container, volume, issue and pages from the text after the title.
void read_tail(std::string tail, ArticleLayout& layout) {
  tail = dashes_to_hyphen(tail);
  // A second citation in the same note starts after "; ".
  const std::size_t next = tail.find("; ");
  if (next != std::string::npos)
    tail.resize(next);
  if (tail.size() > k_max_tail)
    tail.resize(k_max_tail);
  std::string_view rest = trim(tail);
  for (std::string_view lead :
       {std::string_view("in "), std::string_view("In: "), std::string_view("In ")}) {
    if (rest.starts_with(lead)) {
      rest.remove_prefix(lead.size());
      layout.in_container = true;
      break;
    }
  }
  rest = trim(rest);
  // Container: up to the first comma, parenthesis, colon or bracket.
  std::size_t stop = ascii::find_first_of(rest, ",(:[");
  std::string_view container = trim(rest.substr(0, stop));
  const std::string_view after = rest.substr(stop == std::string_view::npos ? rest.size() : stop);
  std::string container_text(container);
  if (const auto number = trailing_volume(container_text); number && issue_follows(after)) {
    layout.volume = container_text.substr(number->number_begin);
    container_text.resize(number->name_end);
  }
  if (!container_text.empty() &&
      (ascii::is_upper(container_text.front()) ||
       static_cast<unsigned char>(container_text.front()) >= 0x80) &&
      container_text.size() <= 150) {
    layout.container = std::string(trim(container_text));
  }

  if (auto found = find_volume_paren_issue(after)) {
    if (layout.volume.empty())
      layout.volume = std::move(found->volume);
    layout.issue = std::move(found->issue);
    layout.compact_volume = true;
  }
  if (auto found = find_volume_comma_no(after)) {
    if (layout.volume.empty())
      layout.volume = std::move(found->volume);
    if (layout.issue.empty())
      layout.issue = std::move(found->issue);
  }
  if (layout.volume.empty())
    layout.volume = find_labelled_volume(after);
  if (layout.issue.empty() && !layout.volume.empty())
    layout.issue = find_labelled_issue(after);
  std::string pages = find_labelled_pages(after);
  if (pages.empty())
    pages = find_pages_after_paren(after);
  if (pages.empty())
    pages = find_range_after_issue(after);
  layout.pages = without_spaces(pages);
}

/// A year, a month or season word before it allowed, in parentheses: "(2019)", "(2019a)",
/// "(Spring 2019)", "(Jan. 2019)":  \((?:[A-Za-z]+\.?\s)?((?:1[89]|20)\d\d)[a-z]?\)
std::string find_paren_year(std::string_view s) {
  const auto closes_at = [&](std::size_t at) {
    return year_at(s, at) &&
           (char_at(s, at + 4, ')') ||
            (at + 4 < s.size() && is_lower(s[at + 4]) && char_at(s, at + 5, ')')));
  };
  for (std::size_t i = s.find('('); i != k_npos; i = s.find('(', i + 1)) {
    const std::size_t word_end = skip_letters(s, i + 1);
    if (word_end > i + 1) {
      std::size_t at = word_end;
      if (char_at(s, at, '.'))
        ++at;
      if (at < s.size() && is_space(s[at]) && closes_at(at + 1))
        return slice(s, at + 1, at + 5);
    }
    if (closes_at(i + 1))
      return slice(s, i + 1, i + 5);
  }
  return {};
}

/// A year standing as a word: \b((?:1[89]|20)\d\d)\b
std::string find_any_year(std::string_view s) {
  for (std::size_t i = 0; i + 4 <= s.size(); ++i) {
    if (year_at(s, i) && boundary_before(s, i) && boundary_after(s, i + 4))
      return slice(s, i, i + 4);
  }
  return {};
}

std::string find_year(std::string_view text) {
  std::string year = find_paren_year(text);
  if (year.empty())
    year = find_any_year(text);
  return year;
}

/// The fields of a Vancouver citation after its journal name ends at `at`:
/// \.?\s+((?:1[89]|20)\d\d)[^;]{0,20};\s*(\d{1,4})(?:\((\d{1,5})\))?:\s*([A-Za-z]?\d+(?:-\d+)?)
bool read_vancouver_numbers(std::string_view s, std::size_t at, ArticleLayout& layout) {
  if (char_at(s, at, '.'))
    ++at;
  const std::size_t year = skip_spaces(s, at);
  if (year == at || !year_at(s, year))
    return false;
  const std::size_t semicolon = s.find(';', year + 4);
  if (semicolon == k_npos || semicolon - (year + 4) > 20)
    return false;
  const std::size_t volume = skip_spaces(s, semicolon + 1);
  const std::size_t volume_end = skip_digits(s, volume);
  if (volume_end == volume || volume_end - volume > 4)
    return false;
  std::size_t colon = volume_end;
  std::size_t issue = k_npos;
  std::size_t issue_end = k_npos;
  if (char_at(s, colon, '(')) {
    const std::size_t end = skip_digits(s, colon + 1);
    if (end > colon + 1 && end - colon - 1 <= 5 && char_at(s, end, ')') &&
        char_at(s, end + 1, ':')) {
      issue = colon + 1;
      issue_end = end;
      colon = end + 1;
    }
  }
  if (!char_at(s, colon, ':'))
    return false;
  const std::size_t pages = skip_spaces(s, colon + 1);
  std::size_t digits = pages;
  if (digits < s.size() && is_alpha(s[digits]))
    ++digits;
  std::size_t pages_end = skip_digits(s, digits);
  if (pages_end == digits)
    return false;
  if (char_at(s, pages_end, '-')) {
    const std::size_t range_end = skip_digits(s, pages_end + 1);
    if (range_end > pages_end + 1)
      pages_end = range_end;
  }
  layout.year = slice(s, year, year + 4);
  layout.volume = slice(s, volume, volume_end);
  layout.issue = issue == k_npos ? std::string() : slice(s, issue, issue_end);
  layout.pages = slice(s, pages, pages_end);
  return true;
}

/// Vancouver (medicine): "Smith J, Doe A. Title. Lancet. 2019;393(10170):447-92."
/// Reads what ^\s*([^.;:()]{2,200}?)\.\s+([^.?!]{3,300}[.?!])\s+([A-Z][^.;]{1,120}?) followed
/// by the numbers above matches, with the same choices of where each part begins and ends.
bool read_vancouver(const std::string& text, ArticleLayout& layout) {
  const std::string_view s = text;
  // Authors: up to the first of ".;:()", which must be the full stop. Leading spaces count
  // as part of them when the names alone are too short.
  const std::size_t spaces_end = skip_spaces(s, 0);
  const std::size_t stop = ascii::find_first_of(s, ".;:()", spaces_end);
  if (stop == k_npos || s[stop] != '.')
    return false;
  std::size_t authors_begin = spaces_end;
  if (stop - spaces_end > 200)
    return false;
  if (stop - spaces_end < 2) {
    if (stop < 2)
      return false;
    authors_begin = stop - 2;
  }
  // Title: spaces, then up to the first sentence end, 3 to 300 characters before it.
  const std::size_t title_spaces_end = skip_spaces(s, stop + 1);
  if (title_spaces_end == stop + 1)
    return false;
  const std::size_t title_end = ascii::find_first_of(s, ".?!", title_spaces_end);
  if (title_end == k_npos || title_end - title_spaces_end > 300)
    return false;
  std::size_t title_begin = title_spaces_end;
  if (title_end - title_spaces_end < 3) {
    if (title_end < 3 || title_end - 3 < stop + 2)
      return false;
    title_begin = title_end - 3;
  }
  // Journal: a capital, then the shortest run without '.' or ';' that the numbers follow.
  const std::size_t journal = skip_spaces(s, title_end + 1);
  if (journal == title_end + 1 || journal >= s.size() || !is_upper(s[journal]))
    return false;
  ArticleLayout numbers;
  std::size_t journal_end = k_npos;
  for (std::size_t end = journal + 2; end <= journal + 121 && end <= s.size(); ++end) {
    if (s[end - 1] == '.' || s[end - 1] == ';')
      break;
    if (read_vancouver_numbers(s, end, numbers)) {
      journal_end = end;
      break;
    }
  }
  if (journal_end == k_npos)
    return false;
  const std::vector<std::string> authors =
      split_authors(s.substr(authors_begin, stop - authors_begin));
  if (authors.empty())
    return false;
  layout.authors = authors;
  layout.title = std::string(trim(s.substr(title_begin, title_end + 1 - title_begin)));
  layout.container = std::string(trim(s.substr(journal, journal_end - journal)));
  layout.year = std::move(numbers.year);
  layout.volume = std::move(numbers.volume);
  layout.issue = std::move(numbers.issue);
  layout.pages = std::move(numbers.pages);
  layout.compact_volume = !layout.issue.empty();
  return true;
}

/// APA's "(2019). Title of article. ": \(((?:1[89]|20)\d\d)[a-z]?\)\.?\s+([^.?!]{3,300}[.?!])\s
/// gives where the title begins and ends.
std::optional<std::pair<std::size_t, std::size_t>> find_apa_title(std::string_view s) {
  for (std::size_t i = s.find('('); i != k_npos; i = s.find('(', i + 1)) {
    if (!year_at(s, i + 1))
      continue;
    std::size_t at = i + 5;
    if (at < s.size() && is_lower(s[at]))
      ++at;
    if (!char_at(s, at, ')'))
      continue;
    ++at;
    if (char_at(s, at, '.'))
      ++at;
    const std::size_t spaces_end = skip_spaces(s, at);
    if (spaces_end == at)
      continue;
    const std::size_t end = ascii::find_first_of(s, ".?!", spaces_end);
    if (end == k_npos || end - spaces_end > 300 || end + 1 >= s.size() || !is_space(s[end + 1]))
      continue;
    std::size_t begin = spaces_end;
    if (end - spaces_end < 3) {
      if (end < 3 || end - 3 < at + 1)
        continue;
      begin = end - 3;
    }
    return std::pair{begin, end + 1};
  }
  return std::nullopt;
}

}  // namespace

ArticleLayout read_article(std::string_view plain) {
  ArticleLayout layout;
  if (plain.size() > k_max_citation)
    plain = plain.substr(0, k_max_citation);
  const std::string text = without_urls(plain);

  std::size_t title_begin = std::string::npos;
  std::size_t title_end = std::string::npos;
  if (const auto span = quoted_title(text)) {
    layout.title = std::string(trim(span->content));
    layout.quoted_title = true;
    title_begin = span->begin;
    title_end = span->end;
  } else if (read_vancouver(text, layout)) {
    return layout;
  } else {
    // APA: "Author, A. (2019). Title of article. Journal, 12(3), 45-67."
    if (const auto title = find_apa_title(text)) {
      title_begin = title->first;
      title_end = title->second;
      layout.title =
          std::string(trim(std::string_view(text).substr(title_begin, title_end - title_begin)));
    }
  }
  if (title_begin == std::string::npos) {
    layout.year = find_year(text);
    // No title to anchor on: a journal cited by name and number alone ("''Parallax, n. 8'',
    // [Vol. 4(3)], 1998."). Only the compact "volume(issue)" is trusted then: "vol. 1015,
    // No. 14860" is how the Treaty Series is cited too.
    ArticleLayout bare;
    read_tail(text, bare);
    if (!bare.container.empty() && bare.compact_volume) {
      layout.container = bare.container;
      layout.volume = bare.volume;
      layout.issue = bare.issue;
      layout.pages = bare.pages;
    }
    return layout;
  }
  layout.authors = split_authors(std::string_view(text).substr(0, title_begin));
  std::string outside_title = text.substr(0, title_begin) + " " + text.substr(title_end);
  layout.year = find_year(outside_title);
  read_tail(text.substr(title_end), layout);
  return layout;
}

}  // namespace citecheck::plugins::journals

#include "journal_signals.hpp"

#include <algorithm>
#include <array>
#include <string>
#include "common/ascii.hpp"

namespace citecheck::plugins::journals {

namespace {

/// Words in a container's name that journals and proceedings use.
constexpr std::array<std::string_view, 12> k_journal_words{
    "journal",      "review",  "quarterly",  "proceedings", "annals",   "bulletin",
    "transactions", "letters", "conference", "symposium",   "workshop", "studies"};
/// Words that name magazines, newspapers and blogs: their stories belong to the news plugin.
constexpr std::array<std::string_view, 7> k_press_words{"magazine", "blog",  "times",    "post",
                                                        "news",     "daily", "newspaper"};
/// Words that name organisations: a container like this is a publisher of reports.
constexpr std::array<std::string_view, 7> k_organisation_words{
    "institute", "center", "centre", "foundation", "council", "university", "press"};

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    c = ascii::to_lower(c);
  return out;
}

bool has_word(std::string_view text, std::string_view word) {
  for (std::size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
    const bool start = at == 0 || !ascii::is_alpha(text[at - 1]);
    const std::size_t end = at + word.size();
    const bool finish = end >= text.size() || !ascii::is_alpha(text[end]);
    if (start && finish)
      return true;
  }
  return false;
}

/// has_word(text, "eds") || has_word(text, "ed") in one search: every "eds" starts with
/// "ed", so the occurrences of "ed" are found once and each is tested for both.
bool has_ed_or_eds(std::string_view text) {
  for (std::size_t at = text.find("ed"); at != std::string_view::npos;
       at = text.find("ed", at + 1)) {
    if (at > 0 && ascii::is_alpha(text[at - 1]))
      continue;
    const std::size_t end = at + 2;
    if (end >= text.size() || !ascii::is_alpha(text[end]))
      return true;  // "ed"
    if (text[end] == 's' && (end + 1 >= text.size() || !ascii::is_alpha(text[end + 1])))
      return true;  // "eds"
  }
  return false;
}

bool any_word(std::string_view text, auto const& words) {
  return std::any_of(words.begin(), words.end(),
                     [&](std::string_view word) { return has_word(text, word); });
}

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}
/// [A-Za-z0-9_] per byte value, as a table: the date test classifies every byte it reads.
constexpr auto k_boundary_word = [] {
  std::array<bool, 256> word{};
  for (std::size_t c = 0; c < 256; ++c)
    word[c] =
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  return word;
}();
/// [A-Za-z0-9_]: what a word boundary separates from the rest.
bool is_boundary_word(char c) {
  return k_boundary_word[static_cast<unsigned char>(c)];
}
bool boundary_after(std::string_view s, std::size_t at) {
  return at >= s.size() || !is_boundary_word(s[at]);
}

/// An imprint "(New York: Crown, 2012)": \([A-Z][^():]{1,40}:\s*[^():]{0,80}\d{4}\)
/// (hand-written: std::regex was most of the parse time).
bool has_imprint(std::string_view s) {
  for (std::size_t open = s.find('('); open != std::string_view::npos;
       open = s.find('(', open + 1)) {
    if (open + 1 >= s.size() || s[open + 1] < 'A' || s[open + 1] > 'Z')
      continue;
    const std::size_t colon = ascii::find_first_of(s, "():", open + 2);
    if (colon == std::string_view::npos || s[colon] != ':' || colon - (open + 2) < 1 ||
        colon - (open + 2) > 40) {
      continue;
    }
    const std::size_t close = ascii::find_first_of(s, "():", colon + 1);
    if (close == std::string_view::npos || s[close] != ')')
      continue;
    std::size_t begin = colon + 1;
    if (close - begin < 4 || !is_digit(s[close - 1]) || !is_digit(s[close - 2]) ||
        !is_digit(s[close - 3]) || !is_digit(s[close - 4])) {
      continue;
    }
    while (begin < close - 4 && is_space(s[begin]))
      ++begin;
    if (close - 4 - begin <= 80)
      return true;
  }
  return false;
}

/// A book's imprint "(New York: Crown, 2012)", an ISBN, or "edited by": book evidence.
/// `folded` is `plain` in lower case.
bool book_signals(std::string_view plain, std::string_view folded_plain) {
  const std::size_t limit = std::min<std::size_t>(plain.size(), 2000);
  const std::string_view text = plain.substr(0, limit);
  const std::string_view folded = folded_plain.substr(0, limit);
  return has_imprint(text) || folded.find("isbn") != std::string::npos ||
         folded.find("edited by") != std::string::npos || has_ed_or_eds(folded) ||
         folded.find("university press") != std::string::npos;
}

constexpr std::array<std::string_view, 12> k_month_names{
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

/// Length of the month name (as a whole word) at `at`, 0 when none.
std::size_t month_at(std::string_view s, std::size_t at) {
  if (at >= s.size())
    return 0;
  for (std::string_view month : k_month_names) {
    // The capital first: most words start with none of the months' letters.
    if (s[at] == month.front() && s.substr(at).starts_with(month) &&
        boundary_after(s, at + month.size()))
      return month.size();
  }
  return 0;
}

/// Where to look after `i`: past the word that starts there, or the next byte.
std::size_t next_word(std::string_view s, std::size_t i) {
  if (!is_boundary_word(s[i]))
    return i + 1;
  while (i < s.size() && is_boundary_word(s[i]))
    ++i;
  return i;
}

/// A day and month, either order: \b\d{1,2}\s+(Month)\b|\b(Month)\s+\d{1,2}\b
bool has_day_and_month(std::string_view s) {
  // Word by word: only a word's first byte follows a boundary, so the rest of each word is
  // stepped over rather than tested byte by byte.
  for (std::size_t i = 0; i < s.size(); i = next_word(s, i)) {
    if (!is_boundary_word(s[i]))
      continue;
    if (is_digit(s[i])) {
      std::size_t end = i;
      while (end < s.size() && is_digit(s[end]))
        ++end;
      std::size_t month = end;
      while (month < s.size() && is_space(s[month]))
        ++month;
      if (end - i <= 2 && month > end && month_at(s, month) > 0)
        return true;
    } else if (s[i] >= 'A' && s[i] <= 'S') {
      const std::size_t length = month_at(s, i);
      if (length == 0)
        continue;
      std::size_t day = i + length;
      while (day < s.size() && is_space(s[day]))
        ++day;
      std::size_t end = day;
      while (end < s.size() && is_digit(s[end]))
        ++end;
      if (day > i + length && end > day && end - day <= 2 && boundary_after(s, end))
        return true;
    }
  }
  return false;
}

}  // namespace

KindDecision decide_kind(const ArticleLayout& layout, std::string_view plain, bool has_doi) {
  KindDecision decision;
  const std::string container = lower(layout.container);
  const bool volume = !layout.volume.empty() && !layout.container.empty();
  const bool journal_name = any_word(container, k_journal_words);
  // Every claim below needs a volume, a DOI, or a quoted title in a journal with a year or
  // pages: without them the other signals (book, press, dates) can only decline, so they
  // are not read (most citations are web pages and news, with none of the three).
  const bool named_journal_article =
      journal_name && layout.quoted_title && (!layout.year.empty() || !layout.pages.empty());
  if (!volume && !has_doi && !named_journal_article)
    return decision;
  const std::string folded = lower(plain);
  const bool press = any_word(container, k_press_words) || has_word(folded, "blog");
  const bool organisation = any_word(container, k_organisation_words);
  const bool book = book_signals(plain, folded) || (layout.in_container && !journal_name);

  if (book && !volume) {
    // A chapter or book with a DOI: ours to resolve through Crossref, but still a book.
    if (has_doi) {
      decision = {true, Kind::book, 0.6};
    }
    return decision;
  }
  if (press && !has_doi)
    return decision;
  // A day and month ("15 April 2013", "July 5, 2017") dates a story or a post; journals
  // give a year, a season or a month.
  const bool day_dated =
      has_day_and_month(plain.substr(0, std::min<std::size_t>(plain.size(), 2000)));
  if (day_dated && !volume && !has_doi)
    return decision;
  if (volume) {
    decision = {true, Kind::journal_article, has_doi ? 0.95 : 0.85};
  } else if (has_doi) {
    decision = {true, Kind::journal_article, 0.8};
  } else if (journal_name && !organisation && layout.quoted_title &&
             (!layout.year.empty() || !layout.pages.empty())) {
    decision = {true, Kind::journal_article, 0.7};
  }
  return decision;
}

}  // namespace citecheck::plugins::journals

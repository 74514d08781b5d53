#include "journal_signals.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <regex>
#include <string>

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
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool has_word(const std::string& text, std::string_view word) {
  for (std::size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
    const bool start = at == 0 || std::isalpha(static_cast<unsigned char>(text[at - 1])) == 0;
    const std::size_t end = at + word.size();
    const bool finish =
        end >= text.size() || std::isalpha(static_cast<unsigned char>(text[end])) == 0;
    if (start && finish)
      return true;
  }
  return false;
}

bool any_word(const std::string& text, auto const& words) {
  return std::any_of(words.begin(), words.end(),
                     [&](std::string_view word) { return has_word(text, word); });
}

/// A book's imprint "(New York: Crown, 2012)", an ISBN, or "edited by": book evidence.
bool book_signals(std::string_view plain) {
  static const std::regex k_imprint(R"(\([A-Z][^():]{1,40}:\s*[^():]{0,80}\d{4}\))");
  const std::string text(plain.substr(0, std::min<std::size_t>(plain.size(), 2000)));
  const std::string folded = lower(text);
  return std::regex_search(text, k_imprint) || folded.find("isbn") != std::string::npos ||
         folded.find("edited by") != std::string::npos || has_word(folded, "eds") ||
         has_word(folded, "ed") || folded.find("university press") != std::string::npos;
}

}  // namespace

KindDecision decide_kind(const ArticleLayout& layout, std::string_view plain, bool has_doi) {
  KindDecision decision;
  const std::string container = lower(layout.container);
  const bool volume = !layout.volume.empty() && !layout.container.empty();
  const bool journal_name = any_word(container, k_journal_words);
  const bool press = any_word(container, k_press_words) || has_word(lower(plain), "blog");
  const bool organisation = any_word(container, k_organisation_words);
  const bool book = book_signals(plain) || (layout.in_container && !journal_name);

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
  static const std::regex k_day_month(
      R"(\b\d{1,2}\s+(January|February|March|April|May|June|July|August|September|October|)"
      R"(November|December)\b|\b(January|February|March|April|May|June|July|August|September|)"
      R"(October|November|December)\s+\d{1,2}\b)");
  const bool day_dated = std::regex_search(
      std::string(plain.substr(0, std::min<std::size_t>(plain.size(), 2000))), k_day_month);
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

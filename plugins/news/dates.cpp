#include "dates.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <iterator>
#include <optional>

#include "common/ascii.hpp"

namespace citecheck::plugins::news {

namespace {

/// A word, a number or one punctuation byte, with where it sits.
struct Token {
  std::string_view text;
  std::size_t begin;
  bool number;
  bool word;
};

bool is_word_byte(char c) {
  return ascii::is_alpha(c) || static_cast<unsigned char>(c) >= 0x80;
}

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  // About one token per five bytes of citation text: one allocation, seldom a second.
  tokens.reserve(text.size() / 5 + 4);
  std::size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (c == ' ') {
      i = ascii::skip_blanks(text, i);  // a blanked URL is one run of spaces
      continue;
    }
    if (ascii::is_space(c)) {
      ++i;
      continue;
    }
    std::size_t j = i + 1;
    if (ascii::is_digit(c)) {
      while (j < text.size() && ascii::is_digit(text[j])) {
        ++j;
      }
      tokens.push_back({text.substr(i, j - i), i, true, false});
    } else if (is_word_byte(c)) {
      while (j < text.size() && is_word_byte(text[j])) {
        ++j;
      }
      tokens.push_back({text.substr(i, j - i), i, false, true});
    } else {
      tokens.push_back({text.substr(i, 1), i, false, false});
    }
    i = j;
  }
  return tokens;
}

struct MonthName {
  std::string_view name;
  int month;
};

// Full names in English, French and Spanish (with and without accents), and the usual
// abbreviations. Three-letter abbreviations shared by languages agree on the month.
constexpr std::array k_months = {
    MonthName{"january", 1},    MonthName{"jan", 1},        MonthName{"janvier", 1},
    MonthName{"enero", 1},      MonthName{"february", 2},   MonthName{"feb", 2},
    MonthName{"février", 2},    MonthName{"fevrier", 2},    MonthName{"févr", 2},
    MonthName{"febrero", 2},    MonthName{"march", 3},      MonthName{"mar", 3},
    MonthName{"mars", 3},       MonthName{"marzo", 3},      MonthName{"april", 4},
    MonthName{"apr", 4},        MonthName{"avril", 4},      MonthName{"avr", 4},
    MonthName{"abril", 4},      MonthName{"may", 5},        MonthName{"mai", 5},
    MonthName{"mayo", 5},       MonthName{"june", 6},       MonthName{"jun", 6},
    MonthName{"juin", 6},       MonthName{"junio", 6},      MonthName{"july", 7},
    MonthName{"jul", 7},        MonthName{"juillet", 7},    MonthName{"juil", 7},
    MonthName{"julio", 7},      MonthName{"august", 8},     MonthName{"aug", 8},
    MonthName{"août", 8},       MonthName{"aout", 8},       MonthName{"agosto", 8},
    MonthName{"september", 9},  MonthName{"sep", 9},        MonthName{"sept", 9},
    MonthName{"septembre", 9},  MonthName{"septiembre", 9}, MonthName{"setiembre", 9},
    MonthName{"october", 10},   MonthName{"oct", 10},       MonthName{"octobre", 10},
    MonthName{"octubre", 10},   MonthName{"november", 11},  MonthName{"nov", 11},
    MonthName{"novembre", 11},  MonthName{"noviembre", 11}, MonthName{"december", 12},
    MonthName{"dec", 12},       MonthName{"décembre", 12},  MonthName{"decembre", 12},
    MonthName{"diciembre", 12}, MonthName{"déc", 12},       MonthName{"dic", 12},
};

/// For each ASCII initial 'a' + n, bit k set when some month name of k bytes starts with it:
/// a word whose initial and length no name has ("survey", "mandate") is no month, and most
/// words are ruled out so, before any folding.
constexpr std::array<std::uint16_t, 26> k_month_lengths_by_initial = [] {
  std::array<std::uint16_t, 26> lengths{};
  for (const auto& month : k_months) {
    lengths[static_cast<std::size_t>(month.name.front() - 'a')] |=
        static_cast<std::uint16_t>(1u << month.name.size());
  }
  return lengths;
}();

std::optional<int> month_of(const Token& token) {
  // The longest name is ten bytes ("septiembre"); most words are ruled out here, before
  // any folding.
  constexpr std::size_t k_longest_name = 10;
  if (!token.word || token.text.size() < 3 || token.text.size() > k_longest_name) {
    return std::nullopt;
  }
  // "May" is a month, "may" mostly a verb: month names are capitalised in English, and
  // lower-case ones are accepted only where French and Spanish write them so.
  // No month name has this initial and length: most words end here, before folding.
  const char initial = ascii::to_lower(token.text[0]);
  if (!ascii::is_lower(initial) ||
      ((k_month_lengths_by_initial[static_cast<std::size_t>(initial - 'a')] >> token.text.size()) &
       1) == 0) {
    return std::nullopt;
  }
  std::array<char, k_longest_name> buffer{};
  for (std::size_t i = 0; i < token.text.size(); ++i) {
    buffer[i] = ascii::to_lower(token.text[i]);
  }
  const std::string_view folded(buffer.data(), token.text.size());
  for (const auto& month : k_months) {
    // Length and first letter first: most names are ruled out without a comparison call.
    if (month.name.size() == folded.size() && month.name.front() == folded.front() &&
        folded == month.name) {
      if (folded == "may" && token.text[0] != 'M') {
        return std::nullopt;
      }
      if (folded == "mar" && token.text[0] != 'M') {
        return std::nullopt;
      }
      return month.month;
    }
  }
  return std::nullopt;
}

std::optional<int> number_of(const Token& token, std::size_t min_digits, std::size_t max_digits) {
  if (!token.number || token.text.size() < min_digits || token.text.size() > max_digits) {
    return std::nullopt;
  }
  int value = 0;
  for (char c : token.text) {
    value = value * 10 + (c - '0');
  }
  return value;
}

std::optional<int> year_of(const Token& token) {
  auto year = number_of(token, 4, 4);
  if (year && *year >= 1800 && *year <= 2199) {
    return year;
  }
  return std::nullopt;
}

std::optional<int> day_of(const Token& token) {
  auto day = number_of(token, 1, 2);
  if (day && *day >= 1 && *day <= 31) {
    return day;
  }
  return std::nullopt;
}

/// Reads tokens from a position, skipping the small words and marks dates carry.
class Cursor {
 public:
  Cursor(const std::vector<Token>& tokens, std::size_t at) : m_tokens(tokens), m_at(at) {}
  const Token* peek() const { return m_at < m_tokens.size() ? &m_tokens[m_at] : nullptr; }
  const Token* next() { return m_at < m_tokens.size() ? &m_tokens[m_at++] : nullptr; }
  std::size_t at() const { return m_at; }
  /// Skips one token if it is `text` (lower case; the token in any case).
  bool skip(std::string_view text) {
    if (const Token* token = peek(); token != nullptr && ascii::equals_folded(token->text, text)) {
      ++m_at;
      return true;
    }
    return false;
  }
  /// Skips an ordinal suffix glued or not to a day: "1st", "2nd", "1er", "3rd", "4th".
  void skip_ordinal() {
    for (std::string_view suffix : {"st", "nd", "rd", "th", "er", "o", "º"}) {
      if (const Token* token = peek();
          token != nullptr && token->text == suffix && token->begin == previous_end()) {
        ++m_at;
        return;
      }
    }
  }
  /// Skips a '.' right after an abbreviated month ("Sept.").
  void skip_dot() {
    if (const Token* token = peek();
        token != nullptr && token->text == "." && token->begin == previous_end()) {
      ++m_at;
    }
  }
  std::size_t previous_end() const {
    if (m_at == 0) {
      return 0;
    }
    const Token& token = m_tokens[m_at - 1];
    return token.begin + token.text.size();
  }

 private:
  const std::vector<Token>& m_tokens;
  std::size_t m_at;
};

/// Tries every form at token `at`; returns the date and the index after it.
std::optional<std::pair<FoundDate, std::size_t>> date_at(const std::vector<Token>& tokens,
                                                         std::size_t at) {
  const Token& first = tokens[at];
  FoundDate date;
  date.begin = first.begin;

  // 2013-04-15, 2013/04/15
  if (auto year = year_of(first)) {
    Cursor c(tokens, at + 1);
    const Token* sep = c.next();
    const Token* month = c.next();
    const Token* sep2 = c.next();
    const Token* day = c.next();
    if (sep && month && sep2 && day && (sep->text == "-" || sep->text == "/") &&
        sep2->text == sep->text && number_of(*month, 1, 2) && day_of(*day)) {
      const int m = *number_of(*month, 1, 2);
      if (m >= 1 && m <= 12) {
        date.year = *year;
        date.month = m;
        date.day = *day_of(*day);
        date.end = day->begin + day->text.size();
        return std::pair{date, c.at()};
      }
    }
    // (2020, May 3): APA puts the year first.
    Cursor apa(tokens, at + 1);
    if (apa.skip(",")) {
      if (const Token* m = apa.next(); m && month_of(*m)) {
        apa.skip_dot();
        date.year = *year;
        date.month = *month_of(*m);
        date.end = m->begin + m->text.size();
        if (const Token* d = apa.peek(); d && day_of(*d)) {
          date.day = *day_of(*d);
          date.end = d->begin + d->text.size();
          apa.next();
        }
        return std::pair{date, apa.at()};
      }
    }
    return std::nullopt;
  }

  // 15 April 2013, 1er mars 2015, 3 de marzo de 2025, 24 June; 15.04.2013, 15/04/2013
  if (auto day = day_of(first)) {
    Cursor c(tokens, at + 1);
    c.skip_ordinal();
    c.skip("of");
    c.skip("de");
    if (const Token* m = c.peek(); m && month_of(*m)) {
      c.next();
      c.skip_dot();
      date.day = *day;
      date.month = *month_of(*m);
      date.end = m->begin + m->text.size();
      Cursor y(tokens, c.at());
      y.skip(",");
      y.skip("de");
      if (const Token* year = y.peek(); year && year_of(*year)) {
        y.next();
        date.year = *year_of(*year);
        date.end = year->begin + year->text.size();
        return std::pair{date, y.at()};
      }
      return std::pair{date, c.at()};
    }
    Cursor n(tokens, at + 1);
    const Token* sep = n.next();
    const Token* month = n.next();
    const Token* sep2 = n.next();
    const Token* year = n.next();
    if (sep && month && sep2 && year && (sep->text == "." || sep->text == "/") &&
        sep2->text == sep->text && number_of(*month, 1, 2) && year_of(*year)) {
      int d = *day;
      int m = *number_of(*month, 1, 2);
      if (sep->text == "/" && m <= 12 && d <= 12) {
        return std::nullopt;  // 04/05/2013: day-month or month-day, nothing tells which
      }
      if (sep->text == "/" && m > 12 && d <= 12) {
        std::swap(d, m);  // 04/15/2013 is American month-day
      }
      if (m >= 1 && m <= 12) {
        date.day = d;
        date.month = m;
        date.year = *year_of(*year);
        date.end = year->begin + year->text.size();
        return std::pair{date, n.at()};
      }
    }
    return std::nullopt;
  }

  // April 15, 2013; April 3 (2019); March 2015; Sept. 5 2020
  if (auto month = month_of(first)) {
    Cursor c(tokens, at + 1);
    c.skip_dot();
    date.month = *month;
    if (const Token* d = c.peek(); d && day_of(*d) && !year_of(*d)) {
      c.next();
      c.skip_ordinal();
      date.day = *day_of(*d);
      date.end = d->begin + d->text.size();
      Cursor y(tokens, c.at());
      y.skip(",");
      const bool paren = y.skip("(");
      if (const Token* year = y.peek(); year && year_of(*year)) {
        y.next();
        if (paren) {
          y.skip(")");
        }
        date.year = *year_of(*year);
        date.end = paren ? y.previous_end() : year->begin + year->text.size();
        return std::pair{date, y.at()};
      }
      return std::pair{date, c.at()};
    }
    Cursor y(tokens, c.at());
    y.skip(",");
    if (const Token* year = y.peek(); year && year_of(*year)) {
      y.next();
      date.year = *year_of(*year);
      date.end = year->begin + year->text.size();
      return std::pair{date, y.at()};
    }
  }
  return std::nullopt;
}

bool preceded_by_access_word(std::string_view text, std::size_t begin) {
  constexpr std::array<std::string_view, 15> k_words{
      "accessed",    "retrieved",   "viewed",      "consulted",    "visited",
      "access date", "accessdate",  "archivedate", "archive-date", "access-date",
      "consulté",    "consulte le", "consultado",  "downloaded",   "archived"};
  // The word must be the last thing before the date, give or take "on" and punctuation:
  // only the bytes the longest word and that slack can cover are looked at.
  constexpr std::size_t k_slack = 6;
  constexpr std::size_t k_window =
      k_slack + std::max_element(k_words.begin(), k_words.end(), [](auto a, auto b) {
                  return a.size() < b.size();
                })->size();
  const std::size_t from = begin > k_window ? begin - k_window : 0;
  // Folded into a buffer on the stack: this is asked for every date found.
  std::array<char, k_window> buffer{};
  for (std::size_t i = from; i < begin; ++i) {
    buffer[i - from] = ascii::to_lower(text[i]);
  }
  const std::string_view before(buffer.data(), begin - from);
  for (std::string_view word : k_words) {
    const auto hit = before.rfind(word);
    if (hit != std::string::npos && before.size() - (hit + word.size()) <= k_slack) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::string FoundDate::iso() const {
  if (year == 0) {
    return "";
  }
  char buffer[16];
  if (month == 0) {
    std::snprintf(buffer, sizeof buffer, "%04d", year);
  } else if (day == 0) {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month);
  } else {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  }
  return buffer;
}

std::vector<FoundDate> find_dates(std::string_view text) {
  const auto tokens = tokenize(text);
  std::vector<FoundDate> dates;
  std::size_t i = 0;
  while (i < tokens.size()) {
    // A number glued to what comes before it is part of something else ("S/2014/692").
    const std::size_t begin = tokens[i].begin;
    const bool glued = begin > 0 && (ascii::is_alnum(text[begin - 1]) || text[begin - 1] == '/' ||
                                     text[begin - 1] == '-');
    if (glued) {
      ++i;
      continue;
    }
    if (auto found = date_at(tokens, i)) {
      auto [date, next] = *found;
      date.access = preceded_by_access_word(text, date.begin);
      dates.push_back(date);
      i = std::max(next, i + 1);
    } else {
      ++i;
    }
  }
  // A bare year in parentheses ("Bombande and van Tuijl (2014)") is a date too. It is
  // checked against the dates found above only: the first `found` entries, sorted by position
  // (the pass above walks the text in order).
  const std::size_t found = dates.size();
  for (std::size_t k = 0; k + 2 < tokens.size(); ++k) {
    if (tokens[k].text == "(" && year_of(tokens[k + 1]) && tokens[k + 2].text == ")") {
      const std::size_t begin = tokens[k].begin;
      const auto first = dates.begin();
      const auto last = first + static_cast<std::ptrdiff_t>(found);
      const auto after = std::upper_bound(
          first, last, begin + 1, [](std::size_t at, const FoundDate& d) { return at < d.begin; });
      const bool inside = after != first && begin < std::prev(after)->end;
      if (!inside) {
        FoundDate year;
        year.begin = begin;
        year.end = tokens[k + 2].begin + 1;
        year.year = *year_of(tokens[k + 1]);
        year.access = preceded_by_access_word(text, begin);
        dates.push_back(year);
      }
    }
  }
  std::sort(dates.begin(), dates.end(),
            [](const FoundDate& a, const FoundDate& b) { return a.begin < b.begin; });
  return dates;
}

}  // namespace citecheck::plugins::news

#include "split/generic_fields.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>

#include "split/patterns.hpp"
#include "text/byte_scan.hpp"

namespace citecheck::split {
namespace {

enum class QuoteRole { open, close, either };

struct QuoteMark {
  std::size_t pos = 0;
  std::size_t len = 0;
  QuoteRole role = QuoteRole::open;
};

bool closes_context(std::string_view s, std::size_t after) {
  if (after >= s.size())
    return true;
  const char c = s[after];
  return is_space(c) || c == ',' || c == '.' || c == ';' || c == ':' || c == ')' || c == '?' ||
         c == '!' || c == ']' || c == '\'' || c == '"' || static_cast<unsigned char>(c) >= 0x80;
}

bool opens_context(std::string_view s, std::size_t pos) {
  return pos == 0 || is_space(s[pos - 1]) || s[pos - 1] == '(' || s[pos - 1] == '[' ||
         static_cast<unsigned char>(s[pos - 1]) >= 0x80;
}

std::vector<QuoteMark> quote_marks(std::string_view s) {
  std::vector<QuoteMark> marks;
  // From candidate to candidate, eight bytes at a time: most bytes of a note are none.
  const auto next = [s](std::size_t from) { return text::find_pair_or_high(s, from, '"', '\''); };
  for (std::size_t i = next(0); i < s.size(); i = next(i + 1)) {
    const char c = s[i];
    if (c == '"' || c == '\'') {
      const bool can_open = opens_context(s, i) && i + 1 < s.size() && !is_space(s[i + 1]);
      const bool can_close = i > 0 && !is_space(s[i - 1]) && closes_context(s, i + 1);
      if (c == '\'' && i > 0 && is_word_byte(s[i - 1]) && i + 1 < s.size() &&
          is_word_byte(s[i + 1])) {
        continue;  // apostrophe
      }
      if (can_open && can_close) {
        marks.push_back({i, 1, QuoteRole::either});
      } else if (can_open) {
        marks.push_back({i, 1, QuoteRole::open});
      } else if (can_close) {
        marks.push_back({i, 1, QuoteRole::close});
      }
      continue;
    }
    if (static_cast<unsigned char>(c) < 0x80)
      continue;
    bool done = false;
    for (std::string_view q : patterns::k_open_quotes) {
      if (matches_at(s, i, q)) {
        // A left mark glued to the word before is an OCR apostrophe, not an opening.
        if (i == 0 || !is_alnum(s[i - 1]))
          marks.push_back({i, q.size(), QuoteRole::open});
        i += q.size() - 1;
        done = true;
        break;
      }
    }
    if (done)
      continue;
    for (std::string_view q : patterns::k_close_quotes) {
      if (matches_at(s, i, q)) {
        const std::size_t after = i + q.size();
        const bool apostrophe = q == "\u2019" && after < s.size() && is_word_byte(s[after]) &&
                                i > 0 && is_word_byte(s[i - 1]);
        if (!apostrophe)
          marks.push_back({i, q.size(), QuoteRole::close});
        i += q.size() - 1;
        break;
      }
    }
  }
  return marks;
}

}  // namespace

std::vector<QuotedSpan> find_quoted_spans(std::string_view s) {
  std::vector<QuotedSpan> spans;
  const std::vector<QuoteMark> marks = quote_marks(s);
  std::size_t depth = 0;
  std::size_t start = 0;
  std::size_t start_len = 0;
  std::size_t inner_close = 0;  // last close of a nested quote + 1, a fallback end; 0 = none
  for (std::size_t m = 0; m < marks.size(); ++m) {
    const QuoteMark& mark = marks[m];
    const bool can_open = mark.role != QuoteRole::close;
    const bool can_close = mark.role != QuoteRole::open;
    if (depth == 0) {
      if (!can_open)
        continue;
      depth = 1;
      start = mark.pos;
      start_len = mark.len;
      inner_close = 0;
      continue;
    }
    if (can_close && (depth == 1 || mark.role == QuoteRole::close)) {
      if (depth > 1) {
        bool later_close = false;
        for (std::size_t k = m + 1; k < marks.size(); ++k) {
          if (marks[k].role != QuoteRole::open)
            later_close = true;
        }
        const std::size_t after = mark.pos + mark.len;
        const bool punct =
            after < s.size() && (s[after] == ',' || s[after] == ';' || s[after] == '.');
        // Titles hold no URLs: when one comes before the next closing mark, this mark ends
        // every open quote.
        std::size_t next_close = s.size();
        for (std::size_t k = m + 1; k < marks.size(); ++k) {
          if (marks[k].role != QuoteRole::open) {
            next_close = marks[k].pos;
            break;
          }
        }
        const std::string_view between = s.substr(after, next_close - after);
        const bool url_between = between.find("://") != std::string_view::npos ||
                                 find_ci(between, "www.") != std::string_view::npos;
        if (!(punct && (!later_close || url_between))) {
          --depth;
          inner_close = m + 1;
          continue;
        }
      }
      spans.push_back({{start, mark.pos + mark.len}, {start + start_len, mark.pos}});
      depth = 0;
      continue;
    }
    if (can_open)
      ++depth;
  }
  if (depth > 0 && inner_close > 0) {
    const QuoteMark& mark = marks[inner_close - 1];
    spans.push_back({{start, mark.pos + mark.len}, {start + start_len, mark.pos}});
  }
  return spans;
}

std::string DateHit::iso() const {
  char buffer[48];
  if (month > 0 && day > 0) {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  } else if (month > 0) {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month);
  } else {
    std::snprintf(buffer, sizeof buffer, "%04d", year);
  }
  return buffer;
}

namespace {

// Whether sorted_ranges would give `ranges` back unchanged: none ends before it begins, and
// each begins after the one before ends (so the sort keeps the order and nothing merges).
bool already_sorted(const std::vector<Range>& ranges) {
  for (std::size_t k = 0; k < ranges.size(); ++k) {
    if (ranges[k].end < ranges[k].begin || (k > 0 && ranges[k].begin <= ranges[k - 1].end))
      return false;
  }
  return true;
}

bool in_any(const std::vector<Range>& sorted, std::size_t pos) {
  auto it = std::upper_bound(sorted.begin(), sorted.end(), pos,
                             [](std::size_t p, const Range& r) { return p < r.begin; });
  if (it == sorted.begin())
    return false;
  --it;
  return it->contains(pos);
}

// Digits at `pos` (up to `max` of them); returns count read and value.
std::size_t read_number(std::string_view s, std::size_t pos, std::size_t max, int& value) {
  std::size_t n = 0;
  value = 0;
  while (pos + n < s.size() && is_digit(s[pos + n]) && n < max + 1) {
    value = value * 10 + (s[pos + n] - '0');
    ++n;
  }
  if (n == 0 || n > max)
    return 0;
  if (pos + n < s.size() && is_word_byte(s[pos + n]))
    return 0;
  return n;
}

bool plausible_year(int y) {
  return y >= 1500 && y <= 2099;
}

// Bit n set: some month name starts with the letter 'a' + n.
constexpr std::uint32_t k_month_initials = [] {
  std::uint32_t bits = 0;
  for (const auto& m : patterns::k_months)
    bits |= std::uint32_t{1} << (m.name.front() - 'a');
  return bits;
}();

// Month name at `pos` (capitalised, as a word, optional '.'); returns length consumed.
std::size_t read_month(std::string_view s, std::size_t pos, int& month) {
  if (pos >= s.size() || !is_upper(s[pos]))
    return 0;
  if (pos > 0 && is_word_byte(s[pos - 1]))
    return 0;
  std::size_t best = 0;
  const char first = to_lower(s[pos]);
  // Most capitalised words start with a letter no month name starts with.
  if (((k_month_initials >> (first - 'a')) & 1) == 0)
    return 0;
  for (const auto& m : patterns::k_months) {
    // The first letter rules most names out before a whole comparison.
    if (m.name.size() > best && to_lower(m.name.front()) == first && word_at(s, pos, m.name)) {
      best = m.name.size();
      month = m.month;
    }
  }
  if (best > 0 && pos + best < s.size() && s[pos + best] == '.')
    ++best;
  return best;
}

std::size_t skip_spaces(std::string_view s, std::size_t pos) {
  while (pos < s.size() && s[pos] == ' ')
    ++pos;
  return pos;
}

bool labelled_number(std::string_view s, std::size_t pos) {
  std::size_t b = pos;
  while (b > 0 && s[b - 1] == ' ')
    --b;
  for (std::string_view label : patterns::k_number_labels) {
    if (b >= label.size() && matches_at(s, b - label.size(), label) &&
        (b == label.size() || !is_word_byte(s[b - label.size() - 1]))) {
      return true;
    }
  }
  return false;
}

bool after_access_label(std::string_view s, std::size_t pos) {
  const std::size_t from = pos > 30 ? pos - 30 : 0;
  const std::string_view window = s.substr(from, pos - from);
  for (std::string_view label : patterns::k_access_labels) {
    if (find_word(window, label) != std::string_view::npos)
      return true;
  }
  return false;
}

}  // namespace

std::vector<DateHit> find_dates(std::string_view s, const std::vector<Range>& excluded_ranges) {
  // Most notes' ranges come sorted: they are used as they are, not copied.
  std::vector<Range> merged;
  const std::vector<Range>& excluded =
      already_sorted(excluded_ranges) ? excluded_ranges : (merged = merged_ranges(excluded_ranges));
  std::vector<DateHit> hits;
  std::size_t i = 0;
  std::size_t next_excluded = 0;  // the first excluded range not wholly behind `i`
  while (i < s.size()) {
    // An excluded range (a URL, a quoted title) is stepped over at once; `i` only grows,
    // so the ranges are walked in order instead of searched at every word.
    while (next_excluded < excluded.size() && excluded[next_excluded].end <= i)
      ++next_excluded;
    if (next_excluded < excluded.size() && excluded[next_excluded].begin <= i) {
      i = excluded[next_excluded].end;
      continue;
    }
    if ((i > 0 && is_word_byte(s[i - 1])) || !is_word_byte(s[i])) {
      ++i;
      continue;
    }
    if (!is_digit(s[i]) && !is_upper(s[i])) {
      // Every date starts with a digit or a capitalised month: the word is stepped over.
      while (i < s.size() && is_word_byte(s[i]))
        ++i;
      continue;
    }
    DateHit hit;
    std::size_t end = 0;
    int a = 0;
    int month = 0;
    if (std::size_t n = read_number(s, i, 2, a); n > 0 && a >= 1 && a <= 31) {
      // "30 September 2014"
      std::size_t p = skip_spaces(s, i + n);
      if (std::size_t m = read_month(s, p, month); m > 0 && p > i + n) {
        std::size_t q = skip_spaces(s, p + m);
        int y = 0;
        if (std::size_t k = read_number(s, q, 4, y); k == 4 && plausible_year(y) && q > p + m) {
          hit = {{i, q + 4}, y, month, a, false};
          end = q + 4;
        }
      }
    } else if (std::size_t m = read_month(s, i, month); m > 0) {
      std::size_t p = skip_spaces(s, i + m);
      int d = 0;
      int y = 0;
      if (std::size_t k = read_number(s, p, 2, d); k > 0 && d >= 1 && d <= 31 && p > i + m) {
        // "June 19, 2014", "April 3 (2019)"
        std::size_t q = p + k;
        if (q < s.size() && s[q] == ',')
          ++q;
        q = skip_spaces(s, q);
        const bool paren = q < s.size() && s[q] == '(';
        if (paren)
          ++q;
        if (read_number(s, q, 4, y) == 4 && plausible_year(y)) {
          end = q + 4 + (paren && q + 4 < s.size() && s[q + 4] == ')' ? 1 : 0);
          hit = {{i, end}, y, month, d, false};
        }
      } else if (read_number(s, p, 4, y) == 4 && plausible_year(y) && p > i + m) {
        hit = {{i, p + 4}, y, month, 0, false};  // "October 2014"
        end = p + 4;
      }
    } else if (read_number(s, i, 4, a) == 4 && plausible_year(a)) {
      const bool in_identifier = i > 0 && (s[i - 1] == '/' || s[i - 1] == '-' || s[i - 1] == '.');
      int m2 = 0;
      int d2 = 0;
      if (i + 10 <= s.size() && s[i + 4] == '-' && read_number(s, i + 5, 2, m2) == 2 &&
          s[i + 7] == '-' && read_number(s, i + 8, 2, d2) == 2 && m2 >= 1 && m2 <= 12) {
        hit = {{i, i + 10}, a, m2, d2, false};  // ISO date
        end = i + 10;
      } else if (!in_identifier && !labelled_number(s, i)) {
        int later = 0;
        if (i + 9 <= s.size() && s[i + 4] == '/' && read_number(s, i + 5, 4, later) == 4 &&
            plausible_year(later) && later > a && later - a < 10) {
          hit = {{i, i + 9}, later, 0, 0, false};  // "2013/2014": the later year
          end = i + 9;
        } else if (i + 4 >= s.size() || (s[i + 4] != '/' && s[i + 4] != '-')) {
          hit = {{i, i + 4}, a, 0, 0, false};
          end = i + 4;
        }
      }
    }
    if (end > 0) {
      hit.access = after_access_label(s, i);
      hits.push_back(hit);
      i = end;
    } else {
      while (i < s.size() && is_word_byte(s[i]))
        ++i;
    }
  }
  return hits;
}

std::optional<PublisherInfo> find_publisher(std::string_view s,
                                            const std::vector<Range>& excluded) {
  for (std::size_t open = s.find('('); open != std::string_view::npos;
       open = s.find('(', open + 1)) {
    if (in_any(excluded, open))
      continue;
    const std::size_t close = s.find(')', open);
    if (close == std::string_view::npos)
      break;
    const std::string_view group = s.substr(open + 1, close - open - 1);
    if (group.find('(') != std::string_view::npos)
      continue;
    const std::vector<DateHit> dates = find_dates(group);
    if (dates.empty() || dates.back().range.end != group.size())
      continue;
    std::string_view name = trim(group.substr(0, dates.back().range.begin));
    const bool city_only = name.ends_with(':');  // "(Chicago: 1996)"
    while (!name.empty() && (name.back() == ',' || name.back() == ':' || name.back() == ';')) {
      name.remove_suffix(1);
      name = trim(name);
    }
    PublisherInfo info;
    info.range = {open, close + 1};
    const std::size_t colon = name.find(':');
    if (city_only && colon == std::string_view::npos) {
      info.city = std::string(name);
    } else if (colon != std::string_view::npos) {
      info.city = std::string(trim(name.substr(0, colon)));
      info.publisher = std::string(trim(name.substr(colon + 1)));
    } else {
      info.publisher = std::string(name);
    }
    // A name: starts with a capital, is not the date itself.
    if (!info.publisher.empty() && !is_upper(info.publisher.front()) &&
        static_cast<unsigned char>(info.publisher.front()) < 0x80) {
      continue;
    }
    if (info.publisher.empty() && info.city.empty())
      continue;
    return info;
  }
  return std::nullopt;
}

std::string clean_title(std::string_view quoted) {
  std::string_view title = trim(quoted);
  const std::size_t site = title.rfind(patterns::k_title_site_separator);
  if (site != std::string_view::npos && site > 0)
    title = trim(title.substr(0, site));
  while (!title.empty() && (title.back() == ',' || title.back() == ';' || title.back() == ':')) {
    title.remove_suffix(1);
    title = trim(title);
  }
  return std::string(title);
}

void fill_generic_fields(Citation& citation, const std::vector<Range>& url_ranges,
                         bool latest_date) {
  const std::string_view raw = citation.raw;
  const std::vector<QuotedSpan> quotes = find_quoted_spans(raw);
  std::vector<Range> merged_urls;
  const std::vector<Range>& sorted_urls =
      already_sorted(url_ranges) ? url_ranges : (merged_urls = merged_ranges(url_ranges));
  std::vector<Range> excluded = url_ranges;
  for (const QuotedSpan& quote : quotes) {
    if (in_any(sorted_urls, quote.outer.begin))
      continue;
    if (citation.title.empty()) {
      std::string title =
          clean_title(raw.substr(quote.inner.begin, quote.inner.end - quote.inner.begin));
      bool has_letter = false;
      for (char c : title)
        has_letter = has_letter || is_ascii_alpha(c);
      if (has_letter)
        citation.title = std::move(title);
    }
    excluded.push_back(quote.outer);
  }
  const std::vector<DateHit> dates = find_dates(raw, excluded);
  const DateHit* issued = nullptr;
  for (const DateHit& hit : dates) {
    if (hit.access) {
      if (citation.accessed.empty() && hit.day > 0)
        citation.accessed = hit.iso();
      continue;
    }
    if (issued == nullptr) {
      issued = &hit;
    } else if (latest_date && (hit.year > issued->year ||
                               (hit.year == issued->year &&
                                hit.month * 32 + hit.day > issued->month * 32 + issued->day))) {
      issued = &hit;
    }
  }
  if (issued != nullptr && citation.issued.empty())
    citation.issued = issued->iso();
  if (citation.publisher.empty()) {
    if (auto info = find_publisher(raw, url_ranges))
      citation.publisher = info->publisher;
  }
}

}  // namespace citecheck::split

#include "split/boundaries.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>

#include "split/back_reference.hpp"
#include "split/patterns.hpp"
#include "text/byte_scan.hpp"

namespace citecheck::split {
namespace {

// Letters, then '/', then a digit somewhere in one token: document symbols and the like.
bool has_identifier(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && is_space(text[i]))
      ++i;
    const std::size_t begin = i;
    while (i < text.size() && !is_space(text[i]))
      ++i;
    const std::string_view token = text.substr(begin, i - begin);
    const std::size_t slash = token.find('/');
    if (slash == std::string_view::npos || slash == 0)
      continue;
    if (!is_upper(token[0]))
      continue;
    if (std::any_of(token.begin() + static_cast<long>(slash), token.end(), is_digit))
      return true;
  }
  return false;
}

// The sentence before `pos` has ended: '.', optionally followed by a closing quote or ')'.
bool after_sentence_end(std::string_view text, std::size_t pos) {
  std::size_t end = pos;
  while (end > 0 && text[end - 1] == ' ')
    --end;
  if (end == pos || end == 0)
    return false;
  if (text[end - 1] != '.') {
    if (static_cast<unsigned char>(text[end - 1]) >= 0x80) {
      while (end > 0 && (static_cast<unsigned char>(text[end - 1]) & 0xC0) == 0x80)
        --end;
      if (end > 0)
        --end;  // the lead byte of a closing quote
    } else if (text[end - 1] == ')' || text[end - 1] == '"' || text[end - 1] == '\'') {
      --end;
    } else {
      return false;
    }
    if (end == 0 || text[end - 1] != '.')
      return false;
  }
  // "p." or "No." end abbreviations, not sentences: the token before '.' must be long.
  std::size_t b = end - 1;
  while (b > 0 && !is_space(text[b - 1]))
    --b;
  return end - 1 - b >= 3 || (end - 1 > b && is_digit(text[end - 2]));
}

bool internal_reference(std::string_view rest) {
  std::size_t words = 0;
  std::size_t i = 0;
  while (i < rest.size() && words < 8) {
    while (i < rest.size() && (is_space(rest[i]) || rest[i] == ','))
      ++i;
    const std::size_t begin = i;
    while (i < rest.size() && !is_space(rest[i]))
      ++i;
    std::string word = lower(rest.substr(begin, i - begin));
    while (!word.empty() && (word.back() == ',' || word.back() == ';'))
      word.pop_back();
    for (std::string_view internal : patterns::k_internal_reference_words) {
      if (word == internal)
        return true;
    }
    ++words;
  }
  return false;
}

/// The bytes citation_boundaries acts on: '(' ')' '{' '}' ';' and 'A'-'Z'.
constexpr auto k_boundary_bytes = [] {
  std::array<bool, 256> acts{};
  for (const char c : std::string_view("(){};"))
    acts[static_cast<unsigned char>(c)] = true;
  for (char c = 'A'; c <= 'Z'; ++c)
    acts[static_cast<unsigned char>(c)] = true;
  return acts;
}();

/// Offset of the first byte of k_boundary_bytes in `text` at or after `from`, or
/// text.size(). Eight bytes a step: most of a note is prose and URL bytes it passes over.
std::size_t next_boundary_byte(std::string_view text, std::size_t from) {
  std::size_t i = from;
  while (i < text.size() && text.size() - i >= 8) {
    const std::uint64_t v = text::load8(text.data() + i);
    const std::uint64_t hits = text::range_byte_bits(v, 'A', 'Z') |
                               text::range_byte_bits(v, '(', ')') | text::equal_byte_bits(v, ';') |
                               text::equal_byte_bits(v, '{') | text::equal_byte_bits(v, '}');
    if (hits != 0)
      return i + static_cast<std::size_t>(std::countr_zero(hits)) / 8;
    i += 8;
  }
  while (i < text.size() && !k_boundary_bytes[static_cast<unsigned char>(text[i])])
    ++i;
  return i;
}

/// No range ends before it begins, and each starts at or after the end of the one before:
/// walkable as they are.
bool sorted_and_disjoint(const std::vector<Range>& ranges) {
  for (std::size_t k = 0; k < ranges.size(); ++k) {
    if (ranges[k].end < ranges[k].begin || (k > 0 && ranges[k].begin < ranges[k - 1].end))
      return false;
  }
  return true;
}

struct Cut {
  std::size_t end = 0;         // the left part ends here
  std::size_t next_begin = 0;  // the right part begins here
  bool lead = false;           // opened by a lead phrase (else ';')
};

std::size_t word_count(std::string_view text) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    if (is_space(c)) {
      in_word = false;
    } else if (!in_word) {
      in_word = true;
      ++words;
    }
  }
  return words;
}

}  // namespace

bool has_source_evidence(std::string_view text, const std::vector<Range>& urls) {
  if (!urls.empty())
    return true;
  if (parse_back_reference(text))
    return true;
  if (!find_quoted_spans(text).empty())
    return true;
  if (!find_dates(text).empty())
    return true;
  return has_identifier(text);
}

std::vector<Range> citation_boundaries(std::string_view text, std::size_t limit,
                                       const std::vector<Range>& urls) {
  limit = std::min(limit, text.size());
  // URL bytes are told by walking the URLs' union along with the scan (whose position only
  // grows), not by a mask of the whole note filled byte by byte.
  std::vector<Range> merged_urls;
  const std::vector<Range>& url_union =
      sorted_and_disjoint(urls) ? urls : (merged_urls = merged_ranges(urls));
  std::size_t next_url = 0;
  const auto in_url = [&](std::size_t at) {
    while (next_url < url_union.size() && url_union[next_url].end <= at)
      ++next_url;
    return next_url < url_union.size() && url_union[next_url].begin <= at;
  };
  // Quotes matter only where a cut could fall: they are looked for when the first candidate
  // asks, so a note with none (most hold one source) is never searched for them.
  std::vector<char> quoted_bytes;
  const auto quoted = [&](std::size_t at) {
    if (quoted_bytes.empty()) {
      quoted_bytes.assign(limit, 0);
      for (const QuotedSpan& q : find_quoted_spans(text.substr(0, limit))) {
        for (std::size_t k = q.outer.begin; k < std::min(q.outer.end, limit); ++k)
          quoted_bytes[k] = 1;
      }
    }
    return quoted_bytes[at] != 0;
  };
  std::vector<Cut> cuts;
  int paren = 0;
  int braces = 0;  // inside a wiki template ({{cite news|title=A; B}}): one source
  const std::string_view scanned = text.substr(0, limit);
  for (std::size_t i = next_boundary_byte(scanned, 0); i < limit;
       i = next_boundary_byte(scanned, i + 1)) {
    const char c = text[i];
    // Only brackets, braces, ';' and capitals change the state or open a cut: every other
    // byte (most of the note) is passed over, eight at a time.
    if (in_url(i)) {
      continue;
    }
    if (c == '(')
      ++paren;
    if (c == ')' && paren > 0)
      --paren;
    if (c == '{' && i + 1 < limit && text[i + 1] == '{') {
      ++braces;
      ++i;
      continue;
    }
    if (c == '}' && braces > 0 && i + 1 < limit && text[i + 1] == '}') {
      --braces;
      ++i;
      continue;
    }
    if (paren > 0 || braces > 0) {
      continue;
    }
    if (c == ';') {
      if (quoted(i))
        continue;
      std::size_t next = i + 1;
      while (next < limit && text[next] == ' ')
        ++next;
      cuts.push_back({i, next, false});
      continue;
    }
    if (!is_upper(c) || i == 0 || text[i - 1] != ' ' || !after_sentence_end(text, i) || quoted(i))
      continue;
    for (std::string_view lead : patterns::k_new_source_leads) {
      if (!word_at(text, i, lead) || !is_upper(text[i]))
        continue;
      if (!internal_reference(text.substr(i + lead.size(), limit - i - lead.size()))) {
        std::size_t end = i;
        while (end > 0 && text[end - 1] == ' ')
          --end;
        cuts.push_back({end, i, true});
      }
      break;
    }
  }

  // Evidence per piece between candidate cuts, computed once: a citation has evidence when
  // any of its pieces has (keeps the scan linear however many ';' a note holds).
  const auto piece_evidence = [&](std::size_t begin, std::size_t end) {
    if (end <= begin)
      return false;
    const auto url =
        std::lower_bound(urls.begin(), urls.end(), begin,
                         [](const Range& r, std::size_t pos) { return r.begin < pos; });
    if (url != urls.end() && url->begin < end)
      return true;
    return has_source_evidence(text.substr(begin, end - begin), {});
  };
  std::vector<Range> ranges;
  std::size_t start = 0;
  // Without a candidate cut the note is one citation: no piece's evidence is asked.
  bool left_ok = !cuts.empty() && piece_evidence(0, cuts[0].end);
  for (std::size_t k = 0; k < cuts.size(); ++k) {
    const Cut& cut = cuts[k];
    const std::size_t right_end = k + 1 < cuts.size() ? cuts[k + 1].end : limit;
    const bool right_has = piece_evidence(cut.next_begin, right_end);
    const bool right_ok =
        right_has || (cut.lead && right_end > cut.next_begin &&
                      word_count(text.substr(cut.next_begin, right_end - cut.next_begin)) >= 4);
    if (left_ok && right_ok && cut.next_begin < right_end) {
      ranges.push_back({start, cut.end});
      start = cut.next_begin;
      left_ok = right_has;
    } else {
      left_ok = left_ok || right_has;
    }
  }
  ranges.push_back({start, limit});

  // Trim each range and drop a list joiner ("; and The White House, ...").
  std::vector<Range> trimmed;
  for (Range r : ranges) {
    while (r.begin < r.end && is_space(text[r.begin]))
      ++r.begin;
    while (r.end > r.begin && is_space(text[r.end - 1]))
      --r.end;
    for (std::string_view joiner : patterns::k_list_joiners) {
      if (r.end - r.begin > joiner.size() && matches_at(text, r.begin, joiner) &&
          is_lower(text[r.begin])) {
        r.begin += joiner.size();
        break;
      }
    }
    if (!r.empty())
      trimmed.push_back(r);
  }
  return trimmed;
}

}  // namespace citecheck::split

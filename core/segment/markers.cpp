#include "segment/markers.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>

#include "segment/continuation.hpp"
#include "segment/patterns.hpp"
#include "text/byte_scan.hpp"
#include "text/strings.hpp"
#include "text/utf8.hpp"

namespace citecheck::segmentation {
namespace {

constexpr int k_max_value = 999;

constexpr bool is_sentence_punct(char c) {
  return c == '.' || c == ',' || c == ';' || c == ':' || c == ')';
}

/// What glyph_at answers for each ASCII byte, read off the glyph lists once: 0 none, else
/// the kind; k_ascii_slow where a longer glyph starts with that byte.
constexpr int k_ascii_slow = -1;
struct AsciiGlyphKinds {
  std::array<int, 128> kind{};
  constexpr AsciiGlyphKinds() {
    for (int c = 0; c < 128; ++c) {
      const char ch = static_cast<char>(c);
      int k = 0;
      for (const std::string_view g : k_strong_marker_glyphs) {
        if (k == 0 && g.size() == 1 && g[0] == ch)
          k = 2;
      }
      if (k == 0 && k_weak_marker_glyphs.find(ch) != std::string_view::npos)
        k = 1;
      for (const std::string_view g : k_quote_marker_glyphs) {
        if (k == 0 && g.size() == 1 && g[0] == ch)
          k = 3;
      }
      if (k == 0 && is_sentence_punct(ch))
        k = 4;
      kind[static_cast<std::size_t>(c)] = k;
    }
    for (const std::string_view g : k_strong_marker_glyphs) {
      if (g.size() > 1 && static_cast<unsigned char>(g[0]) < 0x80)
        kind[static_cast<std::size_t>(g[0])] = k_ascii_slow;
    }
    for (const std::string_view g : k_quote_marker_glyphs) {
      if (g.size() > 1 && static_cast<unsigned char>(g[0]) < 0x80)
        kind[static_cast<std::size_t>(g[0])] = k_ascii_slow;
    }
  }
};
constexpr AsciiGlyphKinds k_ascii_glyphs;

// Length of the glyph (strong, weak or quote) at s[i], 0 when none. `kind`: 2 strong,
// 1 weak, 3 quote, 4 sentence punctuation.
std::size_t glyph_at(std::string_view s, std::size_t i, int* kind) {
  const auto byte = static_cast<unsigned char>(s[i]);
  if (byte < 0x80 && k_ascii_glyphs.kind[byte] != k_ascii_slow) {
    // Every word end asks this: a table answer instead of matching each glyph.
    *kind = k_ascii_glyphs.kind[byte];
    return *kind == 0 ? 0 : 1;
  }
  const std::string_view rest = s.substr(i);
  for (const std::string_view g : k_strong_marker_glyphs) {
    if (rest.starts_with(g)) {
      *kind = 2;
      return g.size();
    }
  }
  if (k_weak_marker_glyphs.find(s[i]) != std::string_view::npos) {
    *kind = 1;
    return 1;
  }
  for (const std::string_view g : k_quote_marker_glyphs) {
    if (rest.starts_with(g)) {
      *kind = 3;
      return g.size();
    }
  }
  if (is_sentence_punct(s[i])) {
    *kind = 4;
    return 1;
  }
  return 0;
}

/// window.rfind(needle), testing the first byte before comparing the rest: libstdc++
/// compares the whole needle at every position, and the window is 400 bytes long.
std::size_t last_occurrence(std::string_view window, std::string_view needle) {
  if (needle.empty() || needle.size() > window.size())
    return needle.empty() ? window.size() : std::string_view::npos;
  for (std::size_t i = window.size() - needle.size() + 1; i-- > 0;) {
    if (window[i] == needle.front() && window.substr(i, needle.size()) == needle)
      return i;
  }
  return std::string_view::npos;
}

bool has_opening_quote_before(std::string_view text, std::size_t offset) {
  const std::size_t from = offset > 400 ? offset - 400 : 0;
  const std::string_view window = text.substr(from, offset - from);
  for (const std::string_view q : k_opening_quotes) {
    const std::size_t open = last_occurrence(window, q);
    if (open == std::string_view::npos)
      continue;
    // An opening quote not closed before the candidate.
    const std::size_t close_a = last_occurrence(window, "\xE2\x80\x99");
    const std::size_t close_b = last_occurrence(window, "\xE2\x80\x9D");
    const std::size_t close = std::max(close_a == std::string_view::npos ? 0 : close_a,
                                       close_b == std::string_view::npos ? 0 : close_b);
    if (close_a == std::string_view::npos && close_b == std::string_view::npos)
      return true;
    if (open > close)
      return true;
  }
  return std::count(window.begin(), window.end(), '"') % 2 == 1;
}

// Trailing punctuation of one word: a marker glyph hiding among it.
void scan_suffix(std::string_view text, std::string_view s, std::size_t base, int line_number,
                 std::size_t word_end_alnum, std::size_t token_end,
                 std::vector<MarkerCandidate>& out) {
  // Glyphs in order; leading legit punctuation and trailing closers are not the marker.
  std::size_t i = word_end_alnum;
  bool saw_punct = false;
  std::size_t glyph_begin = std::string_view::npos;
  std::size_t glyph_end = 0;
  int strongest = 0;
  bool quote_after_punct = false;
  std::size_t quote_pos = 0;
  std::size_t quote_len = 0;
  while (i < token_end) {
    int kind = 0;
    const std::size_t len = glyph_at(s, i, &kind);
    if (len == 0)
      return;  // something else: not a plain word end
    if (kind == 4) {
      saw_punct = true;
    } else if (kind == 3) {
      if (saw_punct && glyph_begin == std::string_view::npos && !quote_after_punct) {
        quote_after_punct = true;
        quote_pos = i;
        quote_len = len;
      }
    } else if (kind == 2 || (kind == 1 && saw_punct) ||
               (kind == 1 && glyph_begin != std::string_view::npos)) {
      if (glyph_begin == std::string_view::npos)
        glyph_begin = i;
      glyph_end = i + len;
      strongest = std::max(strongest, kind == 2 ? 2 : 1);
    }
    i += len;
  }
  if (glyph_begin != std::string_view::npos) {
    MarkerCandidate c;
    c.offset = base + glyph_begin;
    c.line = line_number;
    c.glyph = std::string(s.substr(glyph_begin, glyph_end - glyph_begin));
    c.weight = strongest == 2 ? k_marker_weight_strong_glyph : k_marker_weight_weak_glyph;
    out.push_back(std::move(c));
    return;
  }
  if (quote_after_punct && !has_opening_quote_before(text, base + quote_pos)) {
    MarkerCandidate c;
    c.offset = base + quote_pos;
    c.line = line_number;
    c.glyph = std::string(s.substr(quote_pos, quote_len));
    c.weight = k_marker_weight_quote_glyph;
    out.push_back(std::move(c));
  }
}

bool starts_with_month(std::string_view s) {
  for (const std::string_view month : k_month_names) {
    if (s.starts_with(month))
      return true;
  }
  return false;
}

bool is_word_byte(unsigned char c) {
  // ASCII letters and digits, and UTF-8 letters (é, ø): any lead/continuation byte that
  // is not one of the punctuation sequences checked by glyph_at.
  return text::is_alpha(static_cast<char>(c)) || text::is_digit(static_cast<char>(c));
}

/// 'A'-'Z' or 'a'-'z' with one comparison.
constexpr bool ascii_letter(char c) {
  return static_cast<unsigned char>((c | 0x20) - 'a') < 26;
}
static_assert([] {
  for (int b = 0; b < 256; ++b) {
    const char c = static_cast<char>(b);
    if (ascii_letter(c) != ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
      return false;
  }
  return true;
}());

/// Offset of the first ' ' at or after `i`, or s.size(): eight bytes a step where eight can
/// be read (every token of the body is measured this way, most of them a few bytes long).
std::size_t next_space(std::string_view s, std::size_t i) {
  while (s.size() - i >= 8) {
    const std::uint64_t spaces = text::equal_byte_bits(text::load8(s.data() + i), ' ');
    if (spaces != 0)
      return i + static_cast<std::size_t>(std::countr_zero(spaces)) / 8;
    i += 8;
  }
  while (i < s.size() && s[i] != ' ')
    ++i;
  return i;
}

void scan_line(std::string_view text, const Line& line, std::vector<MarkerCandidate>& out) {
  const std::size_t base = line.begin + static_cast<std::size_t>(line.indent);
  const std::string_view s = line.content;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ')
      ++i;
    const std::size_t end = next_space(s, i);
    if (end == i)
      break;
    const std::string_view token = s.substr(i, end - i);
    // Most tokens are words ending in a letter, or in a letter and one sentence mark
    // ("word," "word."): no trailing digits, no marker glyph, so the scan below would find
    // nothing. Both tests in one branch, since the answer varies from token to token.
    const char last = token.back();
    const char before_last = token.size() >= 2 ? token[token.size() - 2] : ' ';
    const int skip =
        static_cast<int>(ascii_letter(last)) |
        (static_cast<int>(is_sentence_punct(last)) & static_cast<int>(ascii_letter(before_last)));
    if (skip != 0) {
      i = end;
      continue;
    }
    // A ':' first: most tokens have none, and then no "://" either.
    const bool url = (token.find(':') != std::string_view::npos &&
                      token.find("://") != std::string_view::npos) ||
                     token.starts_with("www.");
    if (!url) {
      // Digits as a marker: glued to the word ("Nations.1") or standing alone after it.
      std::size_t last_alnum = i;
      for (std::size_t k = i; k < end;) {
        const auto byte = static_cast<unsigned char>(s[k]);
        if (byte >= 0x80) {
          const std::size_t len = std::max<std::size_t>(1, text::sequence_length(s, k));
          int kind = 0;
          if (glyph_at(s, k, &kind) == 0)
            last_alnum = std::min(end, k + len);
          k += len;
          continue;
        }
        if (is_word_byte(byte))
          last_alnum = k + 1;
        ++k;
      }
      // Trailing digit run of the token.
      std::size_t digits_end = last_alnum;
      std::size_t digits_begin = digits_end;
      while (digits_begin > i && text::is_digit(s[digits_begin - 1]))
        --digits_begin;
      const std::size_t digit_count = digits_end - digits_begin;
      if (digit_count > 0 && digit_count <= 3 && s[digits_begin] != '0') {
        const int value = std::stoi(std::string(s.substr(digits_begin, digit_count)));
        double weight = 0;
        if (digits_begin > i) {
          const char before = s[digits_begin - 1];
          if (before == '[') {
            // "2013.[1]", "times,[2]", "[3]": a bracketed marker, or "[12" of something else.
            if (digits_end < s.size() && s[digits_end] == ']')
              weight = k_marker_weight_glued_digits;
          } else if (text::is_alpha(before)) {
            weight = (before >= 'a' && before <= 'z') ? k_marker_weight_glued_digits : 0.3;
          } else if (is_sentence_punct(before) || before == '"' || before == '\'' ||
                     static_cast<unsigned char>(before) >= 0x80) {
            weight = k_marker_weight_glued_digits;
            // "7.62": a decimal, not a number after a sentence.
            if (before == '.' && digits_begin >= i + 2 && text::is_digit(s[digits_begin - 2])) {
              weight = 0.4;
            }
          }
          // A digit glued to a word with more word after it ("2nd") was excluded above.
        } else if (i >= 2) {
          // Standing alone: "areas. 2", "persons 1 .", "Delmas 6 are".
          const char before = s[i - 2];
          const bool after_punct = is_sentence_punct(before) || before == '"' ||
                                   static_cast<unsigned char>(before) >= 0x80;
          std::size_t next = end;
          while (next < s.size() && s[next] == ' ')
            ++next;
          const bool line_end = next >= s.size();
          const Opening following = line_end ? Opening::other : opening_of(s.substr(next));
          const bool trailing_ok = last_alnum == end || is_sentence_punct(s[last_alnum]);
          if (trailing_ok && (text::is_alpha(before) || after_punct)) {
            if (after_punct) {
              weight = k_marker_weight_spaced_digits;
            } else if (line_end || s[next] == '.' || s[next] == ',' || s[next] == ';') {
              weight = 0.5;
            } else if (following == Opening::uppercase && !starts_with_month(s.substr(next))) {
              weight = k_marker_weight_prose_digits;
            } else {
              weight = k_marker_weight_prose_digits;
            }
          }
        }
        if (weight > 0 && value <= k_max_value) {
          MarkerCandidate c;
          c.offset = base + digits_begin;
          c.line = line.number;
          c.glyph = std::string(s.substr(digits_begin, digit_count));
          c.value = value;
          c.weight = weight;
          out.push_back(std::move(c));
        }
      }
      // Glyph markers follow words, not numbers ("*2506521*" is a barcode).
      if (last_alnum > i && last_alnum < end && !text::is_digit(s[last_alnum - 1])) {
        scan_suffix(text, s, base, line.number, last_alnum, end, out);
      }
    }
    i = end;
  }
}

// End of the sentence the body had left open when a footnote block interrupted it: the
// body line above the block does not end a sentence, and the sentence ends soon after.
// Markers up to there belong to that block's notes. Returns `after` when not so.
std::size_t straddling_sentence_end(std::string_view text, const std::vector<Line>& lines,
                                    const NoteBlock& block) {
  const std::size_t after = lines[static_cast<std::size_t>(block.last)].end;
  bool open = false;
  for (int i = block.first - 1; i >= 0; --i) {
    const Line& line = lines[static_cast<std::size_t>(i)];
    if (line.blank || line.furniture)
      continue;
    open = ending_of(line.content) != Ending::closed;
    break;
  }
  if (!open)
    return after;
  const std::size_t limit = std::min(text.size(), after + 600);
  for (std::size_t i = after; i < limit; ++i) {
    const char c = text[i];
    if (c != '.' && c != '?' && c != '!')
      continue;
    std::size_t j = i + 1;
    while (j < limit && !text::is_space(text[j]) && !text::is_alpha(text[j]) &&
           !text::is_digit(text[j])) {
      ++j;
    }
    if (j >= limit || !text::is_space(text[j]))
      continue;
    std::size_t k = j;
    while (k < limit && text::is_space(text[k]))
      ++k;
    if (k >= limit || !(text[k] >= 'a' && text[k] <= 'z'))
      return j;
  }
  return after;
}

}  // namespace

std::vector<MarkerCandidate> find_marker_candidates(std::string_view text,
                                                    const std::vector<Line>& lines,
                                                    const std::vector<NoteBlock>& blocks) {
  std::vector<MarkerCandidate> out;
  std::size_t b = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    while (b < blocks.size() && blocks[b].last < static_cast<int>(i))
      ++b;
    if (b < blocks.size() && blocks[b].first <= static_cast<int>(i))
      continue;
    const Line& line = lines[i];
    if (line.blank || line.furniture)
      continue;
    scan_line(text, line, out);
  }
  return out;
}

std::vector<std::optional<Marker>> align_markers(std::string_view text,
                                                 const std::vector<RawNote>& notes,
                                                 const std::vector<NoteBlock>& blocks,
                                                 const std::vector<Line>& lines,
                                                 const std::vector<MarkerCandidate>& candidates) {
  std::vector<std::optional<Marker>> result(notes.size());
  if (notes.empty() || candidates.empty() || blocks.empty())
    return result;
  struct Node {
    int note;
    int candidate;
    int parent;
    double weight;
  };
  struct State {
    int candidate;  ///< last candidate used (-1: none)
    double score;
    int node;
  };
  std::vector<Node> nodes;
  std::vector<State> states{{-1, 0.0, -1}};
  auto offset_of_line = [&](int line, bool end) {
    const Line& l = lines[static_cast<std::size_t>(line)];
    return end ? l.end : l.begin;
  };
  auto lower = [&](std::size_t offset) {
    return static_cast<int>(
        std::lower_bound(candidates.begin(), candidates.end(), offset,
                         [](const MarkerCandidate& c, std::size_t o) { return c.offset < o; }) -
        candidates.begin());
  };
  for (std::size_t n = 0; n < notes.size(); ++n) {
    const RawNote& note = notes[n];
    const auto b =
        static_cast<std::size_t>(std::clamp(note.block, 0, static_cast<int>(blocks.size()) - 1));
    const std::size_t block_begin = offset_of_line(blocks[b].first, false);
    std::size_t lo = b > 0 ? offset_of_line(blocks[b - 1].last, true) : 0;
    if (block_begin > k_max_marker_distance)
      lo = std::max(lo, block_begin - k_max_marker_distance);
    const std::size_t hi =
        b + 1 < blocks.size() ? offset_of_line(blocks[b + 1].first, false) : lines.back().end + 1;
    int first = lower(lo);
    int last = lower(hi);
    const int split = lower(block_begin);
    const std::size_t straddle_end = straddling_sentence_end(text, lines, blocks[b]);
    // Bound the work: the candidates nearest the block.
    const int before_cap = static_cast<int>(k_max_markers_per_note * 3 / 4);
    const int after_cap = static_cast<int>(k_max_markers_per_note) - before_cap;
    first = std::max(first, split - before_cap);
    last = std::min(last, split + after_cap);
    // States before this window: only the best of them still matters.
    std::size_t keep_from = 0;
    for (std::size_t s = 0; s < states.size(); ++s) {
      if (states[s].candidate < first)
        keep_from = s;
    }
    states.erase(states.begin(), states.begin() + static_cast<std::ptrdiff_t>(keep_from));
    std::vector<State> added;
    std::size_t pointer = 0;
    for (int c = first; c < last; ++c) {
      const MarkerCandidate& cand = candidates[static_cast<std::size_t>(c)];
      if (cand.value != 0 && cand.value != note.number)
        continue;
      // An exact number outranks a glyph, unless it reads as prose ("Delmas 6 are").
      const bool clear_number = cand.value != 0 && cand.weight >= k_marker_weight_spaced_digits;
      double weight = cand.weight + (clear_number ? k_marker_value_match_bonus : 0.0);
      if (c >= split) {
        // After the block: the marker of a sentence the block interrupted, or a stretch.
        weight *= cand.offset < straddle_end ? 1.1 : 0.6;
      }
      while (pointer + 1 < states.size() && states[pointer + 1].candidate < c)
        ++pointer;
      if (states[pointer].candidate >= c)
        continue;
      nodes.push_back({static_cast<int>(n), c, states[pointer].node, weight});
      // Each note matched counts a little on its own, so one strong candidate does not
      // leave two neighbours without their markers.
      added.push_back({c, states[pointer].score + k_marker_match_bonus + weight,
                       static_cast<int>(nodes.size()) - 1});
    }
    if (added.empty())
      continue;
    std::vector<State> merged;
    merged.reserve(states.size() + added.size());
    std::merge(states.begin(), states.end(), added.begin(), added.end(), std::back_inserter(merged),
               [](const State& x, const State& y) { return x.candidate < y.candidate; });
    states.clear();
    for (const State& s : merged) {
      if (states.empty() || s.score > states.back().score + 1e-12)
        states.push_back(s);
    }
  }
  for (int node = states.back().node; node >= 0;
       node = nodes[static_cast<std::size_t>(node)].parent) {
    const Node& picked = nodes[static_cast<std::size_t>(node)];
    const MarkerCandidate& cand = candidates[static_cast<std::size_t>(picked.candidate)];
    Marker marker;
    marker.offset = cand.offset;
    marker.line = cand.line;
    marker.glyph = cand.glyph;
    marker.confidence = std::min(0.95, picked.weight);
    result[static_cast<std::size_t>(picked.note)] = marker;
  }
  return result;
}

}  // namespace citecheck::segmentation

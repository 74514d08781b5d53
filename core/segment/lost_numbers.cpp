#include "segment/lost_numbers.hpp"

#include <algorithm>
#include <string>

#include "segment/continuation.hpp"
#include "text/strings.hpp"

namespace citecheck::segmentation {
namespace {

Repair inferred_repair(int number, int before, int after, std::string_view why) {
  Repair repair;
  repair.step = "infer_footnote_number";
  repair.after = std::to_string(number);
  repair.detail = "footnote number " + std::to_string(number) +
                  " was lost in extraction; inferred from the sequence (between " +
                  std::to_string(before) + " and " + std::to_string(after) + ") and " +
                  std::string(why);
  return repair;
}

// Where a note could have started inside `draft` without its number: a paragraph after a
// blank or glyph line. Higher score, stronger evidence.
struct Hint {
  std::size_t piece = 0;
  double score = 0;
};

std::vector<Hint> paragraph_hints(const Draft& draft, std::string_view text) {
  std::vector<Hint> hints;
  for (std::size_t p = 1; p < draft.pieces.size(); ++p) {
    const NotePiece& piece = draft.pieces[p];
    if (piece.blanks_before == 0 && !piece.glyph_before)
      continue;
    const NotePiece& previous = draft.pieces[p - 1];
    const std::string_view prev_text =
        text.substr(previous.piece.begin, previous.piece.end - previous.piece.begin);
    const std::string_view this_text =
        text.substr(piece.piece.begin, piece.piece.end - piece.piece.begin);
    const Ending ending = ending_of(prev_text);
    if (ending == Ending::hyphen || ending == Ending::url_open)
      continue;
    const Opening opening = opening_of(this_text);
    if (opening == Opening::lowercase)
      continue;
    double score = piece.glyph_before ? 3 : 1;
    if (ending == Ending::closed)
      score += 1;
    if (opening == Opening::uppercase)
      score += 0.5;
    hints.push_back({p, score});
  }
  return hints;
}

// "S/RES/2100.6 United ...": the number `value` glued after '.' or ')' and followed by a
// capitalised word. Returns the offset of the digits in the piece, npos when absent.
std::size_t glued_number(std::string_view s, int value) {
  const std::string digits = std::to_string(value);
  std::size_t from = 1;
  for (;;) {
    const std::size_t at = s.find(digits, from);
    if (at == std::string_view::npos)
      return at;
    from = at + 1;
    const char before = s[at - 1];
    const std::size_t after = at + digits.size();
    if ((before != '.' && before != ')') || after + 1 >= s.size() || s[after] != ' ')
      continue;
    if (opening_of(s.substr(after + 1)) == Opening::uppercase)
      return at;
  }
}

// Splits `draft` at piece `p`: the tail becomes a new note.
Draft split_at(Draft& draft, std::size_t p) {
  Draft tail;
  tail.pieces.assign(draft.pieces.begin() + static_cast<std::ptrdiff_t>(p), draft.pieces.end());
  draft.pieces.resize(p);
  tail.span_begin = tail.pieces.front().piece.begin;
  tail.first_line = tail.pieces.front().piece.line;
  tail.block = draft.block;
  tail.stop = draft.stop;
  draft.stop = Stop::next_note;
  return tail;
}

}  // namespace

void infer_lost_numbers(std::vector<Draft>& drafts, std::string_view text,
                        std::vector<std::string>& warnings) {
  std::vector<Draft> out;
  std::size_t i = 0;
  int previous_number = 0;
  while (i < drafts.size()) {
    // A run of unnumbered drafts, then the next numbered one (or the end).
    std::size_t j = i;
    while (j < drafts.size() && drafts[j].number == 0)
      ++j;
    const int next_number =
        j < drafts.size() ? drafts[j].number : previous_number + 1 + static_cast<int>(j - i);
    int missing = next_number - previous_number - 1;
    std::vector<Draft> unnumbered(drafts.begin() + static_cast<std::ptrdiff_t>(i),
                                  drafts.begin() + static_cast<std::ptrdiff_t>(j));
    if (static_cast<int>(unnumbered.size()) > missing) {
      // Keep those nearest the next note; the rest have no number to take.
      const std::size_t drop = unnumbered.size() - static_cast<std::size_t>(std::max(0, missing));
      for (std::size_t d = 0; d < drop; ++d) {
        warnings.push_back("text at line " + std::to_string(unnumbered[d].first_line + 1) +
                           " looks like a note but no footnote number is missing there");
      }
      unnumbered.erase(unnumbered.begin(), unnumbered.begin() + static_cast<std::ptrdiff_t>(drop));
    }
    int remaining = missing - static_cast<int>(unnumbered.size());
    // Notes lost inside the previous note's text.
    std::vector<Draft> splits;
    if (remaining > 0 && !out.empty() && out.back().number == previous_number) {
      Draft& host = out.back();
      std::vector<Hint> hints = paragraph_hints(host, text);
      std::stable_sort(hints.begin(), hints.end(),
                       [](const Hint& a, const Hint& b) { return a.score > b.score; });
      if (static_cast<int>(hints.size()) > remaining)
        hints.resize(static_cast<std::size_t>(remaining));
      std::sort(hints.begin(), hints.end(),
                [](const Hint& a, const Hint& b) { return a.piece > b.piece; });
      for (const Hint& hint : hints) {
        splits.insert(splits.begin(), split_at(host, hint.piece));
      }
      remaining -= static_cast<int>(hints.size());
      for (std::size_t s = 0; s < splits.size(); ++s) {
        splits[s].number = previous_number + 1 + static_cast<int>(s);
        splits[s].inferred = true;
        splits[s].repairs.push_back(inferred_repair(splits[s].number, previous_number, next_number,
                                                    "a new paragraph inside the previous note"));
      }
      // A number glued onto the end of the previous note's text.
      int value = previous_number + 1 + static_cast<int>(splits.size());
      while (remaining > 0) {
        Draft& last = splits.empty() ? host : splits.back();
        if (last.pieces.empty())
          break;
        bool found = false;
        for (std::size_t p = last.pieces.size(); p-- > 0;) {
          Piece& piece = last.pieces[p].piece;
          const std::string_view s = text.substr(piece.begin, piece.end - piece.begin);
          const std::size_t at = glued_number(s, value);
          if (at == std::string_view::npos)
            continue;
          Draft tail;
          tail.pieces.assign(last.pieces.begin() + static_cast<std::ptrdiff_t>(p),
                             last.pieces.end());
          tail.pieces.front().piece.begin = piece.begin + at + std::to_string(value).size() + 1;
          tail.pieces.front().blanks_before = 0;
          last.pieces.resize(p + 1);
          last.pieces.back().piece.end = piece.begin + at;
          tail.span_begin = piece.begin + at;
          tail.first_line = piece.line;
          tail.block = last.block;
          tail.number = value;
          tail.inferred = false;
          Repair repair;
          repair.step = "split_glued_footnote_number";
          repair.before = std::string(s);
          repair.after = std::to_string(value) + " " +
                         std::string(s.substr(at + std::to_string(value).size() + 1));
          repair.detail = "footnote number " + std::to_string(value) +
                          " ran into the previous note's last line; split there";
          tail.repairs.push_back(repair);
          found = true;
          splits.push_back(std::move(tail));
          break;
        }
        if (!found)
          break;
        --remaining;
        ++value;
      }
    }
    for (Draft& split : splits)
      out.push_back(std::move(split));
    int value = next_number - static_cast<int>(unnumbered.size());
    for (Draft& draft : unnumbered) {
      draft.number = value++;
      draft.inferred = true;
      const std::string why = !draft.pieces.empty() && draft.pieces.front().glyph_before
                                  ? "a stray glyph printed where its number should be"
                                  : "its place in the footnote block";
      draft.repairs.push_back(inferred_repair(draft.number, previous_number, next_number, why));
      out.push_back(std::move(draft));
    }
    if (j < drafts.size()) {
      previous_number = drafts[j].number;
      out.push_back(std::move(drafts[j]));
    }
    i = j + 1;
  }
  std::erase_if(out, [](const Draft& d) { return d.pieces.empty() && d.number == 0; });
  drafts = std::move(out);
}

}  // namespace citecheck::segmentation

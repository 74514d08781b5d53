#include "segment/blocks.hpp"

#include <algorithm>
#include <limits>
#include <string>

#include "segment/backward.hpp"
#include "segment/continuation.hpp"
#include "segment/detached.hpp"
#include "segment/lost_numbers.hpp"
#include "segment/walk.hpp"

namespace citecheck::segmentation {
namespace {

constexpr int k_no_limit = std::numeric_limits<int>::max();

// The body line just above `line` leaves its sentence open: the body resumes after the
// block, mid-sentence.
bool body_open_above(const std::vector<Line>& lines, int line) {
  for (int i = line - 1; i >= 0; --i) {
    const Line& l = lines[static_cast<std::size_t>(i)];
    if (l.blank || l.furniture || is_glyph_line(l.content))
      continue;
    return ending_of(l.content) != Ending::closed;
  }
  return false;
}

Repair join_repair(std::string_view before, std::string_view after, std::string_view where) {
  Repair repair;
  repair.step = "join_continued_footnote";
  repair.before = std::string(before);
  repair.after = std::string(after);
  repair.detail = "note continued " + std::string(where) + "; pieces joined";
  return repair;
}

std::string_view piece_text(std::string_view text, const Piece& piece) {
  return text.substr(piece.begin, piece.end - piece.begin);
}

}  // namespace

Segmentation build_notes(std::string_view text, const std::vector<Line>& lines, const Pages& pages,
                         const Sequence& sequence) {
  Segmentation result;
  const auto& starts = sequence.starts;
  if (starts.empty())
    return result;
  std::vector<int> chain_numbers;
  for (const Candidate& c : starts)
    chain_numbers.push_back(c.number);
  std::sort(chain_numbers.begin(), chain_numbers.end());
  const bool detached_allowed = sequence.style == Style::bare;

  std::vector<Draft> drafts;
  int floor = 0;                         // highest number before the current block
  int floor_line = sequence.floor_line;  // last line of the previous block
  std::size_t k = 0;
  int block_index = 0;
  while (k < starts.size()) {
    const std::size_t drafts_before = drafts.size();
    // Walk the notes of one block.
    const int first_line = starts[k].line;
    const int page = pages.page_of_line[static_cast<std::size_t>(first_line)];
    int ceiling = k_no_limit;
    for (std::size_t m = k + 1; m < starts.size(); ++m) {
      if (!pages.form_feeds) {
        ceiling = starts[m].number;
        break;
      }
      if (pages.page_of_line[static_cast<std::size_t>(starts[m].line)] != page) {
        ceiling = starts[m].number;
        break;
      }
    }
    NoteLayout layout;
    layout.body_open_before = body_open_above(lines, first_line);
    std::vector<std::pair<std::size_t, Walk>> walks;
    for (;;) {
      WalkBounds bounds;
      bounds.next_start_line = k + 1 < starts.size() ? starts[k + 1].line : sequence.limit_line;
      bounds.detached_allowed = detached_allowed;
      bounds.floor = floor;
      bounds.ceiling = ceiling;
      layout.number_indent = lines[static_cast<std::size_t>(starts[k].line)].indent;
      layout.text_indent = -1;
      Walk walk = walk_note(lines, starts[k], bounds, chain_numbers, layout);
      const Stop stop = walk.stop;
      walks.emplace_back(k, std::move(walk));
      ++k;
      if (stop != Stop::next_note || k >= starts.size())
        break;
    }
    const int block_numbers_min = starts[walks.front().first].number;
    const int missing_before = block_numbers_min - floor - 1;
    LeadingText leading = extend_backward(lines, pages, first_line, floor_line, missing_before);

    // Numbers printed apart from their texts?
    bool detached = false;
    if (detached_allowed) {
      for (const auto& [index, walk] : walks) {
        if (!walk.detached.empty() || walk.pieces.empty())
          detached = true;
      }
    }
    int block_last = walks.back().second.last_line;
    bool dealt = false;
    if (detached) {
      std::vector<BlockEvent> events;
      for (const auto& unit : leading.units) {
        for (const NotePiece& piece : unit)
          events.push_back({piece.piece.line, 0, piece});
      }
      for (const auto& [index, walk] : walks) {
        events.push_back({starts[index].line, starts[index].number, {}});
        for (const NotePiece& piece : walk.pieces)
          events.push_back({piece.piece.line, 0, piece});
        for (const DetachedNumber& d : walk.detached)
          events.push_back({d.line, d.value, {}});
      }
      auto dealt_drafts = deal_numbers(lines, events, floor, block_index);
      if (dealt_drafts) {
        for (Draft& d : *dealt_drafts)
          drafts.push_back(std::move(d));
        dealt = true;
      } else {
        result.warnings.push_back("footnote block at line " + std::to_string(first_line + 1) +
                                  ": more numbers than note texts; numbers kept with the text "
                                  "below them");
      }
    }
    if (!dealt) {
      // Leading text: lost notes when numbers are missing, else the previous note's tail.
      for (const auto& unit : leading.units) {
        const bool previous_open =
            !drafts.empty() && !drafts.back().pieces.empty() &&
            (drafts.back().stop == Stop::page_break ||
             ending_of(piece_text(text, drafts.back().pieces.back().piece)) != Ending::closed);
        if (missing_before <= 0 && !drafts.empty() && previous_open) {
          Draft& previous = drafts.back();
          const std::string_view before = piece_text(text, previous.pieces.back().piece);
          const std::string_view after = piece_text(text, unit.front().piece);
          previous.repairs.push_back(join_repair(before, after, "on the next page"));
          for (NotePiece piece : unit) {
            piece.page_before = true;
            previous.pieces.push_back(piece);
          }
          continue;
        }
        if (missing_before <= 0)
          continue;
        Draft draft;
        draft.pieces = unit;
        draft.span_begin = unit.front().piece.begin;
        draft.first_line = unit.front().piece.line;
        draft.block = block_index;
        drafts.push_back(std::move(draft));
      }
      for (auto& [index, walk] : walks) {
        Draft draft;
        draft.number = starts[index].number;
        draft.span_begin = starts[index].number_begin;
        draft.first_line = starts[index].line;
        draft.block = block_index;
        draft.stop = walk.stop;
        draft.pieces = std::move(walk.pieces);
        for (std::size_t p = 1; p < draft.pieces.size(); ++p) {
          // Pieces joined across a blank line after a line-break hyphen ("Bama-" / "ko").
          const NotePiece& piece = draft.pieces[p];
          if (piece.blanks_before > 0 &&
              ending_of(piece_text(text, draft.pieces[p - 1].piece)) == Ending::hyphen) {
            draft.repairs.push_back(join_repair(piece_text(text, draft.pieces[p - 1].piece),
                                                piece_text(text, piece.piece),
                                                "across a blank line"));
          }
        }
        drafts.push_back(std::move(draft));
      }
    }
    NoteBlock block;
    block.first = leading.first_line >= 0 ? std::min(leading.first_line, first_line) : first_line;
    block.last = std::max(block_last, first_line);
    result.blocks.push_back(block);
    for (std::size_t d = drafts_before; d < drafts.size(); ++d) {
      floor = std::max(floor, drafts[d].number);
    }
    for (const auto& [index, walk] : walks) {
      floor = std::max(floor, starts[index].number);
      for (const DetachedNumber& d : walk.detached)
        floor = std::max(floor, d.value);
    }
    floor_line = block.last;
    ++block_index;
  }

  infer_lost_numbers(drafts, text, result.warnings);

  for (Draft& draft : drafts) {
    if (draft.pieces.empty()) {
      result.warnings.push_back("footnote " + std::to_string(draft.number) + " at line " +
                                std::to_string(draft.first_line + 1) + " has no text");
    }
    RawNote note;
    note.number = draft.number;
    note.inferred = draft.inferred;
    note.span_begin = draft.span_begin;
    note.first_line = draft.first_line;
    for (const NotePiece& piece : draft.pieces)
      note.pieces.push_back(piece.piece);
    note.repairs = std::move(draft.repairs);
    note.block = draft.block;
    result.notes.push_back(std::move(note));
  }
  return result;
}

}  // namespace citecheck::segmentation

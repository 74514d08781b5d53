#pragma once
// Following a note from its number down the page: which lines are its text, where the
// body resumes, which stray numbers and glyphs sit among the notes.

#include <limits>
#include <vector>

#include "segment/continuation.hpp"
#include "segment/lines.hpp"
#include "segment/notes.hpp"
#include "segment/sequence.hpp"

namespace citecheck::segmentation {

/// A text line of a note with what preceded it.
struct NotePiece {
  Piece piece;
  int blanks_before = 0;      ///< blank lines between it and the previous piece
  bool glyph_before = false;  ///< a stray-glyph line (lost number) came just before
  bool page_before = false;   ///< a page break came between it and the previous piece
};

/// A number printed on its own line apart from its text (plain pdftotext).
struct DetachedNumber {
  int line = 0;
  int value = 0;
};

/// Where a note's text stopped.
enum class Stop { next_note, page_break, body, end_of_text };

/// One note's lines as found by walking down from its number.
struct Walk {
  std::vector<NotePiece> pieces;
  std::vector<DetachedNumber> detached;
  int last_line = 0;
  Stop stop = Stop::end_of_text;
};

/// What a walk needs to know about the numbers around it.
struct WalkBounds {
  int next_start_line = std::numeric_limits<int>::max();
  bool detached_allowed = false;
  int floor = 0;  ///< detached numbers must be above this (the previous block's numbers)
  int ceiling = std::numeric_limits<int>::max();  ///< ... and below this
};

Walk walk_note(const std::vector<Line>& lines, const Candidate& start, const WalkBounds& bounds,
               const std::vector<int>& chain_numbers, const NoteLayout& layout);

/// Piece covering a line's content (or its tail from `from`).
Piece piece_of(const std::vector<Line>& lines, int index, std::size_t from = 0);

}  // namespace citecheck::segmentation

#pragma once
// Lines above a block's first numbered note that still belong to the notes: text below the
// separator rule (a note continued from the previous page), a note whose number OCR turned
// into a stray glyph ('~'), addresses whose numbers were printed elsewhere.

#include <vector>

#include "segment/lines.hpp"
#include "segment/pages.hpp"
#include "segment/walk.hpp"

namespace citecheck::segmentation {

/// Paragraphs found above a block, top first; each is one note's text or a continuation.
struct LeadingText {
  std::vector<std::vector<NotePiece>> units;
  int first_line = -1;  ///< topmost line taken (-1 when none)
  bool below_separator = false;
};

/// Looks above `start_line` (not above `floor_line`) for note text. `missing` is how many
/// numbers the sequence lacks before the block's first number.
LeadingText extend_backward(const std::vector<Line>& lines, const Pages& pages, int start_line,
                            int floor_line, int missing);

}  // namespace citecheck::segmentation

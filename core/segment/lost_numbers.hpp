#pragma once
// Numbers lost in extraction: a gap in the sequence (10, then 12) is filled from the
// layout — a paragraph after a blank line inside the previous note, a note after a stray
// glyph line, a number glued onto the previous note's last line ("S/RES/2100.6 United").

#include <vector>

#include "segment/lines.hpp"
#include "segment/walk.hpp"

namespace citecheck::segmentation {

/// A note on its way out of the block step; number 0 while unknown.
struct Draft {
  int number = 0;
  bool inferred = false;
  std::size_t span_begin = 0;
  int first_line = 0;
  std::vector<NotePiece> pieces;
  std::vector<Repair> repairs;
  int block = 0;
  Stop stop = Stop::end_of_text;
};

/// Gives numbers to unnumbered drafts and splits notes where a gap says one was lost.
/// Drafts are in document order; on return all have numbers, strictly increasing
/// (unnumbered drafts that no gap can explain are dropped, with a warning).
void infer_lost_numbers(std::vector<Draft>& drafts, std::string_view text,
                        std::vector<std::string>& warnings);

}  // namespace citecheck::segmentation

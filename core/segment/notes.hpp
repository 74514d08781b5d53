#pragma once
// The intermediate note record the segmenter's steps pass along: which line pieces make up
// each note, before it becomes a public Footnote.

#include <cstddef>
#include <vector>

#include <citecheck/citation.hpp>

namespace citecheck::segmentation {

/// The text of a note on one line (trimmed), as document offsets.
struct Piece {
  int line = 0;  ///< index into the lines
  std::size_t begin = 0;
  std::size_t end = 0;
};

/// A note found in plain text.
struct RawNote {
  int number = 0;
  bool inferred = false;
  std::size_t span_begin = 0;  ///< where the note starts (its number, when printed)
  int first_line = 0;          ///< index of the line at span_begin
  std::vector<Piece> pieces;
  std::vector<Repair> repairs;
  int block = 0;  ///< index of the block of notes it was printed in
};

/// Lines [first, last] holding a run of notes (a page's footnote area).
struct NoteBlock {
  int first = 0;
  int last = 0;
};

/// What the block step hands on.
struct Segmentation {
  std::vector<RawNote> notes;  ///< ordered by number
  std::vector<NoteBlock> blocks;
  std::vector<std::string> warnings;
};

}  // namespace citecheck::segmentation

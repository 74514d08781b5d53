#pragma once
// Numbered lines that could open a footnote, with the layout evidence for each.

#include <cstddef>
#include <string_view>
#include <vector>

#include "segment/lines.hpp"
#include "segment/pages.hpp"

namespace citecheck::segmentation {

/// How the number is written: notes of one document share one style.
enum class Style {
  bare,         ///< the number alone on its line, the text below ("  12")
  spaced,       ///< "12 Security Council Report, ..."
  dotted,       ///< "12. See ..." or "12) See ..."
  superscript,  ///< "¹² See ..."
  bracketed,    ///< "[12] See ..."
};

/// A line opening with a number.
struct Candidate {
  int line = 0;  ///< index into the lines
  int number = 0;
  Style style = Style::bare;
  std::size_t text_begin =
      0;  ///< document offset of the note text on this line (= line end when none)
  std::size_t number_begin = 0;  ///< document offset of the number
  double score = 0.0;            ///< layout evidence that it opens a note
  bool supported = false;        ///< the body printed its number as a marker above it
};

/// Document offsets of numbers printed glued to a word in the body ("Nations.1"), per
/// value: cheap evidence that a numbered line is a note.
struct DigitMarkers {
  std::vector<std::vector<std::size_t>> offsets;  ///< index = value
  bool has(int value, std::size_t before, std::size_t window) const;
};
DigitMarkers find_digit_markers(std::string_view text, const std::vector<Line>& lines);

std::vector<Candidate> find_candidates(const std::vector<Line>& lines, const Pages& pages,
                                       const DigitMarkers& markers);

}  // namespace citecheck::segmentation

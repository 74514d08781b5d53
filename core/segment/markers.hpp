#pragma once
// In-text footnote markers: where the body points at each note. Clean text prints the
// number after a word ("Nations.1", "areas. 2"); OCR often prints a glyph instead
// ("mission,!", "civilians.?", "mandate’.}”"). Markers come in the order of the notes,
// each before (or just after) its note's block, so they are matched to the notes by an
// order-keeping alignment rather than one at a time.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <citecheck/citation.hpp>

#include "segment/lines.hpp"
#include "segment/notes.hpp"

namespace citecheck::segmentation {

/// A place in the body that may be a marker.
struct MarkerCandidate {
  std::size_t offset = 0;
  int line = 0;  ///< 1-based
  std::string glyph;
  int value = 0;  ///< the number printed, 0 for a glyph
  double weight = 0.0;
};

/// Marker candidates in the body lines (lines outside `blocks`, not furniture), in order.
std::vector<MarkerCandidate> find_marker_candidates(std::string_view text,
                                                    const std::vector<Line>& lines,
                                                    const std::vector<NoteBlock>& blocks);

/// The marker of each note (same order as `notes`), or an empty glyph where none fits.
std::vector<std::optional<Marker>> align_markers(std::string_view text,
                                                 const std::vector<RawNote>& notes,
                                                 const std::vector<NoteBlock>& blocks,
                                                 const std::vector<Line>& lines,
                                                 const std::vector<MarkerCandidate>& candidates);

}  // namespace citecheck::segmentation

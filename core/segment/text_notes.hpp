#pragma once
// Footnotes of plain and PDF-extracted text, read from the layout.

#include <cstddef>
#include <string_view>
#include <vector>

#include <citecheck/segment.hpp>

namespace citecheck::segmentation {

/// `note_areas`: offsets (ascending) where a reader saw a page's footnote area begin by
/// position (PDF); each counts as the separator rule above that page's notes.
SegmentResult segment_text(std::string_view text, const std::vector<std::size_t>& note_areas = {});

}  // namespace citecheck::segmentation

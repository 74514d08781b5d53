#pragma once
// Footnotes of plain and PDF-extracted text, read from the layout.

#include <string_view>

#include <citecheck/segment.hpp>

namespace citecheck::segmentation {

SegmentResult segment_text(std::string_view text);

}  // namespace citecheck::segmentation

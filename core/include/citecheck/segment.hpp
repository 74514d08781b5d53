#pragma once
// Footnote segmentation: finds the footnotes of a Document and the in-text markers that
// point at them. For formats with explicit notes it only maps them; for plain and
// PDF-extracted text it reads the layout.

#include <string>
#include <vector>

#include <citecheck/document.hpp>

namespace citecheck {

struct SegmentResult {
  /// In document order, numbered. Footnote::text keeps the source's line breaks ('\n'
  /// between the note's lines, pieces continued across a page break joined by '\n');
  /// the splitter turns that into display text. Citations are still empty.
  std::vector<Footnote> footnotes;
  std::vector<std::string> warnings;
};

/// Pure function of the document.
SegmentResult segment(const Document& document);

}  // namespace citecheck

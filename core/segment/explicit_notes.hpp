#pragma once
// Formats that carry their notes (Markdown footnotes, DOCX, HTML endnotes, wikitext refs):
// the reader gave the boundaries, so the segmenter only maps them. No guessing.

#include <citecheck/segment.hpp>

namespace citecheck::segmentation {

SegmentResult map_explicit_notes(const Document& document);

/// A span's lines, each trimmed, joined by '\n' (blank lines dropped).
std::string trimmed_lines(std::string_view text);

}  // namespace citecheck::segmentation

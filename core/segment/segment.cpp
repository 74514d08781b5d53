#include <citecheck/segment.hpp>

#include "segment/explicit_notes.hpp"
#include "segment/text_notes.hpp"

namespace citecheck {

SegmentResult segment(const Document& document) {
  if (document.has_explicit_notes || !document.notes.empty()) {
    return segmentation::map_explicit_notes(document);
  }
  return segmentation::segment_text(document.text, document.note_areas);
}

}  // namespace citecheck

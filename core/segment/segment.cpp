// STUB: replaced by the segmenter work.
#include <citecheck/segment.hpp>

namespace citecheck {

SegmentResult segment(const Document& document) {
  SegmentResult result;
  for (const auto& note : document.notes) {
    Footnote footnote;
    footnote.number = note.number;
    footnote.text = document.text.substr(note.begin, note.end - note.begin);
    footnote.span = {note.begin, note.end, document.line_of(note.begin), 0, note.element};
    result.footnotes.push_back(std::move(footnote));
  }
  return result;
}

}  // namespace citecheck

#include "segment/explicit_notes.hpp"

#include <algorithm>

#include "text/strings.hpp"

namespace citecheck::segmentation {

std::string trimmed_lines(std::string_view text) {
  std::string out;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos)
      eol = text.size();
    const std::string_view line = text::trim(text.substr(pos, eol - pos));
    if (!line.empty()) {
      if (!out.empty())
        out.push_back('\n');
      out.append(line);
    }
    pos = eol + 1;
  }
  return out;
}

SegmentResult map_explicit_notes(const Document& document) {
  SegmentResult result;
  const std::vector<std::size_t> own_index =
      document.line_starts.empty() ? index_lines(document.text) : std::vector<std::size_t>{};
  const std::vector<std::size_t>& starts =
      document.line_starts.empty() ? own_index : document.line_starts;
  auto line_of = [&](std::size_t offset) {
    return static_cast<int>(std::upper_bound(starts.begin(), starts.end(), offset) -
                            starts.begin());
  };
  const std::size_t size = document.text.size();
  result.footnotes.reserve(document.notes.size());  // a footnote is big to move as it grows
  for (const ExplicitNote& note : document.notes) {
    Footnote footnote;
    footnote.number = note.number;
    const std::size_t begin = std::min(note.begin, size);
    const std::size_t end = std::clamp(note.end, begin, size);
    if (end != note.end || begin != note.begin) {
      result.warnings.push_back("note " + std::to_string(note.number) +
                                ": span outside the text, clipped");
    }
    footnote.text = trimmed_lines(std::string_view(document.text).substr(begin, end - begin));
    footnote.span = {begin, end, line_of(begin), 0, note.element, std::nullopt};
    if (note.marker && *note.marker <= size) {
      Marker marker;
      marker.offset = *note.marker;
      marker.line = line_of(*note.marker);
      marker.glyph = note.label.empty() ? std::to_string(note.number) : note.label;
      marker.confidence = 1.0;
      footnote.marker = marker;
    }
    result.footnotes.push_back(std::move(footnote));
  }
  return result;
}

}  // namespace citecheck::segmentation

#include "segment/text_notes.hpp"

#include <string>

#include "segment/blocks.hpp"
#include "segment/candidates.hpp"
#include "segment/lines.hpp"
#include "segment/markers.hpp"
#include "segment/pages.hpp"
#include "segment/patterns.hpp"
#include "segment/sequence.hpp"

namespace citecheck::segmentation {

SegmentResult segment_text(std::string_view text) {
  SegmentResult result;
  std::vector<Line> lines = split_lines(text);
  if (lines.empty())
    return result;
  const Pages pages = find_pages(lines);
  const DigitMarkers digit_markers = find_digit_markers(text, lines);
  const std::vector<Candidate> candidates = find_candidates(lines, pages, digit_markers);
  const Sequence sequence = choose_sequence(candidates);
  if (sequence.starts.empty())
    return result;
  Segmentation segmentation = build_notes(text, lines, pages, sequence);
  result.warnings = std::move(segmentation.warnings);

  const std::vector<MarkerCandidate> marker_candidates =
      find_marker_candidates(text, lines, segmentation.blocks);
  const std::vector<std::optional<Marker>> markers =
      align_markers(text, segmentation.notes, segmentation.blocks, lines, marker_candidates);

  // A numbered list of the body is not a run of notes: notes are pointed at from the body.
  std::size_t with_marker = 0;
  for (const auto& marker : markers)
    with_marker += marker.has_value() ? 1 : 0;
  const double share =
      segmentation.notes.empty()
          ? 0.0
          : static_cast<double>(with_marker) / static_cast<double>(segmentation.notes.size());
  const double needed =
      sequence.style == Style::dotted ? k_min_marker_share_dotted : k_min_marker_share;
  if (share < needed && !pages.any_separator) {
    result.warnings.push_back("numbered lines from line " +
                              std::to_string(sequence.starts.front().line + 1) +
                              " read as a numbered list, not footnotes: the body does not "
                              "point at them");
    return result;
  }

  for (std::size_t i = 0; i < segmentation.notes.size(); ++i) {
    RawNote& note = segmentation.notes[i];
    Footnote footnote;
    footnote.number = note.number;
    footnote.number_inferred = note.inferred;
    for (const Piece& piece : note.pieces) {
      if (!footnote.text.empty())
        footnote.text.push_back('\n');
      footnote.text.append(text.substr(piece.begin, piece.end - piece.begin));
    }
    const std::size_t end = note.pieces.empty() ? note.span_begin : note.pieces.back().end;
    footnote.span.begin = note.span_begin;
    footnote.span.end = std::max(end, note.span_begin);
    footnote.span.line = lines[static_cast<std::size_t>(note.first_line)].number;
    footnote.marker = markers[i];
    footnote.repairs = std::move(note.repairs);
    result.footnotes.push_back(std::move(footnote));
  }
  return result;
}

}  // namespace citecheck::segmentation

#include "segment/text_notes.hpp"

#include <algorithm>
#include <limits>
#include <set>
#include <string>
#include <utility>

#include "segment/blocks.hpp"
#include "segment/candidates.hpp"
#include "segment/lines.hpp"
#include "segment/markers.hpp"
#include "segment/pages.hpp"
#include "segment/patterns.hpp"
#include "segment/sequence.hpp"

namespace citecheck::segmentation {

namespace {

// One numbering run's notes, built inside the lines its neighbours leave it.
struct Series {
  Sequence sequence;
  Segmentation segmentation;
  std::vector<std::optional<Marker>> markers;
  bool kept = false;
};

// Lines [after, before] (exclusive) whose markers run `r` may take: the body since the
// previous run of its kind (a chapter's body precedes its notes) up to the sentence its
// last block interrupted; the next run's body follows that block.
std::pair<int, int> marker_stretch(const std::vector<Series>& runs, std::size_t r) {
  const bool secondary = runs[r].sequence.secondary;
  const auto same_kind = [&](std::size_t i) { return secondary || !runs[i].sequence.secondary; };
  int after_line = -1;
  for (std::size_t i = r; i-- > 0;) {
    if (same_kind(i) && !runs[i].segmentation.blocks.empty()) {
      after_line = runs[i].segmentation.blocks.back().last;
      break;
    }
  }
  int before_line = std::numeric_limits<int>::max();
  for (std::size_t i = r + 1; i < runs.size(); ++i) {
    if (!same_kind(i) || runs[i].segmentation.blocks.empty())
      continue;
    before_line = runs[i].segmentation.blocks.front().first;
    if (!runs[r].segmentation.blocks.empty()) {
      before_line = std::min(before_line,
                             runs[r].segmentation.blocks.back().last + k_series_marker_tail_lines);
    }
    break;
  }
  return {after_line, before_line};
}

// A note area the reader found by position stands for the rule printed above the notes
// (drawn as a line, so lost to text extraction): the line above the area's first line
// becomes the page's separator. A rule the text does show is kept.
void mark_note_areas(const std::vector<Line>& lines, const std::vector<std::size_t>& note_areas,
                     Pages& pages) {
  for (const std::size_t offset : note_areas) {
    const auto after =
        std::upper_bound(lines.begin(), lines.end(), offset,
                         [](std::size_t value, const Line& line) { return value < line.begin; });
    if (after == lines.begin())
      continue;
    const auto first = static_cast<std::size_t>(after - lines.begin()) - 1;
    const auto page = static_cast<std::size_t>(pages.page_of_line[first]);
    if (page < pages.separator_line.size() && pages.separator_line[page] < 0) {
      pages.separator_line[page] = static_cast<int>(first) - 1;
      pages.any_separator = true;
    }
  }
}

}  // namespace

SegmentResult segment_text(std::string_view text, const std::vector<std::size_t>& note_areas) {
  SegmentResult result;
  std::vector<Line> lines = split_lines(text);
  if (lines.empty())
    return result;
  Pages pages = find_pages(lines);
  mark_note_areas(lines, note_areas, pages);
  const DigitMarkers digit_markers = find_digit_markers(text, lines);
  const std::vector<Candidate> candidates = find_candidates(lines, pages, digit_markers);
  const std::vector<Sequence> sequences = choose_runs(candidates);
  if (sequences.empty())
    return result;

  std::vector<Series> runs;
  std::vector<NoteBlock> all_blocks;
  for (std::size_t i = 0; i < sequences.size(); ++i) {
    Series run{sequences[i], {}, {}, false};
    if (i > 0) {
      const auto& previous_blocks = runs.back().segmentation.blocks;
      run.sequence.floor_line = previous_blocks.empty() ? runs.back().sequence.starts.back().line
                                                        : previous_blocks.back().last;
    }
    if (i + 1 < sequences.size())
      run.sequence.limit_line = sequences[i + 1].starts.front().line;
    run.segmentation = build_notes(text, lines, pages, run.sequence);
    for (std::string& warning : run.segmentation.warnings)
      result.warnings.push_back(std::move(warning));
    all_blocks.insert(all_blocks.end(), run.segmentation.blocks.begin(),
                      run.segmentation.blocks.end());
    runs.push_back(std::move(run));
  }
  const std::vector<MarkerCandidate> marker_candidates =
      find_marker_candidates(text, lines, all_blocks);

  // Primary runs choose their markers first; a run found in a stretch they left (another
  // style) gets only the markers they did not take, so a numbered list of the body cannot
  // borrow the real notes' markers.
  std::set<std::size_t> taken;
  std::size_t longest = 0;
  for (const Series& run : runs) {
    if (!run.sequence.secondary)
      longest = std::max(longest, run.segmentation.notes.size());
  }
  for (const bool secondary : {false, true}) {
    for (std::size_t r = 0; r < runs.size(); ++r) {
      if (runs[r].sequence.secondary != secondary)
        continue;
      const auto [after_line, before_line] = marker_stretch(runs, r);
      // Marker candidates are in line order (1-based lines): the stretch is a slice.
      const auto by_line = [](const MarkerCandidate& m, int line) { return m.line < line; };
      const auto first = std::lower_bound(marker_candidates.begin(), marker_candidates.end(),
                                          after_line + 2, by_line);
      const auto last =
          before_line == std::numeric_limits<int>::max()
              ? marker_candidates.end()
              : std::lower_bound(first, marker_candidates.end(), before_line + 1, by_line);
      std::vector<MarkerCandidate> pool;
      for (auto m = first; m != last; ++m) {
        if (!taken.contains(m->offset))
          pool.push_back(*m);
      }
      Series& run = runs[r];
      run.markers =
          align_markers(text, run.segmentation.notes, run.segmentation.blocks, lines, pool);
      // A numbered list of the body is not a run of notes: notes are pointed at from the
      // body.
      // Beside a longer run of the best style, or in another style, a run must show clear
      // markers for most of its notes, and a short one for all: numbered paragraphs next to
      // a chapter break read like a run.
      const std::size_t notes = run.segmentation.notes.size();
      const bool beside_longer = secondary || notes < longest;
      std::size_t with_marker = 0;
      for (const auto& marker : run.markers) {
        if (marker && (!beside_longer || marker->confidence >= k_clear_marker_confidence))
          ++with_marker;
      }
      const double share =
          notes == 0 ? 0.0 : static_cast<double>(with_marker) / static_cast<double>(notes);
      double needed =
          run.sequence.style == Style::dotted ? k_min_marker_share_dotted : k_min_marker_share;
      if (beside_longer)
        needed = notes < k_short_series_notes ? 1.0 : std::max(needed, k_min_marker_share_beside);
      run.kept = share >= needed || (!secondary && !beside_longer && pages.any_separator);
      if (!run.kept) {
        result.warnings.push_back("numbered lines from line " +
                                  std::to_string(run.sequence.starts.front().line + 1) +
                                  " read as a numbered list, not footnotes: the body does not "
                                  "point at them");
        continue;
      }
      for (const auto& marker : run.markers) {
        if (marker)
          taken.insert(marker->offset);
      }
    }
  }

  for (std::size_t r = 0; r < runs.size(); ++r) {
    Series& run = runs[r];
    if (!run.kept)
      continue;
    Segmentation& segmentation = run.segmentation;
    for (std::size_t i = 0; i < segmentation.notes.size(); ++i) {
      RawNote& note = segmentation.notes[i];
      Footnote footnote;
      footnote.number = note.number;
      footnote.series = static_cast<int>(r) + 1;
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
      footnote.marker = run.markers[i];
      footnote.repairs = std::move(note.repairs);
      result.footnotes.push_back(std::move(footnote));
    }
  }
  // Runs dropped as lists leave the kept ones numbered 1, 2, ... in order.
  int series = 0;
  int last_series = 0;
  for (Footnote& footnote : result.footnotes) {
    if (footnote.series != last_series) {
      last_series = footnote.series;
      ++series;
    }
    footnote.series = series;
  }
  return result;
}

}  // namespace citecheck::segmentation

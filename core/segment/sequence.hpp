#pragma once
// Picks the numbered lines that are footnotes: the best increasing run of numbers with
// small gaps, all in one numbering style, which may start over (chapters). Years at line
// starts and numbered paragraphs of the body fall out because they do not continue the
// run, or read as body.

#include <limits>
#include <vector>

#include "segment/candidates.hpp"

namespace citecheck::segmentation {

/// The chosen note openings, in document order, numbers strictly increasing within one
/// numbering run (a series); a number at or below the previous one starts the next series.
struct Sequence {
  std::vector<Candidate> starts;
  Style style = Style::bare;
  double score = 0.0;
  /// Lines this run's notes may occupy: after the previous series' notes, before the next
  /// series' first note. The whole document for a single run.
  int floor_line = -1;
  int limit_line = std::numeric_limits<int>::max();
  /// Found in a stretch the best style's runs left (another document or chapter printed
  /// in another style): kept only where the body points at its numbers.
  bool secondary = false;
};

/// Best sequence over all styles; empty when no style yields one worth taking.
Sequence choose_sequence(const std::vector<Candidate>& candidates);

/// `sequence` cut where its numbering starts over, in document order. Series shorter than
/// k_min_series_notes are dropped when there is more than one: two numbered lines after
/// a restart are more often a list than a chapter's notes.
std::vector<Sequence> split_series(const Sequence& sequence);

/// Every numbering run of the document, in order: the best style's runs, then runs of
/// other styles in the stretches before, between and after them (recursively).
/// `candidates` in line order, as find_candidates gives them.
std::vector<Sequence> choose_runs(const std::vector<Candidate>& candidates);

}  // namespace citecheck::segmentation

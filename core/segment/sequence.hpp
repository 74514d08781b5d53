#pragma once
// Picks the numbered lines that are footnotes: the best increasing run of numbers with
// small gaps, all in one numbering style. Years at line starts and numbered paragraphs of
// the body fall out because they do not continue the run, or read as body.

#include <vector>

#include "segment/candidates.hpp"

namespace citecheck::segmentation {

/// The chosen note openings, in document order, numbers strictly increasing.
struct Sequence {
  std::vector<Candidate> starts;
  Style style = Style::bare;
  double score = 0.0;
};

/// Best sequence over all styles; empty when no style yields one worth taking.
Sequence choose_sequence(const std::vector<Candidate>& candidates);

}  // namespace citecheck::segmentation

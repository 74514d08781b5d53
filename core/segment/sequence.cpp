#include "segment/sequence.hpp"

#include <algorithm>
#include <limits>

#include "segment/patterns.hpp"

namespace citecheck::segmentation {
namespace {

constexpr double k_none = -std::numeric_limits<double>::infinity();

// Longest-path over candidates of one style: each step goes forward in the text and up in
// number by 1..k_max_number_step. Linear: the best chain ending at each value is kept.
Sequence best_chain(const std::vector<Candidate>& all, Style style) {
  std::vector<const Candidate*> cands;
  for (const Candidate& c : all) {
    if (c.style == style && c.score > 0)
      cands.push_back(&c);
  }
  Sequence result;
  result.style = style;
  if (cands.empty())
    return result;
  int max_value = 0;
  for (const Candidate* c : cands)
    max_value = std::max(max_value, c->number);
  std::vector<double> best_at_value(static_cast<std::size_t>(max_value) + 1, k_none);
  std::vector<int> index_at_value(static_cast<std::size_t>(max_value) + 1, -1);
  std::vector<double> best(cands.size(), k_none);
  std::vector<int> parent(cands.size(), -1);
  double top = k_none;
  int top_index = -1;
  for (std::size_t i = 0; i < cands.size(); ++i) {
    const Candidate& c = *cands[i];
    double value = c.score - std::min(k_max_start_penalty, k_start_penalty * (c.number - 1));
    int from = -1;
    for (int step = 1; step <= k_max_number_step && c.number - step >= 1; ++step) {
      const auto v = static_cast<std::size_t>(c.number - step);
      if (best_at_value[v] == k_none)
        continue;
      const double through = best_at_value[v] + c.score - k_gap_penalty * (step - 1);
      if (through > value) {
        value = through;
        from = index_at_value[v];
      }
    }
    best[i] = value;
    parent[i] = from;
    const auto v = static_cast<std::size_t>(c.number);
    // Ties go to the later line: it sits nearer the notes that follow.
    if (value >= best_at_value[v]) {
      best_at_value[v] = value;
      index_at_value[v] = static_cast<int>(i);
    }
    if (value > top) {
      top = value;
      top_index = static_cast<int>(i);
    }
  }
  for (int i = top_index; i >= 0; i = parent[static_cast<std::size_t>(i)]) {
    result.starts.push_back(*cands[static_cast<std::size_t>(i)]);
  }
  std::reverse(result.starts.begin(), result.starts.end());
  result.score = top;
  return result;
}

}  // namespace

Sequence choose_sequence(const std::vector<Candidate>& candidates) {
  Sequence best;
  for (const Style style : {Style::bare, Style::spaced, Style::dotted, Style::superscript}) {
    Sequence chain = best_chain(candidates, style);
    if (chain.starts.empty())
      continue;
    if (style == Style::dotted) {
      // "1. Encourages ..." is far more often a numbered list or paragraph than a note:
      // a dotted run counts only as far as the body points at its numbers.
      std::size_t supported = 0;
      for (const Candidate& c : chain.starts)
        supported += c.supported ? 1 : 0;
      const double share =
          static_cast<double>(supported) / static_cast<double>(chain.starts.size());
      chain.score *= std::min(1.0, k_dotted_base_trust + share);
    }
    if (best.starts.empty() || chain.score > best.score)
      best = std::move(chain);
  }
  // One numbered line is a note only with strong evidence (number 1 below a rule or
  // supported by a marker): alone, "1 July" is a date.
  if (best.starts.size() == 1 &&
      (best.starts.front().number != 1 || best.starts.front().score < 2.0)) {
    best.starts.clear();
  }
  return best;
}

}  // namespace citecheck::segmentation

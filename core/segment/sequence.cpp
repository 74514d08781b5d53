#include "segment/sequence.hpp"

#include <algorithm>
#include <limits>

#include "segment/patterns.hpp"

namespace citecheck::segmentation {
namespace {

constexpr double k_none = -std::numeric_limits<double>::infinity();

// Longest-path over candidates of one style: each step goes forward in the text and up in
// number by 1..k_max_number_step, or starts the numbering over after the best chain so far
// (at a cost). Linear: the best chain ending at each value is kept; a later series' chain
// carries the earlier series' score, so it outbids them at the numbers they share.
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
    const double start_penalty = std::min(k_max_start_penalty, k_start_penalty * (c.number - 1));
    double value = c.score - start_penalty;
    int from = -1;
    if (top_index >= 0 && c.number <= k_max_restart_number &&
        c.number <= cands[static_cast<std::size_t>(top_index)]->number) {
      const double restarted = top + c.score - start_penalty - k_restart_penalty;
      if (restarted > value) {
        value = restarted;
        from = top_index;
      }
    }
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
  for (const Style style :
       {Style::bare, Style::spaced, Style::dotted, Style::superscript, Style::bracketed}) {
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

std::vector<Sequence> split_series(const Sequence& sequence) {
  std::vector<Sequence> series;
  for (const Candidate& c : sequence.starts) {
    if (series.empty() || c.number <= series.back().starts.back().number) {
      series.emplace_back();
      series.back().style = sequence.style;
      series.back().score = sequence.score;
    }
    series.back().starts.push_back(c);
  }
  if (series.size() > 1) {
    std::erase_if(series, [](const Sequence& s) { return s.starts.size() < k_min_series_notes; });
  }
  return series;
}

std::vector<Sequence> choose_runs(const std::vector<Candidate>& candidates) {
  std::vector<Sequence> runs = split_series(choose_sequence(candidates));
  if (runs.empty())
    return runs;
  // The stretches outside the runs' first and last note lines.
  std::vector<std::pair<int, int>> gaps;  // exclusive bounds
  gaps.emplace_back(-1, runs.front().starts.front().line);
  for (std::size_t i = 0; i + 1 < runs.size(); ++i)
    gaps.emplace_back(runs[i].starts.back().line, runs[i + 1].starts.front().line);
  gaps.emplace_back(runs.back().starts.back().line, std::numeric_limits<int>::max());
  std::vector<Sequence> found;
  // Candidates come in line order: each stretch is a slice, found by binary search, so a
  // book of many chapters stays linear.
  const auto by_line = [](const Candidate& c, int line) { return c.line < line; };
  for (const auto& [after, before] : gaps) {
    const auto first = std::lower_bound(candidates.begin(), candidates.end(), after + 1, by_line);
    const auto last = before == std::numeric_limits<int>::max()
                          ? candidates.end()
                          : std::lower_bound(first, candidates.end(), before, by_line);
    const std::vector<Candidate> inside(first, last);
    if (inside.size() < k_min_series_notes)
      continue;
    for (Sequence& run : choose_runs(inside)) {
      if (run.starts.size() < k_min_series_notes ||
          run.starts.front().number > k_max_restart_number) {
        continue;
      }
      run.secondary = true;
      found.push_back(std::move(run));
    }
  }
  runs.insert(runs.end(), std::make_move_iterator(found.begin()),
              std::make_move_iterator(found.end()));
  std::sort(runs.begin(), runs.end(), [](const Sequence& a, const Sequence& b) {
    return a.starts.front().line < b.starts.front().line;
  });
  return runs;
}

}  // namespace citecheck::segmentation

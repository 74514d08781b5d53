#pragma once
// A set of byte spans ("no notes in here": code, raw HTML, front matter) asked by offset.

#include <algorithm>
#include <cstddef>
#include <vector>

#include "readers/markdown_syntax.hpp"

namespace citecheck::readers::markdown {

class RangeSet {
 public:
  void add(Range range) {
    if (range.end > range.begin) {
      m_ranges.push_back(range);
      m_sorted = false;
    }
  }

  bool contains(std::size_t offset) {
    sort();
    auto it = std::upper_bound(m_ranges.begin(), m_ranges.end(), offset,
                               [](std::size_t o, const Range& r) { return o < r.begin; });
    return it != m_ranges.begin() && offset < std::prev(it)->end;
  }

 private:
  void sort() {
    if (m_sorted) {
      return;
    }
    std::sort(m_ranges.begin(), m_ranges.end(),
              [](const Range& a, const Range& b) { return a.begin < b.begin; });
    std::vector<Range> merged;
    for (const Range& r : m_ranges) {
      if (!merged.empty() && r.begin <= merged.back().end) {
        merged.back().end = std::max(merged.back().end, r.end);
      } else {
        merged.push_back(r);
      }
    }
    m_ranges = std::move(merged);
    m_sorted = true;
  }

  std::vector<Range> m_ranges;
  bool m_sorted = true;
};

}  // namespace citecheck::readers::markdown

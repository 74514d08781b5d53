#pragma once
// A set of byte spans ("no notes in here": code, raw HTML, front matter) asked by offset.

#include <algorithm>
#include <cstddef>
#include <vector>

#include "text/byte_range.hpp"

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
    m_ranges = text::merged_ranges(std::move(m_ranges));
    m_sorted = true;
  }

  std::vector<Range> m_ranges;
  bool m_sorted = true;
};

}  // namespace citecheck::readers::markdown

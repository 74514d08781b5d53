#pragma once
// Template part of lines.hpp.

#include <algorithm>
#include <vector>

namespace citecheck::segmentation {

template <typename Keep>
int median_width(const std::vector<Line>& lines, Keep keep) {
  std::vector<int> widths;
  for (const Line& line : lines) {
    if (!line.blank && keep(line))
      widths.push_back(line.width);
  }
  if (widths.empty())
    return 0;
  auto mid = widths.begin() + static_cast<std::ptrdiff_t>(widths.size() / 2);
  std::nth_element(widths.begin(), mid, widths.end());
  return *mid;
}

}  // namespace citecheck::segmentation

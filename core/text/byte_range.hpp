#pragma once
// Half-open byte ranges into a text, and their union: the readers (code spans a note cannot
// start in) and the splitter (URLs a cut cannot fall in) both ask "is this offset inside?".

#include <algorithm>
#include <cstddef>
#include <vector>

namespace citecheck::text {

/// A half-open byte range [begin, end) into some text.
struct ByteRange {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool contains(std::size_t pos) const { return pos >= begin && pos < end; }
  bool empty() const { return end <= begin; }
};

/// The bytes any of `ranges` covers, as sorted, disjoint, non-empty ranges (touching ones
/// merged): walkable in order, and membership is a binary search.
inline std::vector<ByteRange> merged_ranges(std::vector<ByteRange> ranges) {
  std::erase_if(ranges, [](const ByteRange& r) { return r.empty(); });
  std::sort(ranges.begin(), ranges.end(),
            [](const ByteRange& a, const ByteRange& b) { return a.begin < b.begin; });
  std::vector<ByteRange> merged;
  for (const ByteRange& r : ranges) {
    if (!merged.empty() && r.begin <= merged.back().end) {
      merged.back().end = std::max(merged.back().end, r.end);
    } else {
      merged.push_back(r);
    }
  }
  return merged;
}

}  // namespace citecheck::text

#include "segment/backward.hpp"

#include <algorithm>

namespace citecheck::segmentation {

LeadingText extend_backward(const std::vector<Line>& lines, const Pages& pages, int start_line,
                            int floor_line, int missing) {
  LeadingText result;
  const int page = pages.page_of_line[static_cast<std::size_t>(start_line)];
  const int separator = pages.separator_line[static_cast<std::size_t>(page)];
  const bool has_separator = separator > floor_line && separator < start_line;
  if (missing <= 0 && !has_separator)
    return result;
  auto at = [&](int i) -> const Line& { return lines[static_cast<std::size_t>(i)]; };
  auto same_page = [&](int i) { return pages.page_of_line[static_cast<std::size_t>(i)] == page; };
  int j = start_line - 1;
  while (j > floor_line) {
    int blanks = 0;
    while (j > floor_line && at(j).blank) {
      ++blanks;
      --j;
    }
    if (j <= floor_line || blanks > 1 || !same_page(j))
      break;
    const Line& bottom = at(j);
    if (bottom.furniture || is_separator_line(bottom.content) || is_glyph_line(bottom.content)) {
      break;
    }
    int top = j;
    while (top - 1 > floor_line && !at(top).page_start) {
      const Line& above = at(top - 1);
      if (above.blank || above.furniture || is_separator_line(above.content) ||
          is_glyph_line(above.content) || !same_page(top - 1)) {
        break;
      }
      --top;
    }
    bool all_urls = true;
    for (int i = top; i <= j; ++i)
      all_urls = all_urls && is_url_line(at(i).content);
    int g = top - 1;
    int blanks_above = 0;
    while (g > floor_line && at(g).blank) {
      --g;
      ++blanks_above;
    }
    const bool glyph_above =
        g > floor_line && blanks_above <= 1 && same_page(g) && is_glyph_line(at(g).content);
    const bool below_separator = has_separator && separator < top;
    const bool accept = below_separator || (missing > 0 && (all_urls || glyph_above));
    if (!accept)
      break;
    std::vector<NotePiece> unit;
    for (int i = top; i <= j; ++i)
      unit.push_back({piece_of(lines, i), 0, false, false});
    unit.front().glyph_before = glyph_above;
    result.units.push_back(std::move(unit));
    result.first_line = glyph_above ? g : top;
    result.below_separator = result.below_separator || below_separator;
    if (at(top).page_start)
      break;
    j = glyph_above ? g - 1 : top - 1;
    if (!below_separator && static_cast<int>(result.units.size()) >= missing)
      break;
  }
  std::reverse(result.units.begin(), result.units.end());
  return result;
}

}  // namespace citecheck::segmentation

#include "segment/walk.hpp"

#include <algorithm>

namespace citecheck::segmentation {

Piece piece_of(const std::vector<Line>& lines, int index, std::size_t from) {
  const Line& line = lines[static_cast<std::size_t>(index)];
  const std::size_t begin = line.begin + static_cast<std::size_t>(line.indent);
  const std::size_t end = begin + line.content.size();
  return {index, std::max(begin, std::min(from, end)), end};
}

Walk walk_note(const std::vector<Line>& lines, const Candidate& start, const WalkBounds& bounds,
               const std::vector<int>& chain_numbers, const NoteLayout& base_layout) {
  Walk walk;
  NoteLayout layout = base_layout;
  const Line& first = lines[static_cast<std::size_t>(start.line)];
  const std::size_t content_end =
      first.begin + static_cast<std::size_t>(first.indent) + first.content.size();
  walk.last_line = start.line;
  int previous_text = -1;
  if (start.text_begin < content_end) {
    walk.pieces.push_back({piece_of(lines, start.line, start.text_begin), 0, false, false});
    previous_text = start.line;
    layout.text_indent = static_cast<int>(start.text_begin - first.begin);
  }
  int blanks = 0;
  bool glyph = false;
  const int n = static_cast<int>(lines.size());
  int j = start.line + 1;
  for (; j < n; ++j) {
    if (j == bounds.next_start_line) {
      walk.stop = Stop::next_note;
      return walk;
    }
    const Line& line = lines[static_cast<std::size_t>(j)];
    if (line.page_start) {
      walk.stop = Stop::page_break;
      return walk;
    }
    if (line.furniture)
      continue;
    if (line.blank) {
      ++blanks;
      continue;
    }
    if (is_separator_line(line.content))
      break;
    if (const auto number = leading_number(line.content);
        number && number->text_begin >= line.content.size() && number->punctuation == 0) {
      const int v = number->value;
      const bool in_chain = std::binary_search(chain_numbers.begin(), chain_numbers.end(), v);
      if (bounds.detached_allowed && !in_chain && v > bounds.floor && v < bounds.ceiling) {
        walk.detached.push_back({j, v});
        walk.last_line = j;
        blanks = 0;
        glyph = false;
        continue;
      }
      break;
    }
    if (is_glyph_line(line.content)) {
      glyph = true;
      continue;
    }
    bool continues = false;
    if (previous_text < 0) {
      continues = blanks <= 1;
    } else {
      continues =
          continues_note(lines[static_cast<std::size_t>(previous_text)], line, blanks, layout);
    }
    if (!continues)
      break;
    if (layout.continuation_indent < 0)
      layout.continuation_indent = line.indent;
    walk.pieces.push_back({piece_of(lines, j), blanks, glyph, false});
    previous_text = j;
    walk.last_line = j;
    blanks = 0;
    glyph = false;
  }
  walk.stop = j >= n ? Stop::end_of_text : Stop::body;
  return walk;
}

}  // namespace citecheck::segmentation

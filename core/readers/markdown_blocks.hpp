#pragma once
// Block-level pass over a Markdown source: front matter, regions whose content is not
// Markdown (fenced code, raw HTML such as <style>), and `[^label]: text` footnote
// definitions with the lines they span. Linear in the number of lines.

#include <string>
#include <string_view>
#include <vector>

#include "readers/markdown_syntax.hpp"

namespace citecheck::readers::markdown {

/// One line of the source: [begin, end) without its '\n'.
struct Line {
  std::size_t begin = 0;
  std::size_t end = 0;
};

std::vector<Line> split_lines(std::string_view text, const std::vector<std::size_t>& starts);

/// A footnote definition. Its text may run over indented or lazy continuation lines and
/// over several paragraphs (each further paragraph indented).
struct NoteDefinition {
  std::string label;
  std::size_t start = 0;       ///< offset of "[^"
  std::size_t text_begin = 0;  ///< the note's text, trimmed, in Document::text
  std::size_t text_end = 0;
  std::size_t first_line = 0;  ///< 0-based line indexes
  std::size_t last_line = 0;
  /// The definition's content line by line with its indentation removed, as the inline
  /// (link) pass should see it; blank lines are empty ranges.
  std::vector<Range> pieces;
};

struct BlockMap {
  std::vector<Line> lines;
  Range front_matter;      ///< empty when there is none
  std::vector<Range> raw;  ///< fenced code and raw HTML blocks, in order
  std::vector<NoteDefinition> definitions;
  /// Per line: 0 = ordinary, 1 = front matter or raw, 2 = part of a definition.
  std::vector<unsigned char> line_kind;
};

inline constexpr unsigned char k_line_plain = 0;
inline constexpr unsigned char k_line_raw = 1;
inline constexpr unsigned char k_line_definition = 2;

BlockMap scan_blocks(std::string_view text, const std::vector<std::size_t>& line_starts);

}  // namespace citecheck::readers::markdown

#pragma once
// Inline pass over a Markdown source with md4c: code spans and code blocks (where no note
// marker counts) and explicit links. Footnote definitions are handed to md4c as blocks of
// their own with their indentation removed, so links inside multi-paragraph notes are
// found too; offsets are mapped back to Document::text.

#include <string>
#include <string_view>
#include <vector>

#include <citecheck/document.hpp>

#include "readers/markdown_blocks.hpp"
#include "readers/range_set.hpp"

namespace citecheck::readers::markdown {

struct InlineScan {
  std::vector<Range> code;  ///< code spans and code blocks, in Document::text offsets
  std::vector<Link> links;  ///< inline, reference-style and autolinks
};

InlineScan scan_inline(std::string_view text, const BlockMap& blocks);

/// Links written as raw HTML anchors (<a href="...">text</a>) outside `excluded`.
std::vector<Link> html_anchor_links(std::string_view text, RangeSet& excluded);

}  // namespace citecheck::readers::markdown

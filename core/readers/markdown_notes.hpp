#pragma once
// The two ways Markdown documents carry notes, each turned into ExplicitNotes:
//  - footnotes: `[^label]` references and `[^label]: text` definitions (Pandoc, GFM,
//    MultiMarkdown, kramdown);
//  - endnotes: a list of notes at the end, each line starting with its number
//    (`<sup>N</sup> text`, `^N^ text`) or a numbered list (`N. text`, `[N] text`) under a
//    "Notes"/"Endnotes"/"References" heading, with `<sup>N</sup>` or `^N^` in the body.

#include <string>
#include <vector>

#include <citecheck/document.hpp>

#include "readers/markdown_blocks.hpp"
#include "readers/range_set.hpp"

namespace citecheck::readers::markdown {

struct NoteScan {
  std::vector<ExplicitNote> notes;  ///< footnotes by number; endnotes as listed
  std::vector<std::string> warnings;
};

/// `excluded`: code, raw HTML and front matter, where no marker counts.
NoteScan footnote_notes(const Document& doc, const BlockMap& blocks, RangeSet& excluded);
NoteScan endnote_notes(const Document& doc, const BlockMap& blocks, RangeSet& excluded);

}  // namespace citecheck::readers::markdown

// Markdown: the text stays the Markdown source (so every offset is a file position); the
// reader adds the notes and links the markup states.
#include <algorithm>

#include "readers/formats.hpp"
#include "readers/markdown_blocks.hpp"
#include "readers/markdown_inline.hpp"
#include "readers/markdown_notes.hpp"

namespace citecheck::readers {

Document read_markdown(RawInput input) {
  Document doc = decoded_document(std::move(input), Format::markdown);
  const markdown::BlockMap blocks = markdown::scan_blocks(doc.text, doc.line_starts);
  markdown::InlineScan inline_scan = markdown::scan_inline(doc.text, blocks);

  markdown::RangeSet excluded;
  excluded.add(blocks.front_matter);
  for (const markdown::Range& range : blocks.raw) {
    excluded.add(range);
  }
  for (const markdown::Range& range : inline_scan.code) {
    excluded.add(range);
  }

  // Footnote definitions, where present, are the notes; an endnote list is looked for only
  // without them, so one document never gets two numberings.
  markdown::NoteScan notes = markdown::footnote_notes(doc, blocks, excluded);
  if (notes.notes.empty()) {
    markdown::NoteScan endnotes = markdown::endnote_notes(doc, blocks, excluded);
    endnotes.warnings.insert(endnotes.warnings.begin(), notes.warnings.begin(),
                             notes.warnings.end());
    notes = std::move(endnotes);
  }
  doc.notes = std::move(notes.notes);
  doc.has_explicit_notes = !doc.notes.empty();
  doc.warnings.insert(doc.warnings.end(), notes.warnings.begin(), notes.warnings.end());

  doc.links = std::move(inline_scan.links);
  std::vector<Link> anchors = markdown::html_anchor_links(doc.text, excluded);
  doc.links.insert(doc.links.end(), std::make_move_iterator(anchors.begin()),
                   std::make_move_iterator(anchors.end()));
  std::stable_sort(doc.links.begin(), doc.links.end(),
                   [](const Link& a, const Link& b) { return a.begin < b.begin; });
  return doc;
}

}  // namespace citecheck::readers

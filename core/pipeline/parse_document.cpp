// The offline half of the flow, one direction only: segment -> split -> recognize -> fill
// the generic kind of what no plugin claimed. Each stage takes the previous one's output.
#include <citecheck/pipeline.hpp>
#include <citecheck/segment.hpp>
#include <citecheck/split.hpp>

#include <string>
#include <utility>

namespace citecheck {
namespace {

std::string where(const Document& document, const Citation& citation) {
  return document.path + ": footnote " + std::to_string(citation.footnote) + " (line " +
         std::to_string(citation.span.line) + "), citation " + citation.id;
}

// Page and spot on the page of a span's first byte, where the reader laid the text out.
void place(const Document& document, SourceSpan& span) {
  if (const LinePlacement* placement = document.placement_of(span.begin)) {
    span.page = placement->page;
    span.position = placement->at;
  }
}

}  // namespace

ParsedDocument parse_document(const Document& document, const PluginSet& plugins) {
  ParsedDocument parsed;
  parsed.path = document.path;
  parsed.format = document.format;
  parsed.warnings = document.warnings;

  SegmentResult segmented = segment(document);
  parsed.warnings.insert(parsed.warnings.end(), std::make_move_iterator(segmented.warnings.begin()),
                         std::make_move_iterator(segmented.warnings.end()));
  parsed.footnotes = split_citations(std::move(segmented.footnotes), document);
  if (!document.placements.empty()) {
    for (auto& footnote : parsed.footnotes) {
      place(document, footnote.span);
      for (auto& citation : footnote.citations) {
        place(document, citation.span);
      }
    }
  }

  // The plugins' working copy, kept across citations so that its storage is reused.
  Citation scratch;
  for (auto& footnote : parsed.footnotes) {
    for (auto& citation : footnote.citations) {
      const Recognition answer = plugins.recognize(citation, scratch);
      if (answer == Recognition::not_mine) {
        // No plugin knows this source: core's generic rules decide (ibid, interview, web...).
        fill_generic_kind(citation);
      }
      // What the citation's markup states (a wiki citation template) beats any reading.
      apply_citation_markup(citation);
      if (answer == Recognition::broken) {
        parsed.warnings.push_back(where(document, citation) + ": recognized by " +
                                  (citation.plugin.empty() ? "a plugin" : citation.plugin) +
                                  " but too damaged to read its fields");
      }
    }
  }
  if (parsed.footnotes.empty()) {
    parsed.warnings.push_back(document.path + ": no footnotes found");
  }
  return parsed;
}

}  // namespace citecheck

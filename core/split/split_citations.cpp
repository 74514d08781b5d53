// STUB: replaced by the splitter work.
#include <citecheck/split.hpp>

namespace citecheck {

std::vector<Footnote> split_citations(std::vector<Footnote> footnotes, const Document& document) {
  (void)document;
  for (auto& footnote : footnotes) {
    Citation citation;
    citation.id = std::to_string(footnote.number) + ".1";
    citation.footnote = footnote.number;
    citation.raw = footnote.text;
    citation.span = footnote.span;
    footnote.citations.push_back(std::move(citation));
  }
  return footnotes;
}

}  // namespace citecheck

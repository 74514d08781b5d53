#include <citecheck/pipeline.hpp>
#include <citecheck/segment.hpp>
#include <citecheck/split.hpp>

namespace citecheck {

ParsedDocument parse_document(const Document& document, const PluginSet& plugins) {
  ParsedDocument parsed;
  parsed.path = document.path;
  parsed.format = document.format;
  parsed.warnings = document.warnings;

  SegmentResult segmented = segment(document);
  parsed.warnings.insert(parsed.warnings.end(), segmented.warnings.begin(),
                         segmented.warnings.end());
  parsed.footnotes = split_citations(std::move(segmented.footnotes), document);
  for (auto& footnote : parsed.footnotes) {
    for (auto& citation : footnote.citations) {
      plugins.recognize(citation);
    }
  }
  if (parsed.footnotes.empty()) {
    parsed.warnings.push_back(document.path + ": no footnotes found");
  }
  return parsed;
}

}  // namespace citecheck

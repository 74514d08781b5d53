#pragma once
// The offline half of the flow: read -> segment -> split -> recognize.

#include <string>
#include <vector>

#include <citecheck/document.hpp>
#include <citecheck/plugin_host.hpp>

namespace citecheck {

/// A document's footnotes with their citations recognized.
struct ParsedDocument {
  std::string path;
  Format format = Format::text;
  std::vector<Footnote> footnotes;
  std::vector<std::string> warnings;
};

/// Segments, splits, and lets the plugins recognize. Core then fills the generic kind of
/// any citation no plugin claimed (ibid, interview, book, report, web, other).
ParsedDocument parse_document(const Document& document, const PluginSet& plugins);

}  // namespace citecheck

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

/// How to parse.
struct ParseOptions {
  /// Threads that recognize citations at once (plugins' recognize() is pure, so citations
  /// are independent); 0: one per core, as a document's length makes worth it.
  unsigned threads = 0;
};

/// Segments, splits, and lets the plugins recognize. Core then fills the generic kind of
/// any citation no plugin claimed (ibid, interview, book, report, web, other). The result
/// does not depend on the number of threads.
ParsedDocument parse_document(const Document& document, const PluginSet& plugins,
                              const ParseOptions& options = {});

}  // namespace citecheck

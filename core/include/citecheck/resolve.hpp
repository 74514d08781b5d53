#pragma once
// Resolution: each recognized citation handed to the plugins, which look the source up
// through the host's Engine and cache. Runs after the link check, so that plugins can use
// its results (the archive plugin looks for copies of links that are not ok).

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include <citecheck/pipeline.hpp>
#include <citecheck/plugin.hpp>

namespace citecheck {

/// What the plugins said about one citation.
struct CitationResolutions {
  std::string citation_id;
  int footnote = 0;
  std::vector<Resolution> resolutions;
};

/// Called after each resolved citation: (done, total).
using ResolveProgress = std::function<void(std::size_t, std::size_t)>;

/// Resolves every citation of the document, several at once (the engine is thread-safe and
/// keeps its own limits). Answers come back in citation order. A plugin that fails is turned
/// into an "unresolved" answer by the plugin set; nothing here throws for a bad service.
std::vector<CitationResolutions> resolve_document(const ParsedDocument& document,
                                                  const PluginSet& plugins, ResolveContext& context,
                                                  std::size_t parallel = 8,
                                                  const ResolveProgress& progress = {});

}  // namespace citecheck

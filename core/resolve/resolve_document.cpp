#include <citecheck/resolve.hpp>

#include <atomic>
#include <mutex>
#include <thread>

namespace citecheck {

std::vector<CitationResolutions> resolve_document(const ParsedDocument& document,
                                                  const PluginSet& plugins,
                                                  ResolveContext& context, std::size_t parallel,
                                                  const ResolveProgress& progress) {
  std::vector<const Citation*> citations;
  for (const auto& footnote : document.footnotes) {
    for (const auto& citation : footnote.citations) {
      citations.push_back(&citation);
    }
  }
  std::vector<CitationResolutions> out(citations.size());
  std::atomic<std::size_t> next{0};
  std::mutex progress_mutex;
  std::size_t done = 0;
  // Plugins block on their requests; several workers keep the engine's pipes busy while
  // each plugin stays simple, sequential code.
  const auto work = [&] {
    for (std::size_t i = next++; i < citations.size(); i = next++) {
      const Citation& citation = *citations[i];
      out[i].citation_id = citation.id;
      out[i].footnote = citation.footnote;
      out[i].resolutions = plugins.resolve(citation, context);
      if (progress) {
        std::lock_guard lock(progress_mutex);
        progress(++done, citations.size());
      }
    }
  };
  const std::size_t workers = std::max<std::size_t>(1, std::min(parallel, citations.size()));
  std::vector<std::jthread> threads;
  for (std::size_t w = 1; w < workers; ++w) {
    threads.emplace_back(work);
  }
  work();
  return out;
}

}  // namespace citecheck

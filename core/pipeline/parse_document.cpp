// The offline half of the flow, one direction only: segment -> split -> recognize -> fill
// the generic kind of what no plugin claimed. Each stage takes the previous one's output.
#include <citecheck/pipeline.hpp>
#include <citecheck/segment.hpp>
#include <citecheck/split.hpp>

#include <algorithm>
#include <atomic>
#include <exception>
#include <string>
#include <thread>
#include <utility>
#include <vector>

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

// Recognizes one citation: a plugin's reading, else core's generic rules. True when a
// plugin claimed it but could not read it.
bool recognize_one(Citation& citation, const PluginSet& plugins, Citation& scratch) {
  const Recognition answer = plugins.recognize(citation, scratch);
  if (answer == Recognition::not_mine) {
    // No plugin knows this source: core's generic rules decide (ibid, interview, web...).
    fill_generic_kind(citation);
  }
  // What the citation's markup states (a wiki citation template) beats any reading.
  apply_citation_markup(citation);
  return answer == Recognition::broken;
}

// Below this many citations per thread a thread costs more than it saves.
constexpr std::size_t k_citations_per_thread = 1000;
constexpr unsigned k_max_threads = 8;

unsigned threads_for(std::size_t citations, unsigned asked) {
  if (asked > 0) {
    return asked;
  }
  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  const std::size_t worth = std::max<std::size_t>(1, citations / k_citations_per_thread);
  return static_cast<unsigned>(std::min<std::size_t>({cores, worth, k_max_threads}));
}

// Each citation is recognized on its own (plugins' recognize() is pure), so long documents
// share the work out: threads take slices of citations as they come free, so a thread that
// gets no core (a busy machine) holds up one slice, not a fixed half of the document. The
// flags come back in document order.
constexpr std::size_t k_slice = 128;

std::vector<char> recognize_all(const std::vector<Citation*>& citations, const PluginSet& plugins,
                                unsigned asked_threads) {
  std::vector<char> broken(citations.size(), 0);
  const unsigned threads = threads_for(citations.size(), asked_threads);
  std::atomic<std::size_t> next{0};
  const auto run = [&] {
    // The plugins' working copy, one per thread, kept across citations: its storage is reused.
    Citation scratch;
    for (std::size_t from = next.fetch_add(k_slice); from < citations.size();
         from = next.fetch_add(k_slice)) {
      const std::size_t to = std::min(citations.size(), from + k_slice);
      for (std::size_t i = from; i < to; ++i) {
        broken[i] = recognize_one(*citations[i], plugins, scratch) ? 1 : 0;
      }
    }
  };
  if (threads <= 1 || citations.size() <= k_slice) {
    run();
    return broken;
  }
  std::vector<std::exception_ptr> failures(threads);
  {
    std::vector<std::jthread> workers;
    for (unsigned t = 1; t < threads; ++t) {
      workers.emplace_back([&, t] {
        try {
          run();
        } catch (...) {
          failures[t] = std::current_exception();
          next = citations.size();  // the others stop at their next slice
        }
      });
    }
    try {
      run();
    } catch (...) {
      failures[0] = std::current_exception();
      next = citations.size();
    }
  }  // joined
  for (const auto& failure : failures) {
    if (failure) {
      std::rethrow_exception(failure);
    }
  }
  return broken;
}

}  // namespace

ParsedDocument parse_document(const Document& document, const PluginSet& plugins,
                              const ParseOptions& options) {
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

  std::vector<Citation*> citations;
  for (auto& footnote : parsed.footnotes) {
    for (auto& citation : footnote.citations) {
      citations.push_back(&citation);
    }
  }
  const std::vector<char> broken = recognize_all(citations, plugins, options.threads);
  for (std::size_t i = 0; i < citations.size(); ++i) {
    if (broken[i] != 0) {
      const Citation& citation = *citations[i];
      parsed.warnings.push_back(where(document, citation) + ": recognized by " +
                                (citation.plugin.empty() ? "a plugin" : citation.plugin) +
                                " but too damaged to read its fields");
    }
  }
  if (parsed.footnotes.empty()) {
    parsed.warnings.push_back(document.path + ": no footnotes found");
  }
  return parsed;
}

}  // namespace citecheck

#include <citecheck/resolve.hpp>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <optional>
#include <thread>

#include "resolve/waiting_engine.hpp"

namespace citecheck {
namespace {

/// Threads that resolve citations: one per core to begin with, and one more whenever a
/// worker waits on the network while fewer than that are working, up to `most`. A run the
/// store answers stays on a few threads (64 idle threads cost ~9 MB of stacks and heaps);
/// a run that waits on services grows to keep the engine's pipes full.
class Workers {
 public:
  Workers(std::size_t most, std::function<void()> work) : m_most(most), m_work(std::move(work)) {}

  ~Workers() { join(); }
  Workers(const Workers&) = delete;
  Workers& operator=(const Workers&) = delete;

  /// Waits for every worker. Workers may add workers until the last citation is taken:
  /// joins until none is left.
  void join() {
    for (;;) {
      std::vector<std::jthread> joining;
      {
        const std::lock_guard lock(m_mutex);
        joining.swap(m_threads);
      }
      if (joining.empty()) {
        return;
      }
    }
  }

  /// Starts one worker per core; the caller's thread is one of them and runs `work` itself.
  void start() {
    const std::lock_guard lock(m_mutex);
    for (std::size_t w = 1; w < std::min(m_cores, m_most); ++w) {
      add_locked();
    }
  }

  /// A worker starts (+1) or stops (-1) waiting on the network. `more_work`: citations are
  /// still to be taken.
  void waiting(int change, bool more_work) {
    const std::lock_guard lock(m_mutex);
    m_waiting += change;
    const std::size_t working = m_running - static_cast<std::size_t>(std::max(m_waiting, 0));
    if (change > 0 && more_work && working < m_cores && m_running < m_most) {
      add_locked();
    }
  }

 private:
  void add_locked() {
    ++m_running;
    m_threads.emplace_back(m_work);
  }

  const std::size_t m_most;
  const std::size_t m_cores = std::max(1u, std::thread::hardware_concurrency());
  std::function<void()> m_work;
  std::mutex m_mutex;
  std::vector<std::jthread> m_threads;
  std::size_t m_running = 1;  ///< the caller's thread included
  int m_waiting = 0;
};

}  // namespace

std::vector<CitationResolutions> resolve_document(const ParsedDocument& document,
                                                  const PluginSet& plugins, ResolveContext& context,
                                                  std::size_t parallel,
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
  const std::size_t most = std::max<std::size_t>(1, std::min(parallel, citations.size()));
  std::optional<Workers> workers;  // made once `work` exists; lives until every worker ends
  // Plugins reach the network through this engine, which tells the workers when they wait.
  resolve::WaitingEngine http(
      context.http, [&](int change) { workers->waiting(change, next.load() < citations.size()); });
  ResolveContext waiting_context{http, context.store, context.settings, context.document_date,
                                 context.link_check};
  const auto work = [&] {
    for (std::size_t i = next++; i < citations.size(); i = next++) {
      const Citation& citation = *citations[i];
      out[i].citation_id = citation.id;
      out[i].footnote = citation.footnote;
      out[i].resolutions = plugins.resolve(citation, waiting_context);
      if (progress) {
        std::lock_guard lock(progress_mutex);
        progress(++done, citations.size());
      }
    }
  };
  workers.emplace(most, work);
  workers->start();
  work();
  workers->join();
  return out;
}

}  // namespace citecheck

#pragma once
// The event loop (after curl's docs/examples/10-at-a-time.c): one thread, one multi
// handle, many transfers. Each easy handle is tagged with its job (CURLOPT_PRIVATE);
// finished ones are drained from curl_multi_info_read and the next ones added; transfers
// waiting to retry sit in a timer queue while the others go on.

#include <curl/curl.h>

#include <memory>
#include <mutex>
#include <queue>
#include <thread>
#include <unordered_map>
#include <vector>

#include <citecheck/engine.hpp>

#include "engine/easy_pool.hpp"
#include "engine/host_health.hpp"
#include "engine/host_pool.hpp"
#include "engine/transfer.hpp"

namespace citecheck::engine {

/// A snapshot of the loop's bookkeeping, to show that memory stays flat.
struct LoopStats {
  std::size_t handles_created = 0;  ///< easy handles ever made
  std::size_t jobs = 0;             ///< transfers known to the loop and not yet answered
  std::size_t hosts_tracked = 0;
  std::size_t running = 0;
};

/// Runs transfers on its own thread until destroyed.
class MultiLoop {
 public:
  /// `options` must outlive the loop.
  explicit MultiLoop(const EngineOptions& options);
  MultiLoop(const MultiLoop&) = delete;
  MultiLoop& operator=(const MultiLoop&) = delete;
  /// Stops the thread; transfers still queued end with NetError::other.
  ~MultiLoop();

  /// Hands transfers to the loop; each delivers its answer through its own callback, on
  /// the loop's thread. Thread-safe.
  void submit(std::vector<std::unique_ptr<Transfer>> transfers);
  /// As of the end of the loop's last turn. Thread-safe.
  LoopStats stats() const;

 private:
  struct Job {
    std::unique_ptr<Transfer> transfer;
    CURL* easy = nullptr;
    HostKey host;  ///< the host of the running step
  };
  struct Timer {
    Clock::time_point due;
    JobId job;
    bool operator>(const Timer& other) const { return due > other.due; }
  };

  void run();
  bool accept_submissions();
  void promote_timers(Clock::time_point now);
  void start_ready(Clock::time_point now);
  void drain_finished();
  void after_step(JobId id, Job& job, const StepOutcome& outcome, Clock::time_point now);
  long poll_timeout_ms(Clock::time_point now) const;
  void shut_down();
  /// Ends `transfer` unsent when its next host is down and it may fail fast.
  bool refused_as_down(Transfer& transfer, Clock::time_point now);
  /// Takes in how a step that ended the transfer went; a host newly down has its queue
  /// of fail-fast jobs ended too.
  void note_health(const HostKey& host, const Transfer& transfer, Clock::time_point now);
  void publish_stats();

  const EngineOptions& m_options;
  CURLM* m_multi = nullptr;
  curl_slist* m_connect_to = nullptr;
  EasyPool m_easy;
  HostPool m_hosts;
  HostHealth m_health;
  std::unordered_map<JobId, Job> m_jobs;
  std::priority_queue<Timer, std::vector<Timer>, std::greater<>> m_timers;
  std::size_t m_running = 0;
  JobId m_next_id = 1;
  Clock::time_point m_next_sweep{};

  mutable std::mutex m_mutex;  ///< guards m_incoming, m_stop and m_stats
  LoopStats m_stats;
  std::vector<std::unique_ptr<Transfer>> m_incoming;
  bool m_stop = false;
  std::thread m_thread;
};

}  // namespace citecheck::engine

#include "engine/multi_loop.hpp"

#include <citecheck/config.hpp>

#include <algorithm>
#include <cstdint>

#include "engine/advertised_limits.hpp"
#include "engine/curl_global.hpp"

namespace citecheck::engine {
namespace {

// Longest sleep without a reason to wake; submissions and shutdown wake the loop anyway.
constexpr long k_idle_poll_ms = 1000;
constexpr auto k_sweep_every = std::chrono::seconds(5);

void* tag(JobId id) {
  return reinterpret_cast<void*>(static_cast<std::uintptr_t>(id));
}

JobId untag(void* value) {
  return static_cast<JobId>(reinterpret_cast<std::uintptr_t>(value));
}

}  // namespace

MultiLoop::MultiLoop(const EngineOptions& options)
    : m_options(options),
      m_easy(static_cast<std::size_t>(options.max_concurrency)),
      m_hosts(HostConfig::from_rate(static_cast<std::size_t>(options.max_per_host),
                                    options.per_host_rate),
              [limits = options.host_limits,
               defaults = options](const HostKey& key) -> std::optional<HostConfig> {
                for (const HostLimit& limit : limits) {
                  if (host_matches(limit.pattern, key.name)) {
                    return HostConfig::from_rate(
                        static_cast<std::size_t>(limit.max_per_host > 0 ? limit.max_per_host
                                                                        : defaults.max_per_host),
                        limit.rate > 0 ? limit.rate : defaults.per_host_rate);
                  }
                }
                return std::nullopt;
              }) {
  ensure_curl_global_init();
  m_multi = curl_multi_init();
  // Idle connections kept for reuse: enough for every transfer in flight.
  curl_multi_setopt(m_multi, CURLMOPT_MAXCONNECTS, static_cast<long>(options.max_concurrency));
  for (const std::string& entry : options.connect_to) {
    if (curl_slist* grown = curl_slist_append(m_connect_to, entry.c_str())) {
      m_connect_to = grown;
    }
  }
  m_thread = std::thread([this] { run(); });
}

MultiLoop::~MultiLoop() {
  {
    std::lock_guard lock(m_mutex);
    m_stop = true;
  }
  curl_multi_wakeup(m_multi);
  m_thread.join();
  curl_multi_cleanup(m_multi);
  curl_slist_free_all(m_connect_to);
}

void MultiLoop::submit(std::vector<std::unique_ptr<Transfer>> transfers) {
  {
    std::lock_guard lock(m_mutex);
    if (!m_stop) {
      for (auto& transfer : transfers) {
        m_incoming.push_back(std::move(transfer));
      }
      transfers.clear();
    }
  }
  for (auto& transfer : transfers) {
    transfer->abandon("the engine is shutting down", Clock::now());
  }
  curl_multi_wakeup(m_multi);
}

bool MultiLoop::accept_submissions() {
  std::vector<std::unique_ptr<Transfer>> incoming;
  bool stop = false;
  {
    std::lock_guard lock(m_mutex);
    incoming.swap(m_incoming);
    stop = m_stop;
  }
  const auto now = Clock::now();
  for (auto& transfer : incoming) {
    if (stop || transfer->finished()) {
      if (stop) {
        transfer->abandon("the engine is shutting down", now);
      } else {
        transfer->deliver(now);
      }
      continue;
    }
    if (refused_as_down(*transfer, now)) {
      continue;
    }
    const JobId id = m_next_id++;
    const HostKey host = transfer->host();
    const bool first = transfer->first_in_line();
    m_jobs.emplace(id, Job{std::move(transfer), nullptr, {}});
    m_hosts.enqueue(host, id, first);
  }
  return stop;
}

void MultiLoop::promote_timers(Clock::time_point now) {
  while (!m_timers.empty() && m_timers.top().due <= now) {
    const JobId id = m_timers.top().job;
    m_timers.pop();
    auto it = m_jobs.find(id);
    if (it != m_jobs.end()) {
      m_hosts.enqueue(it->second.transfer->host(), id, true);
    }
  }
}

void MultiLoop::start_ready(Clock::time_point now) {
  const auto limit = static_cast<std::size_t>(m_options.max_concurrency);
  if (m_running >= limit) {
    return;
  }
  for (auto& [host, id] : m_hosts.take_ready(now, limit - m_running)) {
    auto it = m_jobs.find(id);
    if (it == m_jobs.end()) {
      m_hosts.finished(host, now);
      continue;
    }
    Job& job = it->second;
    if (refused_as_down(*job.transfer, now)) {
      m_hosts.finished(host, now);
      m_jobs.erase(it);
      continue;
    }
    CURL* easy = m_easy.acquire();
    if (easy == nullptr) {
      m_hosts.finished(host, now);
      job.transfer->abandon("libcurl could not create a handle (out of memory?)", now);
      m_jobs.erase(it);
      continue;
    }
    job.transfer->start(easy, m_connect_to, now);
    curl_easy_setopt(easy, CURLOPT_PRIVATE, tag(id));
    job.easy = easy;
    job.host = host;
    curl_multi_add_handle(m_multi, easy);
    ++m_running;
  }
}

void MultiLoop::drain_finished() {
  int queued = 0;
  while (CURLMsg* message = curl_multi_info_read(m_multi, &queued)) {
    if (message->msg != CURLMSG_DONE) {
      continue;
    }
    CURL* easy = message->easy_handle;
    const CURLcode code = message->data.result;  // read before the message goes away
    void* private_data = nullptr;
    curl_easy_getinfo(easy, CURLINFO_PRIVATE, &private_data);
    curl_multi_remove_handle(m_multi, easy);
    --m_running;
    const auto now = Clock::now();
    auto it = m_jobs.find(untag(private_data));
    if (it == m_jobs.end()) {
      m_easy.release(easy);
      continue;
    }
    Job& job = it->second;
    const StepOutcome outcome = job.transfer->finish(easy, code, now);
    job.easy = nullptr;
    m_easy.release(easy);
    m_hosts.finished(job.host, now, !never_reached(job.transfer->response()));
    after_step(it->first, job, outcome, now);
  }
}

void MultiLoop::after_step(JobId id, Job& job, const StepOutcome& outcome, Clock::time_point now) {
  if (const auto stated = advertised_limits(job.transfer->response().headers)) {
    m_hosts.obey(job.host, *stated);
  }
  if (outcome.hold_host_until) {
    m_hosts.hold(job.host, *outcome.hold_host_until);
  }
  switch (outcome.kind) {
    case StepOutcome::Kind::done: {
      const HostKey host = job.host;
      note_health(host, *job.transfer, now);
      job.transfer->deliver(now);
      m_jobs.erase(id);
      return;
    }
    case StepOutcome::Kind::next:
      // A transfer already under way goes before new ones: chains finish, memory stays low.
      m_hosts.enqueue(job.transfer->host(), id, true);
      return;
    case StepOutcome::Kind::retry:
      m_timers.push(Timer{now + outcome.delay, id});
      return;
  }
}

bool MultiLoop::refused_as_down(Transfer& transfer, Clock::time_point now) {
  if (!transfer.fails_fast()) {
    return false;
  }
  const auto down = m_health.down(transfer.host().name);
  if (!down) {
    return false;
  }
  transfer.refuse(down->error, down->text, now);
  return true;
}

void MultiLoop::note_health(const HostKey& host, const Transfer& transfer, Clock::time_point now) {
  const bool was_down = m_health.down(host.name).has_value();
  m_health.record(host.name, transfer.response());
  if (was_down || !m_health.down(host.name)) {
    return;
  }
  // Jobs queued behind the failures would each wait their turn and pace to fail the same
  // way; those that may fail fast end now, the others go back in line.
  for (const JobId queued : m_hosts.take_waiting(host, now)) {
    auto it = m_jobs.find(queued);
    if (it == m_jobs.end()) {
      continue;
    }
    if (refused_as_down(*it->second.transfer, now)) {
      m_jobs.erase(it);
    } else {
      m_hosts.enqueue(host, queued, false);
    }
  }
}

long MultiLoop::poll_timeout_ms(Clock::time_point now) const {
  std::optional<Clock::time_point> wake = m_hosts.next_wakeup(now);
  if (!m_timers.empty() && (!wake || m_timers.top().due < *wake)) {
    wake = m_timers.top().due;
  }
  if (!wake) {
    return k_idle_poll_ms;
  }
  const auto wait = std::chrono::ceil<std::chrono::milliseconds>(*wake - now).count();
  return std::clamp<long>(static_cast<long>(wait), 0, k_idle_poll_ms);
}

void MultiLoop::run() {
  while (!accept_submissions()) {
    auto now = Clock::now();
    promote_timers(now);
    start_ready(now);
    int still_running = 0;
    curl_multi_perform(m_multi, &still_running);
    drain_finished();
    now = Clock::now();
    promote_timers(now);
    start_ready(now);
    if (now >= m_next_sweep) {
      m_hosts.sweep(now);
      m_next_sweep = now + k_sweep_every;
    }
    publish_stats();
    // Handles just added carry a zero timeout inside curl, so this returns at once for them.
    curl_multi_poll(m_multi, nullptr, 0, static_cast<int>(poll_timeout_ms(now)), nullptr);
  }
  shut_down();
}

LoopStats MultiLoop::stats() const {
  std::lock_guard lock(m_mutex);
  return m_stats;
}

void MultiLoop::publish_stats() {
  const LoopStats stats{m_easy.created(), m_jobs.size(), m_hosts.tracked_hosts(), m_running};
  std::lock_guard lock(m_mutex);
  m_stats = stats;
}

void MultiLoop::shut_down() {
  const auto now = Clock::now();
  for (auto& [id, job] : m_jobs) {
    if (job.easy != nullptr) {
      curl_multi_remove_handle(m_multi, job.easy);
      m_easy.release(job.easy);
      job.easy = nullptr;
    }
    job.transfer->abandon("the engine is shutting down", now);
  }
  m_jobs.clear();
}

}  // namespace citecheck::engine

#include "engine/host_pool.hpp"

#include <algorithm>

namespace citecheck::engine {

HostConfig HostConfig::from_rate(std::size_t max_concurrent, double requests_per_second) {
  HostConfig config;
  config.max_concurrent = std::max<std::size_t>(1, max_concurrent);
  if (requests_per_second > 0) {
    config.min_interval = std::chrono::duration_cast<Clock::duration>(
        std::chrono::duration<double>(1.0 / requests_per_second));
  }
  return config;
}

HostConfig HostConfig::stricter(const HostConfig& a, const HostConfig& b) {
  HostConfig out;
  out.max_concurrent = std::max<std::size_t>(1, std::min(a.max_concurrent, b.max_concurrent));
  out.min_interval = std::max(a.min_interval, b.min_interval);
  return out;
}

bool Host::can_start(Clock::time_point now) const {
  return m_in_flight < m_config.max_concurrent && now >= next_start();
}

void Host::on_start(Clock::time_point now) {
  const HostConfig& config = m_config;
  ++m_in_flight;
  ++stats.started;
  stats.peak_in_flight = std::max(stats.peak_in_flight, m_in_flight);
  if (config.min_interval.count() > 0) {
    m_paced_until = std::max(now, m_paced_until) + config.min_interval;
  }
}

void Host::on_finish(Clock::time_point now, bool reached) {
  if (m_in_flight > 0) {
    --m_in_flight;
  }
  ++stats.finished;
  if (!reached) {
    m_paced_until = std::min(m_paced_until, now);
  }
}

void Host::hold_until(Clock::time_point until) {
  m_held_until = std::max(m_held_until, until);
}

bool Host::idle(Clock::time_point now) const {
  return m_in_flight == 0 && waiting.empty() && now >= next_start();
}

Host& HostPool::host(const HostKey& key) {
  auto it = m_hosts.find(key);
  if (it == m_hosts.end()) {
    const std::optional<HostConfig> own = m_lookup ? m_lookup(key) : std::nullopt;
    HostConfig config = own.value_or(m_config);
    if (const auto stated = m_stated.find(key); stated != m_stated.end()) {
      config = HostConfig::stricter(config, stated->second);
    }
    it = m_hosts.emplace(key, Host(config)).first;
  }
  return it->second;
}

void HostPool::enqueue(const HostKey& key, JobId job, bool urgent) {
  Host& host = this->host(key);
  if (host.waiting.empty()) {
    m_turns.push_back(key);
  }
  if (urgent) {
    host.waiting.push_front(job);
  } else {
    host.waiting.push_back(job);
  }
  ++m_waiting;
}

std::vector<std::pair<HostKey, JobId>> HostPool::take_ready(Clock::time_point now,
                                                            std::size_t budget) {
  std::vector<std::pair<HostKey, JobId>> ready;
  // Rounds of one job per host, until the budget is spent or a round starts nothing.
  bool progress = true;
  while (budget > 0 && progress && !m_turns.empty()) {
    progress = false;
    for (auto it = m_turns.begin(); it != m_turns.end() && budget > 0;) {
      Host& host = m_hosts.at(*it);
      if (!host.can_start(now)) {
        ++it;
        continue;
      }
      ready.emplace_back(*it, host.waiting.front());
      host.waiting.pop_front();
      host.on_start(now);
      --m_waiting;
      --budget;
      progress = true;
      if (host.waiting.empty()) {
        it = m_turns.erase(it);
      } else {
        ++it;
      }
    }
  }
  return ready;
}

void HostPool::finished(const HostKey& key, Clock::time_point now, bool reached) {
  auto it = m_hosts.find(key);
  if (it == m_hosts.end()) {
    return;
  }
  it->second.on_finish(now, reached);
  forget_if_idle(key, now);
}

std::vector<JobId> HostPool::take_waiting(const HostKey& key, Clock::time_point now) {
  auto it = m_hosts.find(key);
  if (it == m_hosts.end() || it->second.waiting.empty()) {
    return {};
  }
  std::vector<JobId> jobs(it->second.waiting.begin(), it->second.waiting.end());
  it->second.waiting.clear();
  m_waiting -= jobs.size();
  m_turns.remove(key);
  forget_if_idle(key, now);
  return jobs;
}

void HostPool::obey(const HostKey& key, const HostConfig& stated) {
  // The latest statement replaces the earlier one (a pool change), stricter than settings.
  m_stated[key] = stated;
  if (auto it = m_hosts.find(key); it != m_hosts.end()) {
    it->second.tighten(stated);
  }
}

void HostPool::hold(const HostKey& key, Clock::time_point until) {
  host(key).hold_until(until);
}

std::optional<Clock::time_point> HostPool::next_wakeup(Clock::time_point now) const {
  std::optional<Clock::time_point> earliest;
  for (const HostKey& key : m_turns) {
    const Host& host = m_hosts.at(key);
    if (host.next_start() > now && (!earliest || host.next_start() < *earliest)) {
      earliest = host.next_start();
    }
  }
  return earliest;
}

std::optional<HostStats> HostPool::stats(const HostKey& key) const {
  auto it = m_hosts.find(key);
  if (it == m_hosts.end()) {
    return std::nullopt;
  }
  return it->second.stats;
}

void HostPool::sweep(Clock::time_point now) {
  std::erase_if(m_hosts, [now](const auto& entry) { return entry.second.idle(now); });
}

void HostPool::forget_if_idle(const HostKey& key, Clock::time_point now) {
  // Memory stays flat over many hosts: a host with nothing queued, running or pending
  // in its pace is dropped; it is recreated fresh when needed again.
  auto it = m_hosts.find(key);
  if (it != m_hosts.end() && it->second.idle(now)) {
    m_hosts.erase(it);
  }
}

}  // namespace citecheck::engine

#pragma once
// Per-host limits as small types (after lychee's ratelimit module): a HostKey names a
// host, a HostConfig says how hard it may be asked, a Host tracks its queue, slots and
// pace, HostStats counts what happened, and the HostPool hands out start permissions.

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <list>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace citecheck::engine {

using Clock = std::chrono::steady_clock;
using JobId = std::uint64_t;

/// A host as limits see it: the lower-case host name of the URL (port ignored), so that
/// names mapped onto one address with --connect-to still count as different hosts.
struct HostKey {
  std::string name;
  bool operator==(const HostKey&) const = default;
};

struct HostKeyHash {
  std::size_t operator()(const HostKey& key) const { return std::hash<std::string>{}(key.name); }
};

/// Limits every host gets.
struct HostConfig {
  std::size_t max_concurrent = 4;
  /// Least time between two request starts; zero means no pacing.
  Clock::duration min_interval{0};

  static HostConfig from_rate(std::size_t max_concurrent, double requests_per_second);
  /// The stricter of the two on each count: fewer at once, longer between starts.
  static HostConfig stricter(const HostConfig& a, const HostConfig& b);
};

/// What one host has seen.
struct HostStats {
  std::uint64_t started = 0;
  std::uint64_t finished = 0;
  std::size_t peak_in_flight = 0;
};

/// One host's queue, open slots and pace.
class Host {
 public:
  explicit Host(HostConfig config = {}) : m_config(config) {}
  bool can_start(Clock::time_point now) const;
  /// The earliest moment pacing or a hold lets the next request start.
  Clock::time_point next_start() const { return std::max(m_paced_until, m_held_until); }
  void on_start(Clock::time_point now);
  /// `reached`: false when the request never got to the host (its name did not resolve,
  /// the connection was refused), which then costs no pace: pacing spares a server's load,
  /// and there was none, so finding out that a service is down takes milliseconds.
  void on_finish(Clock::time_point now, bool reached = true);
  /// Nothing starts before `until` (a Retry-After seen from this host).
  void hold_until(Clock::time_point until);
  /// Applies limits the host stated, where they are stricter than its own.
  void tighten(const HostConfig& stated) { m_config = HostConfig::stricter(m_config, stated); }
  bool idle(Clock::time_point now) const;

  std::deque<JobId> waiting;
  HostStats stats;

 private:
  HostConfig m_config;
  std::size_t m_in_flight = 0;
  Clock::time_point m_paced_until{};
  Clock::time_point m_held_until{};
};

/// The limits of one host: the pool's default unless the user set some for it.
using HostConfigLookup = std::function<std::optional<HostConfig>(const HostKey&)>;

/// All hosts: jobs wait in their host's queue until that host has a free slot and its
/// pace allows; hosts take turns so one big site does not starve the others.
class HostPool {
 public:
  explicit HostPool(HostConfig config, HostConfigLookup lookup = {})
      : m_config(config), m_lookup(std::move(lookup)) {}

  /// Queues a job; `urgent` (the next hop or retry of a started transfer) goes first.
  void enqueue(const HostKey& key, JobId job, bool urgent);
  /// Jobs that may start now, at most `budget`, already counted as started.
  std::vector<std::pair<HostKey, JobId>> take_ready(Clock::time_point now, std::size_t budget);
  /// A started job ended; `reached` as for Host::on_finish.
  void finished(const HostKey& key, Clock::time_point now, bool reached = true);
  /// Removes and returns every job still queued for `key` (its host went down).
  std::vector<JobId> take_waiting(const HostKey& key, Clock::time_point now);
  void hold(const HostKey& key, Clock::time_point until);
  /// Limits `key` stated in an answer (see advertised_limits): kept for the rest of the
  /// run, also while the host is idle and forgotten, and applied where stricter.
  void obey(const HostKey& key, const HostConfig& stated);
  /// When a queued job blocked only by pacing or a hold can start; nullopt if none is.
  std::optional<Clock::time_point> next_wakeup(Clock::time_point now) const;
  std::size_t waiting() const { return m_waiting; }
  /// Statistics of a host still tracked (hosts are forgotten once idle).
  std::optional<HostStats> stats(const HostKey& key) const;
  std::size_t tracked_hosts() const { return m_hosts.size(); }
  /// Drops hosts that have become idle since (a hold that ran out).
  void sweep(Clock::time_point now);

 private:
  void forget_if_idle(const HostKey& key, Clock::time_point now);
  Host& host(const HostKey& key);

  HostConfig m_config;
  HostConfigLookup m_lookup;
  std::unordered_map<HostKey, Host, HostKeyHash> m_hosts;
  /// Only hosts that state limits: a handful of APIs, not every host checked.
  std::unordered_map<HostKey, HostConfig, HostKeyHash> m_stated;
  std::list<HostKey> m_turns;  ///< hosts with waiting jobs, in turn order
  std::size_t m_waiting = 0;
};

}  // namespace citecheck::engine

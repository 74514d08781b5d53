#pragma once
// An in-memory ResolutionStore for resolution tests: what the host's cache keeps, with the
// max age each put asked for, and counters that show what a plugin read and wrote.

#include <atomic>
#include <chrono>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <utility>

#include <citecheck/plugin.hpp>

namespace citecheck::test {

/// Thread-safe map of (plugin, key) -> (json, max age). Entries never expire here: tests
/// read the ages that were asked for instead.
class MemoryStore final : public ResolutionStore {
 public:
  std::optional<std::string> get(const std::string& plugin, const std::string& key) override {
    const std::lock_guard lock(m_mutex);
    ++m_gets;
    const auto found = m_entries.find({plugin, key});
    if (found == m_entries.end())
      return std::nullopt;
    return found->second.first;
  }
  void put(const std::string& plugin, const std::string& key, const std::string& value,
           std::chrono::seconds max_age) override {
    const std::lock_guard lock(m_mutex);
    ++m_puts;
    m_entries[{plugin, key}] = {value, max_age};
  }

  std::size_t size() const {
    const std::lock_guard lock(m_mutex);
    return m_entries.size();
  }
  int puts() const { return m_puts.load(); }
  /// Max age the last put of `key` asked for; -1 s when never stored.
  std::chrono::seconds age_of(const std::string& plugin, const std::string& key) const {
    const std::lock_guard lock(m_mutex);
    const auto found = m_entries.find({plugin, key});
    return found == m_entries.end() ? std::chrono::seconds(-1) : found->second.second;
  }
  std::optional<std::string> raw(const std::string& plugin, const std::string& key) const {
    const std::lock_guard lock(m_mutex);
    const auto found = m_entries.find({plugin, key});
    if (found == m_entries.end())
      return std::nullopt;
    return found->second.first;
  }

 private:
  mutable std::mutex m_mutex;
  std::map<std::pair<std::string, std::string>, std::pair<std::string, std::chrono::seconds>>
      m_entries;
  std::atomic<int> m_gets{0};
  std::atomic<int> m_puts{0};
};

}  // namespace citecheck::test

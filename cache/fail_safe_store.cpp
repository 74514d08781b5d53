// A store that turns itself off at its first failure (after ccache's
// Storage::mark_backend_as_failed): a full disk or a lock held too long costs the run its
// cache, never its results.

#include <atomic>
#include <mutex>

#include <citecheck/store.hpp>

namespace citecheck {
namespace {

class FailSafeStore final : public Store {
 public:
  FailSafeStore(std::unique_ptr<Store> store, std::function<void(const std::string&)> warn)
      : m_store(std::move(store)), m_warn(std::move(warn)) {}

  std::optional<LinkCheck> latest(const std::string& url) override {
    return guard([&] { return m_store->latest(url); });
  }
  std::optional<LinkCheck> fresh(const std::string& url) override {
    return guard([&] { return m_store->fresh(url); });
  }
  std::vector<std::optional<LinkCheck>> fresh_batch(const std::vector<std::string>& keys) override {
    auto found = guard([&] { return m_store->fresh_batch(keys); });
    found.resize(keys.size());  // a store that failed answers nothing: all are misses
    return found;
  }
  void record(const LinkCheck& check) override {
    guard([&] { m_store->record(check); });
  }
  void record_batch(const std::vector<LinkCheck>& checks) override {
    guard([&] { m_store->record_batch(checks); });
  }
  void record_all(const std::vector<LinkCheck>& checks, const std::string& run_id) override {
    guard([&] { m_store->record_all(checks, run_id); });
  }
  std::vector<HistoryEntry> history(const std::string& url, std::size_t limit) override {
    return guard([&] { return m_store->history(url, limit); });
  }
  std::optional<LinkCheck> history_check(std::int64_t id) override {
    return guard([&] { return m_store->history_check(id); });
  }
  std::optional<BrokenStreak> broken_since(const std::string& url) override {
    return guard([&] { return m_store->broken_since(url); });
  }
  std::size_t state_changes(const std::string& url, std::size_t last_n) override {
    return guard([&] { return m_store->state_changes(url, last_n); });
  }
  std::optional<std::string> get_resolution(const std::string& plugin,
                                            const std::string& key) override {
    return guard([&] { return m_store->get_resolution(plugin, key); });
  }
  void put_resolution(const std::string& plugin, const std::string& key, const std::string& json,
                      std::chrono::seconds max_age) override {
    guard([&] { m_store->put_resolution(plugin, key, json, max_age); });
  }
  std::optional<std::string> get_response(const std::string& key,
                                          std::chrono::seconds max_age) override {
    return guard([&] { return m_store->get_response(key, max_age); });
  }
  std::optional<ParsedDocument> parsed(const std::string& key) override {
    return guard([&] { return m_store->parsed(key); });
  }
  void remember_parsed(const std::string& key, const ParsedDocument& document) override {
    guard([&] { m_store->remember_parsed(key, document); });
  }
  void put_response(const std::string& key, const std::string& serialized) override {
    guard([&] { m_store->put_response(key, serialized); });
  }
  std::string begin_run(const RunRecord& run) override {
    auto id = guard([&] { return m_store->begin_run(run); });
    if (id.empty()) {
      id = run.id.empty() ? new_run_id(std::chrono::system_clock::now()) : run.id;
    }
    return id;
  }
  void finish_run(const std::string& run_id, const std::map<std::string, int>& counts) override {
    guard([&] { m_store->finish_run(run_id, counts); });
  }
  std::vector<RunRecord> runs(std::size_t limit) override {
    return guard([&] { return m_store->runs(limit); });
  }
  StoreStats stats() override {
    auto stats = guard([&] { return m_store->stats(); });
    stats.location = location();
    return stats;
  }
  PruneResult prune(std::chrono::seconds keep_history) override {
    return guard([&] { return m_store->prune(keep_history); });
  }
  void clear() override {
    guard([&] { m_store->clear(); });
  }
  void export_jsonl(std::ostream& out) override {
    guard([&] { m_store->export_jsonl(out); });
  }
  std::string location() const override { return m_store->location(); }

 private:
  /// The call's answer, or an empty one once the store has failed.
  template <typename Call>
  auto guard(Call&& call) -> decltype(call()) {
    if (!m_failed.load()) {
      try {
        return call();
      } catch (const StoreError& error) {
        fail(error);
      }
    }
    if constexpr (!std::is_void_v<decltype(call())>) {
      return {};
    }
  }

  void fail(const StoreError& error) {
    const std::lock_guard lock(m_warn_mutex);
    if (!m_failed.exchange(true) && m_warn) {
      m_warn(error.what());
    }
  }

  std::unique_ptr<Store> m_store;
  std::function<void(const std::string&)> m_warn;
  std::atomic<bool> m_failed{false};
  std::mutex m_warn_mutex;
};

}  // namespace

std::unique_ptr<Store> make_fail_safe_store(std::unique_ptr<Store> store,
                                            std::function<void(const std::string&)> warn) {
  return std::make_unique<FailSafeStore>(std::move(store), std::move(warn));
}

}  // namespace citecheck

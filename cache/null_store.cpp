// The store that remembers nothing: --no-cache, and the fallback when the real one fails.

#include <ostream>

#include <citecheck/store.hpp>

namespace citecheck {
namespace {

class NullStore final : public Store {
 public:
  std::optional<LinkCheck> latest(const std::string&) override { return std::nullopt; }
  std::optional<ParsedDocument> parsed(const std::string&) override { return std::nullopt; }
  void remember_parsed(const std::string&, const ParsedDocument&) override {}
  std::optional<LinkCheck> fresh(const std::string&) override { return std::nullopt; }
  void record(const LinkCheck&) override {}
  void record_all(const std::vector<LinkCheck>&, const std::string&) override {}
  void record_batch(const std::vector<LinkCheck>&) override {}
  std::vector<HistoryEntry> history(const std::string&, std::size_t) override { return {}; }
  std::optional<LinkCheck> history_check(std::int64_t) override { return std::nullopt; }
  std::optional<BrokenStreak> broken_since(const std::string&) override { return std::nullopt; }
  std::size_t state_changes(const std::string&, std::size_t) override { return 0; }
  std::optional<std::string> get_resolution(const std::string&, const std::string&) override {
    return std::nullopt;
  }
  void put_resolution(const std::string&, const std::string&, const std::string&,
                      std::chrono::seconds) override {}
  std::optional<std::string> get_response(const std::string&, std::chrono::seconds) override {
    return std::nullopt;
  }
  void put_response(const std::string&, const std::string&) override {}
  std::string begin_run(const RunRecord& run) override {
    return run.id.empty() ? new_run_id(std::chrono::system_clock::now()) : run.id;
  }
  void finish_run(const std::string&, const std::map<std::string, int>&) override {}
  std::vector<RunRecord> runs(std::size_t) override { return {}; }
  StoreStats stats() override {
    StoreStats stats;
    stats.location = location();
    return stats;
  }
  PruneResult prune(std::chrono::seconds) override { return {}; }
  void clear() override {}
  void export_jsonl(std::ostream&) override {}
  std::string location() const override { return "null:"; }
};

}  // namespace

std::unique_ptr<Store> make_null_store() {
  return std::make_unique<NullStore>();
}

}  // namespace citecheck

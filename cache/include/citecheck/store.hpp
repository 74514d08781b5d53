#pragma once
// The persistent store: everything citecheck remembers between runs. One interface, chosen
// by a location string ("sqlite:/path/cache.db", a plain path, "null:"); the implementations
// live in their .cpp files and only the factory is public (after ccache's remote storage).
//
// Contract, on one screen:
// - Link checks: the latest informative result per normalized URL, fresh while younger than
//   the policy's max age for its state (failures expire sooner than successes; `unknown` and
//   `skipped` are never served from the store). Every check ever recorded is kept in an
//   append-only history with its evidence (until pruned).
// - Resolutions: (plugin, key) -> JSON text with a max age (the plugins' ResolutionStore).
// - HTTP responses: key -> serialized response, read back with a max age (plugin requests).
// - Runs: one row per audit run (id, document, started/finished, counts per state).
// - Maintenance: stats, prune, clear, export as JSON Lines.
// Every write is one transaction: a process killed mid-run loses nothing already committed
// and leaves no corrupt file. Errors are StoreError, naming the location and the problem.
// Thread safety: every implementation is safe to call from several threads (the SQLite store
// serializes calls on one connection with a mutex); several processes may share one file.

#include <chrono>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include <citecheck/check.hpp>
#include <citecheck/engine.hpp>
#include <citecheck/link_check.hpp>
#include <citecheck/pipeline.hpp>
#include <citecheck/plugin.hpp>

namespace citecheck {

using StoreClock = std::function<std::chrono::system_clock::time_point()>;

/// How long a cached link check may be trusted, by outcome. A failure is re-checked sooner:
/// a server that was down yesterday may be up today, and a wrong "dead" costs an editor more
/// than a re-check costs the site.
struct FreshnessPolicy {
  std::chrono::seconds ok_max_age = std::chrono::hours(24 * 7);   ///< ok, redirected
  std::chrono::seconds failure_max_age = std::chrono::hours(24);  ///< every other state
  /// A kept parse is redone at least this often: its key knows citecheck's own files and
  /// plugins, not the system libraries under them (an upgraded poppler shows within a month).
  std::chrono::seconds parse_max_age = std::chrono::hours(24 * 30);

  /// Max age for a result in `state`; zero for `unknown` and `skipped`, which say nothing
  /// about the page and are never served from the store.
  std::chrono::seconds max_age_for(LinkState state) const;
};

/// How a store is opened. The clock is injectable so that tests never sleep.
struct StoreOptions {
  FreshnessPolicy freshness;
  StoreClock clock;  ///< empty = system_clock::now
  /// How long one statement waits for another process's lock before it retries.
  std::chrono::milliseconds busy_timeout{10000};
  /// A parse larger than this is not kept (the document is parsed on every run): SQLite
  /// refuses values over 1 GB, and a failed write would take the cache out of the whole run.
  std::size_t max_kept_parse_bytes = std::size_t{256} << 20;
};

/// A store that cannot be opened or used. `path()` is the location as given.
class StoreError : public std::runtime_error {
 public:
  enum class Kind {
    not_a_database,    ///< the file exists but is not SQLite (or is damaged)
    foreign_database,  ///< SQLite, but not a citecheck cache
    newer_schema,      ///< a citecheck cache written by a newer version
    unknown_scheme,    ///< "foo:..." with no implementation for foo
    io,                ///< cannot create, open, read or write
    busy,              ///< another process held the lock for longer than the busy timeout
  };
  StoreError(Kind kind, std::string path, const std::string& problem)
      : std::runtime_error(path + ": " + problem), m_kind(kind), m_path(std::move(path)) {}
  Kind kind() const { return m_kind; }
  const std::string& path() const { return m_path; }

 private:
  Kind m_kind;
  std::string m_path;
};

/// One row of the append-only check history.
struct HistoryEntry {
  std::int64_t id = 0;  ///< increases with every recorded check
  std::string normalized_url;
  LinkState state = LinkState::unknown;
  int status = 0;
  std::string checked_at;  ///< ISO 8601 UTC
  std::string run_id;
};

/// "Since when has this URL been broken": the current unbroken streak of broken checks.
struct BrokenStreak {
  std::string since;  ///< checked_at of the first check of the streak
  LinkState first_state = LinkState::unknown;
  std::size_t checks = 0;  ///< checks in the streak
};

/// One audit run.
struct RunRecord {
  std::string id;
  std::string document;  ///< what was audited (path or a list the caller chooses)
  std::string started_at;
  std::string finished_at;  ///< empty while running, or when the run was killed
  std::string tool_version;
  std::map<std::string, int> counts;  ///< per link state name, or whatever the caller counts
};

/// What the store holds (`citecheck cache stats`).
struct StoreStats {
  std::string location;
  std::uint64_t entries = 0;  ///< latest results, one per URL
  std::uint64_t fresh_entries = 0;
  std::uint64_t history_rows = 0;
  std::uint64_t resolutions = 0;
  std::uint64_t responses = 0;
  std::uint64_t parsed_documents = 0;
  std::uint64_t runs = 0;
  std::uint64_t file_bytes = 0;  ///< database plus write-ahead log
  std::string oldest_check;      ///< checked_at of the oldest history row
  std::string newest_check;
  std::map<std::string, std::uint64_t> entries_per_state;
};

/// What prune removed.
struct PruneResult {
  std::uint64_t entries = 0;
  std::uint64_t history_rows = 0;
  std::uint64_t resolutions = 0;
  std::uint64_t responses = 0;
  std::uint64_t parsed_documents = 0;
  std::uint64_t runs = 0;
};

/// The store. Also the checker's LinkCheckCache, the plugins' ResolutionStore, the
/// engine's ResponseCache and the pipeline's ParsedDocumentCache.
class Store : public LinkCheckCache,
              public ResolutionStore,
              public ResponseCache,
              public ParsedDocumentCache {
 public:
  // --- link checks -------------------------------------------------------------------------
  /// The latest informative result for the URL, however old; `from_cache` set.
  virtual std::optional<LinkCheck> latest(const std::string& normalized_url) = 0;
  /// The latest result if it is still fresh by the store's policy and clock.
  std::optional<LinkCheck> fresh(const std::string& normalized_url) override = 0;
  /// Appends to the history (with the run begun last by begin_run, if any) and makes it the
  /// latest result, unless its state is unknown/skipped (then history only). A check that
  /// came from the cache is ignored. An empty checked_at is stamped with the clock's now.
  void record(const LinkCheck& check) override = 0;
  /// As record(), for many checks in one transaction, tagged with `run_id`.
  virtual void record_all(const std::vector<LinkCheck>& checks, const std::string& run_id) = 0;
  /// As record(), for many checks in one transaction (the run begun last).
  void record_batch(const std::vector<LinkCheck>& checks) override = 0;

  // --- history -----------------------------------------------------------------------------
  /// Newest first; `limit` 0 = all.
  virtual std::vector<HistoryEntry> history(const std::string& normalized_url,
                                            std::size_t limit = 0) = 0;
  /// The full check (with evidence) of one history row.
  virtual std::optional<LinkCheck> history_check(std::int64_t id) = 0;
  /// nullopt when the latest informative check is not broken (or there is none).
  /// unknown/skipped checks neither break nor extend a streak.
  virtual std::optional<BrokenStreak> broken_since(const std::string& normalized_url) = 0;
  /// Changes of state between consecutive checks among the last `last_n` informative checks
  /// (unknown/skipped left out): 0 = stable, many = flapping.
  virtual std::size_t state_changes(const std::string& normalized_url, std::size_t last_n) = 0;

  // --- resolutions (the plugins' ResolutionStore) ------------------------------------------
  /// nullopt when absent or older than the max age given when it was put.
  virtual std::optional<std::string> get_resolution(const std::string& plugin,
                                                    const std::string& key) = 0;
  /// max_age <= 0 stores nothing; seconds::max() keeps it until cleared.
  virtual void put_resolution(const std::string& plugin, const std::string& key,
                              const std::string& json, std::chrono::seconds max_age) = 0;

  // --- HTTP responses (the engine's ResponseCache) -------------------------------------------
  /// The serialized response stored under `key` if it was stored at most `max_age` ago.
  virtual std::optional<std::string> get_response(const std::string& key,
                                                  std::chrono::seconds max_age) = 0;
  virtual void put_response(const std::string& key, const std::string& serialized) = 0;

  // The interfaces' own names, forwarded: both seams call theirs get/put, so implementations
  // override the distinct names above and nothing hides anything.
  std::optional<std::string> get(const std::string& plugin, const std::string& key) final {
    return get_resolution(plugin, key);
  }
  void put(const std::string& plugin, const std::string& key, const std::string& json,
           std::chrono::seconds max_age) final {
    put_resolution(plugin, key, json, max_age);
  }
  std::optional<std::string> get(const std::string& key, std::chrono::seconds max_age) final {
    return get_response(key, max_age);
  }
  void put(const std::string& key, const std::string& serialized) final {
    put_response(key, serialized);
  }

  // --- parsed documents (the pipeline's ParsedDocumentCache) ---------------------------------
  /// The parse kept under `key` (parse_key()), unless older than the policy's parse_max_age
  /// or unreadable (written by another layout, damaged): then nullopt, and it is parsed again.
  std::optional<ParsedDocument> parsed(const std::string& key) override = 0;
  /// Keeps a parse. A store in memory keeps none: a run does not parse a file twice; nor is
  /// one over StoreOptions::max_kept_parse_bytes kept.
  void remember_parsed(const std::string& key, const ParsedDocument& document) override = 0;

  // --- runs ----------------------------------------------------------------------------------
  /// Records the run as started (an empty id gets a new_run_id(), an empty started_at the
  /// clock's now); later record() calls are tagged with its id. Returns the id.
  virtual std::string begin_run(const RunRecord& run) = 0;
  virtual void finish_run(const std::string& run_id, const std::map<std::string, int>& counts) = 0;
  /// Newest first; `limit` 0 = all.
  virtual std::vector<RunRecord> runs(std::size_t limit = 0) = 0;

  // --- maintenance ---------------------------------------------------------------------------
  virtual StoreStats stats() = 0;
  /// Drops latest entries no longer fresh, history rows older than `keep_history` (except the
  /// ones latest entries point to), expired resolutions, parses older than parse_max_age, and
  /// responses and runs older than `keep_history`.
  virtual PruneResult prune(std::chrono::seconds keep_history) = 0;
  /// Empties every table; the file stays a valid, empty cache.
  virtual void clear() = 0;
  /// JSON Lines: {"type":"check",...} per latest entry, then {"type":"history",...} per
  /// history row (oldest first), then {"type":"run",...} per run.
  virtual void export_jsonl(std::ostream& out) = 0;

  /// The location as opened ("sqlite:/home/x/.cache/citecheck/cache.db", "null:").
  virtual std::string location() const = 0;
};

/// Opens a store by location: "sqlite:PATH", "sqlite://PATH", a plain path (SQLite), or
/// "null:" (remembers nothing). Creates the SQLite file and its parent folders when absent.
/// Throws StoreError: unknown scheme, not a database, not ours, newer schema, I/O.
std::unique_ptr<Store> open_store(const std::string& location, const StoreOptions& options = {});

/// A store that remembers nothing, for --no-cache and for runs whose store failed to open.
std::unique_ptr<Store> make_null_store();

/// Wraps a store so that its first failure (disk full, lock held too long) is reported once
/// through `warn` (the StoreError's message: location and problem) and the rest of the run
/// goes on uncached, instead of stopping. For audit runs; maintenance commands want the
/// errors themselves.
std::unique_ptr<Store> make_fail_safe_store(std::unique_ptr<Store> store,
                                            std::function<void(const std::string&)> warn);

/// $XDG_CACHE_HOME/citecheck/cache.db when XDG_CACHE_HOME is set and absolute, else
/// $HOME/.cache/citecheck/cache.db; empty when neither is usable. Pass the environment values
/// (getenv may give null: pass "").
std::string default_cache_path(const std::string& xdg_cache_home, const std::string& home);

/// A new, unique run id: "20240501T120000Z-3f9a1c2e".
std::string new_run_id(std::chrono::system_clock::time_point now);

/// ISO 8601 UTC, seconds precision: "2024-05-01T12:00:00Z".
std::string format_timestamp(std::chrono::system_clock::time_point time);
/// Parses "2024-05-01T12:00:00Z", with optional fraction and "+02:00"-style offset, or a bare
/// date. nullopt when it is none of those.
std::optional<std::chrono::system_clock::time_point> parse_timestamp(const std::string& text);

/// Human-readable lines for `citecheck cache stats`.
std::string format_stats(const StoreStats& stats);
/// JSON forms for `citecheck cache stats --json` and `prune --json`; field names as above.
nlohmann::json to_json(const StoreStats& stats);
nlohmann::json to_json(const PruneResult& result);

}  // namespace citecheck

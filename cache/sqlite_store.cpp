// The SQLite store: one file, WAL, one connection per Store object. Calls from several
// threads are serialized by one mutex (the engine's thread and the main thread share it);
// several processes share the file through SQLite's locks, busy timeout and retries.
//
// Tables: check_history (append-only, evidence as CBOR), check_latest (URL -> the history
// row of its latest informative check), resolution, http_response, run. See schema.cpp.

#include "sqlite_store.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <filesystem>
#include <limits>
#include <mutex>
#include <ostream>
#include <system_error>

#include "check_json.hpp"
#include "parsed_codec.hpp"
#include "schema.hpp"
#include "sqlite_db.hpp"

namespace citecheck::cache {
namespace {

namespace fs = std::filesystem;
using std::chrono::system_clock;

/// unknown and skipped say nothing about the page: they go to the history, never to the
/// latest entry, so an offline run does not hide the last real answer.
bool is_informative(LinkState state) {
  return state != LinkState::unknown && state != LinkState::skipped;
}

std::int64_t to_epoch(system_clock::time_point time) {
  return std::chrono::duration_cast<std::chrono::seconds>(time.time_since_epoch()).count();
}

system_clock::time_point from_epoch(std::int64_t epoch) {
  return system_clock::time_point(std::chrono::seconds(epoch));
}

std::int64_t saturating_add(std::int64_t a, std::int64_t b) {
  if (b > 0 && a > std::numeric_limits<std::int64_t>::max() - b) {
    return std::numeric_limits<std::int64_t>::max();
  }
  return a + b;
}

std::string dump(const nlohmann::json& json) {
  // Titles and headers come from arbitrary servers: invalid UTF-8 is replaced, not fatal.
  return json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string key_of(const LinkCheck& check) {
  return check.normalized_url.empty() ? check.url : check.normalized_url;
}

// Column lists shared by every query that reads whole checks back.
constexpr const char* k_check_columns =
    "h.id, h.normalized_url, h.url, h.state, h.status, h.final_url, h.moved_to, h.error, "
    "h.checked_at, h.evidence, h.run_id, h.checked_epoch";

LinkCheck read_check(Statement& row) {
  LinkCheck check;
  check.normalized_url = row.text(1);
  check.url = row.text(2);
  check.state = link_state_from_string(row.text(3)).value_or(LinkState::unknown);
  check.status = static_cast<int>(row.integer(4));
  check.final_url = row.text(5);
  check.moved_to = row.text(6);
  check.error = row.text(7);
  check.checked_at = row.text(8);
  check.evidence = evidence_from_stored(row.bytes(9));
  check.from_cache = true;
  return check;
}

class SqliteStore final : public Store {
 public:
  SqliteStore(const std::string& path, std::string location, const StoreOptions& options)
      : m_path(path),
        m_location(std::move(location)),
        m_policy(options.freshness),
        m_max_kept_parse_bytes(options.max_kept_parse_bytes),
        m_clock(options.clock ? options.clock : StoreClock([] { return system_clock::now(); })),
        m_db(path, m_location, options.busy_timeout) {
    prepare_schema(m_db);
  }

  ~SqliteStore() override {
    // Lets SQLite refresh its query-planner statistics; cheap, and harmless if it fails.
    try {
      m_db.exec("PRAGMA optimize");
    } catch (const StoreError&) {
    }
  }

  SqliteStore(const SqliteStore&) = delete;
  SqliteStore& operator=(const SqliteStore&) = delete;

  std::optional<LinkCheck> latest(const std::string& normalized_url) override {
    const std::lock_guard lock(m_mutex);
    return with_busy_retry(m_db, [&] { return latest_locked(normalized_url).first; });
  }

  std::optional<LinkCheck> fresh(const std::string& normalized_url) override {
    const std::lock_guard lock(m_mutex);
    return with_busy_retry(m_db, [&]() -> std::optional<LinkCheck> {
      auto [check, epoch] = latest_locked(normalized_url);
      if (!check || !is_fresh(check->state, epoch)) {
        return std::nullopt;
      }
      return check;
    });
  }

  std::vector<std::optional<LinkCheck>> fresh_batch(const std::vector<std::string>& keys) override {
    const std::lock_guard lock(m_mutex);
    return read_transaction(m_db, [&] {
      std::vector<std::optional<LinkCheck>> out;
      out.reserve(keys.size());
      for (const auto& key : keys) {
        auto [check, epoch] = latest_locked(key);
        out.push_back(check && is_fresh(check->state, epoch) ? std::move(check) : std::nullopt);
      }
      return out;
    });
  }

  void record(const LinkCheck& check) override {
    const std::lock_guard lock(m_mutex);
    write_transaction(m_db, [&] { insert_check(check, m_run_id); });
  }

  void record_batch(const std::vector<LinkCheck>& checks) override {
    const std::lock_guard lock(m_mutex);
    write_transaction(m_db, [&] {
      for (const auto& check : checks) {
        insert_check(check, m_run_id);
      }
    });
  }

  void record_all(const std::vector<LinkCheck>& checks, const std::string& run_id) override {
    const std::lock_guard lock(m_mutex);
    write_transaction(m_db, [&] {
      for (const auto& check : checks) {
        insert_check(check, run_id);
      }
    });
  }

  std::vector<HistoryEntry> history(const std::string& normalized_url, std::size_t limit) override {
    const std::lock_guard lock(m_mutex);
    return with_busy_retry(m_db, [&] {
      std::vector<HistoryEntry> out;
      auto q = m_db.query(
          "SELECT id, state, status, checked_at, run_id FROM check_history"
          " WHERE normalized_url = ?1 ORDER BY checked_epoch DESC, id DESC LIMIT ?2");
      q->bind(1, normalized_url).bind(2, limit == 0 ? std::int64_t{-1} : sql_count(limit));
      while (q->step()) {
        HistoryEntry entry;
        entry.id = q->integer(0);
        entry.normalized_url = normalized_url;
        entry.state = link_state_from_string(q->text(1)).value_or(LinkState::unknown);
        entry.status = static_cast<int>(q->integer(2));
        entry.checked_at = q->text(3);
        entry.run_id = q->text(4);
        out.push_back(std::move(entry));
      }
      return out;
    });
  }

  std::optional<LinkCheck> history_check(std::int64_t id) override {
    const std::lock_guard lock(m_mutex);
    return with_busy_retry(m_db, [&]() -> std::optional<LinkCheck> {
      auto q = m_db.query(std::string("SELECT ") + k_check_columns +
                          " FROM check_history h WHERE h.id = ?1");
      q->bind(1, id);
      if (!q->step()) {
        return std::nullopt;
      }
      return read_check(*q);
    });
  }

  std::optional<BrokenStreak> broken_since(const std::string& normalized_url) override {
    const std::lock_guard lock(m_mutex);
    return with_busy_retry(m_db, [&]() -> std::optional<BrokenStreak> {
      std::optional<BrokenStreak> streak;
      auto q = m_db.query(
          "SELECT state, checked_at FROM check_history WHERE normalized_url = ?1"
          " ORDER BY checked_epoch DESC, id DESC");
      q->bind(1, normalized_url);
      while (q->step()) {
        const auto state = link_state_from_string(q->text(0)).value_or(LinkState::unknown);
        if (!is_informative(state)) {
          continue;
        }
        if (!is_broken(state)) {
          break;
        }
        if (!streak) {
          streak.emplace();
        }
        streak->since = q->text(1);
        streak->first_state = state;
        ++streak->checks;
      }
      return streak;
    });
  }

  std::size_t state_changes(const std::string& normalized_url, std::size_t last_n) override {
    const std::lock_guard lock(m_mutex);
    return with_busy_retry(m_db, [&] {
      std::size_t changes = 0;
      std::size_t seen = 0;
      std::string previous;
      auto q = m_db.query(
          "SELECT state FROM check_history WHERE normalized_url = ?1"
          " AND state NOT IN ('unknown', 'skipped') ORDER BY checked_epoch DESC, id DESC"
          " LIMIT ?2");
      q->bind(1, normalized_url).bind(2, sql_count(last_n));
      while (q->step()) {
        std::string state = q->text(0);
        if (seen++ > 0 && state != previous) {
          ++changes;
        }
        previous = std::move(state);
      }
      return changes;
    });
  }

  std::optional<std::string> get_resolution(const std::string& plugin,
                                            const std::string& key) override {
    const std::lock_guard lock(m_mutex);
    return with_busy_retry(m_db, [&]() -> std::optional<std::string> {
      auto q = m_db.query(
          "SELECT body FROM resolution WHERE plugin = ?1 AND key = ?2 AND expires_epoch > ?3");
      q->bind(1, plugin).bind(2, key).bind(3, now_epoch());
      if (!q->step()) {
        return std::nullopt;
      }
      return q->text(0);
    });
  }

  void put_resolution(const std::string& plugin, const std::string& key, const std::string& json,
                      std::chrono::seconds max_age) override {
    if (max_age.count() <= 0) {
      return;
    }
    const std::lock_guard lock(m_mutex);
    write_transaction(m_db, [&] {
      const std::int64_t now = now_epoch();
      auto q = m_db.query(
          "INSERT INTO resolution (plugin, key, body, stored_epoch, expires_epoch)"
          " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (plugin, key) DO UPDATE SET"
          " body = excluded.body, stored_epoch = excluded.stored_epoch,"
          " expires_epoch = excluded.expires_epoch");
      q->bind(1, plugin).bind(2, key).bind(3, json).bind(4, now).bind(
          5, saturating_add(now, max_age.count()));
      q->run();
    });
  }

  std::optional<std::string> get_response(const std::string& key,
                                          std::chrono::seconds max_age) override {
    if (max_age.count() <= 0) {
      return std::nullopt;
    }
    const std::lock_guard lock(m_mutex);
    return kept_body("http_response", key, max_age,
                     [](std::string_view body) { return std::optional<std::string>(body); });
  }

  void put_response(const std::string& key, const std::string& serialized) override {
    const std::lock_guard lock(m_mutex);
    keep_body("http_response", key, serialized);
  }

  std::string begin_run(const RunRecord& given) override {
    const std::lock_guard lock(m_mutex);
    RunRecord run = given;
    if (run.id.empty()) {
      run.id = new_run_id(m_clock());
    }
    write_transaction(m_db, [&] {
      const auto started =
          run.started_at.empty() ? std::optional(m_clock()) : parse_timestamp(run.started_at);
      const auto started_at = started.value_or(m_clock());
      auto q = m_db.query(
          "INSERT OR REPLACE INTO run (id, document, started_at, started_epoch, finished_at,"
          " tool_version, counts) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
      q->bind(1, run.id)
          .bind(2, run.document)
          .bind(3, format_timestamp(started_at))
          .bind(4, to_epoch(started_at))
          .bind(5, run.finished_at)
          .bind(6, run.tool_version)
          .bind(7, dump(nlohmann::json(run.counts)));
      q->run();
    });
    m_run_id = run.id;
    return run.id;
  }

  void finish_run(const std::string& run_id, const std::map<std::string, int>& counts) override {
    const std::lock_guard lock(m_mutex);
    write_transaction(m_db, [&] {
      auto q = m_db.query("UPDATE run SET finished_at = ?2, counts = ?3 WHERE id = ?1");
      q->bind(1, run_id).bind(2, format_timestamp(m_clock())).bind(3, dump(nlohmann::json(counts)));
      q->run();
    });
    if (m_run_id == run_id) {
      m_run_id.clear();
    }
  }

  std::optional<ParsedDocument> parsed(const std::string& key) override {
    const std::lock_guard lock(m_mutex);
    // Read in place: a parse may be megabytes.
    return kept_body("parsed_document", key, m_policy.parse_max_age, parsed_from_stored);
  }

  void remember_parsed(const std::string& key, const ParsedDocument& document) override {
    if (m_path == ":memory:") {
      return;  // a run reads each file once: kept parses would only grow its memory
    }
    const std::size_t size = parsed_stored_size(document);
    if (size > m_max_kept_parse_bytes) {
      return;
    }
    const std::string body = parsed_to_stored(document, size);
    const std::lock_guard lock(m_mutex);
    keep_body("parsed_document", key, body);
  }

  std::vector<RunRecord> runs(std::size_t limit) override {
    const std::lock_guard lock(m_mutex);
    return with_busy_retry(m_db, [&] { return runs_locked(limit); });
  }

  StoreStats stats() override {
    const std::lock_guard lock(m_mutex);
    return with_busy_retry(m_db, [&] { return stats_locked(); });
  }

  PruneResult prune(std::chrono::seconds keep_history) override {
    const std::lock_guard lock(m_mutex);
    auto result = write_transaction(m_db, [&] { return prune_locked(keep_history); });
    checkpoint();
    return result;
  }

  void clear() override {
    const std::lock_guard lock(m_mutex);
    write_transaction(m_db, [&] {
      m_db.exec(
          "DELETE FROM check_latest; DELETE FROM check_history; DELETE FROM resolution;"
          " DELETE FROM http_response; DELETE FROM parsed_document; DELETE FROM run;");
    });
    // Give the space back when nobody else is reading; another process holding the file
    // open only means the space is reused later instead.
    try {
      m_db.forget_statements();
      m_db.exec("VACUUM");
    } catch (const StoreError&) {
    }
    checkpoint();
  }

  void export_jsonl(std::ostream& out) override {
    const std::lock_guard lock(m_mutex);
    with_busy_retry(m_db, [&] {
      // One read transaction: the export is a consistent snapshot even while others write.
      m_db.exec("BEGIN");
      try {
        export_locked(out);
        m_db.exec("COMMIT");
      } catch (...) {
        m_db.exec("ROLLBACK");
        throw;
      }
    });
  }

  std::string location() const override { return m_location; }

 private:
  static constexpr std::chrono::seconds k_clock_skew{300};

  static std::int64_t sql_count(std::size_t n) {
    return n > static_cast<std::size_t>(std::numeric_limits<std::int64_t>::max())
               ? std::numeric_limits<std::int64_t>::max()
               : static_cast<std::int64_t>(n);
  }

  std::int64_t now_epoch() const { return to_epoch(m_clock()); }

  // The tables of bodies kept by key (http_response, parsed_document) are read and written
  // alike. `read` gets the body in place while it is no older than `max_age`.
  template <class Read>
  auto kept_body(const std::string& table, const std::string& key, std::chrono::seconds max_age,
                 Read read) -> decltype(read(std::string_view())) {
    return with_busy_retry(m_db, [&]() -> decltype(read(std::string_view())) {
      auto q = m_db.query("SELECT body, stored_epoch FROM " + table + " WHERE key = ?1");
      q->bind(1, key);
      if (!q->step()) {
        return std::nullopt;
      }
      const std::int64_t age = now_epoch() - q->integer(1);
      if (age > max_age.count() || age < -k_clock_skew.count()) {
        return std::nullopt;
      }
      return read(q->bytes(0));
    });
  }

  void keep_body(const std::string& table, const std::string& key, std::string_view body) {
    write_transaction(m_db, [&] {
      auto q = m_db.query("INSERT INTO " + table +
                          " (key, body, stored_epoch) VALUES (?1, ?2, ?3)"
                          " ON CONFLICT (key) DO UPDATE SET body = excluded.body,"
                          " stored_epoch = excluded.stored_epoch");
      q->bind(1, key).bind_blob_borrowed(2, body).bind(3, now_epoch());
      q->run();
    });
  }

  bool is_fresh(LinkState state, std::int64_t checked_epoch) const {
    const auto max_age = m_policy.max_age_for(state);
    const std::int64_t age = now_epoch() - checked_epoch;
    // A result from the future (another machine's clock) is trusted only within a small skew.
    return max_age.count() > 0 && age <= max_age.count() && age >= -k_clock_skew.count();
  }

  std::pair<std::optional<LinkCheck>, std::int64_t> latest_locked(const std::string& url) {
    auto q = m_db.query(std::string("SELECT ") + k_check_columns +
                        " FROM check_latest l JOIN check_history h ON h.id = l.history_id"
                        " WHERE l.normalized_url = ?1");
    q->bind(1, url);
    if (!q->step()) {
      return {std::nullopt, 0};
    }
    return {read_check(*q), q->integer(11)};
  }

  void insert_check(const LinkCheck& check, const std::string& run_id) {
    if (check.from_cache) {
      return;  // Already in the history; recording it again would fake a new observation.
    }
    const auto parsed = parse_timestamp(check.checked_at);
    const auto checked = parsed.value_or(m_clock());
    const std::string checked_at = parsed ? check.checked_at : format_timestamp(checked);
    const std::string key = key_of(check);
    const std::string state(to_string(check.state));
    {
      auto q = m_db.query(
          "INSERT INTO check_history (normalized_url, url, state, status, final_url, moved_to,"
          " error, checked_at, checked_epoch, run_id, evidence)"
          " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
      q->bind(1, key)
          .bind(2, check.url)
          .bind(3, state)
          .bind(4, std::int64_t{check.status})
          .bind(5, check.final_url)
          .bind(6, check.moved_to)
          .bind(7, check.error)
          .bind(8, checked_at)
          .bind(9, to_epoch(checked))
          .bind(10, run_id)
          .bind_blob(11, evidence_to_stored(check.evidence));
      q->run();
    }
    if (!is_informative(check.state)) {
      return;
    }
    // An older observation arriving late (another process, an import) never replaces a
    // newer one.
    auto q = m_db.query(
        "INSERT INTO check_latest (normalized_url, history_id, state, checked_epoch)"
        " VALUES (?1, ?2, ?3, ?4) ON CONFLICT (normalized_url) DO UPDATE SET"
        " history_id = excluded.history_id, state = excluded.state,"
        " checked_epoch = excluded.checked_epoch"
        " WHERE excluded.checked_epoch >= check_latest.checked_epoch");
    q->bind(1, key).bind(2, m_db.last_insert_id()).bind(3, state).bind(4, to_epoch(checked));
    q->run();
  }

  std::vector<RunRecord> runs_locked(std::size_t limit) {
    std::vector<RunRecord> out;
    auto q = m_db.query(
        "SELECT id, document, started_at, finished_at, tool_version, counts FROM run"
        " ORDER BY started_epoch DESC, id DESC LIMIT ?1");
    q->bind(1, limit == 0 ? std::int64_t{-1} : sql_count(limit));
    while (q->step()) {
      RunRecord run;
      run.id = q->text(0);
      run.document = q->text(1);
      run.started_at = q->text(2);
      run.finished_at = q->text(3);
      run.tool_version = q->text(4);
      const auto counts = nlohmann::json::parse(q->text(5), nullptr, false);
      if (counts.is_object()) {
        for (const auto& [name, value] : counts.items()) {
          if (value.is_number_integer()) {
            run.counts[name] = value.get<int>();
          }
        }
      }
      out.push_back(std::move(run));
    }
    return out;
  }

  StoreStats stats_locked() {
    StoreStats stats;
    stats.location = m_location;
    const auto count = [&](const char* sql) {
      return static_cast<std::uint64_t>(std::max<std::int64_t>(m_db.scalar(sql), 0));
    };
    stats.entries = count("SELECT COUNT(*) FROM check_latest");
    stats.history_rows = count("SELECT COUNT(*) FROM check_history");
    stats.resolutions = count("SELECT COUNT(*) FROM resolution");
    stats.responses = count("SELECT COUNT(*) FROM http_response");
    stats.parsed_documents = count("SELECT COUNT(*) FROM parsed_document");
    stats.runs = count("SELECT COUNT(*) FROM run");
    {
      auto q = m_db.query("SELECT state, checked_epoch FROM check_latest");
      while (q->step()) {
        const auto state = link_state_from_string(q->text(0)).value_or(LinkState::unknown);
        ++stats.entries_per_state[q->text(0)];
        if (is_fresh(state, q->integer(1))) {
          ++stats.fresh_entries;
        }
      }
    }
    {
      auto q = m_db.query("SELECT MIN(checked_epoch), MAX(checked_epoch) FROM check_history");
      if (q->step() && !q->is_null(0)) {
        stats.oldest_check = format_timestamp(from_epoch(q->integer(0)));
        stats.newest_check = format_timestamp(from_epoch(q->integer(1)));
      }
    }
    for (const char* suffix : {"", "-wal"}) {
      std::error_code error;
      const auto size = fs::file_size(m_path + suffix, error);
      if (!error) {
        stats.file_bytes += size;
      }
    }
    return stats;
  }

  PruneResult prune_locked(std::chrono::seconds keep_history) {
    PruneResult result;
    const std::int64_t now = now_epoch();
    std::vector<std::string> states;
    {
      auto q = m_db.query("SELECT DISTINCT state FROM check_latest");
      while (q->step()) {
        states.push_back(q->text(0));
      }
    }
    for (const auto& name : states) {
      const auto state = link_state_from_string(name).value_or(LinkState::unknown);
      auto q = m_db.query(
          "DELETE FROM check_latest WHERE state = ?1 AND (checked_epoch < ?2 OR"
          " checked_epoch > ?3)");
      q->bind(1, name)
          .bind(2, now - m_policy.max_age_for(state).count())
          .bind(3, now + k_clock_skew.count());
      q->run();
      result.entries += static_cast<std::uint64_t>(m_db.changes());
    }
    const std::int64_t cutoff = now - std::max<std::int64_t>(keep_history.count(), 0);
    const auto remove = [&](const char* sql, std::int64_t value) {
      auto q = m_db.query(sql);
      q->bind(1, value);
      q->run();
      return static_cast<std::uint64_t>(m_db.changes());
    };
    result.history_rows = remove(
        "DELETE FROM check_history WHERE checked_epoch < ?1"
        " AND id NOT IN (SELECT history_id FROM check_latest)",
        cutoff);
    result.resolutions = remove("DELETE FROM resolution WHERE expires_epoch <= ?1", now);
    result.responses = remove("DELETE FROM http_response WHERE stored_epoch < ?1", cutoff);
    {
      // Stale parses are never served again; nor are ones from a clock far ahead.
      auto q =
          m_db.query("DELETE FROM parsed_document WHERE stored_epoch < ?1 OR stored_epoch > ?2");
      q->bind(1, now - m_policy.parse_max_age.count()).bind(2, now + k_clock_skew.count());
      q->run();
      result.parsed_documents = static_cast<std::uint64_t>(m_db.changes());
    }
    result.runs = remove("DELETE FROM run WHERE started_epoch < ?1", cutoff);
    return result;
  }

  void export_locked(std::ostream& out) {
    {
      auto q = m_db.query(std::string("SELECT ") + k_check_columns +
                          " FROM check_latest l JOIN check_history h ON h.id = l.history_id"
                          " ORDER BY l.normalized_url");
      while (q->step()) {
        auto line = to_json(read_check(*q));
        line["type"] = "check";
        line["history_id"] = q->integer(0);
        line["run_id"] = q->text(10);
        out << dump(line) << '\n';
      }
    }
    {
      auto q = m_db.query(std::string("SELECT ") + k_check_columns +
                          " FROM check_history h ORDER BY h.checked_epoch, h.id");
      while (q->step()) {
        auto line = to_json(read_check(*q));
        line["type"] = "history";
        line["id"] = q->integer(0);
        line["run_id"] = q->text(10);
        out << dump(line) << '\n';
      }
    }
    for (const auto& run : runs_locked(0)) {
      auto line = run_to_json(run);
      line["type"] = "run";
      out << dump(line) << '\n';
    }
    if (!out) {
      throw StoreError(StoreError::Kind::io, m_location, "the export could not be written");
    }
  }

  void checkpoint() {
    // Keeps the write-ahead log from growing after large deletions; failure is harmless.
    try {
      m_db.exec("PRAGMA wal_checkpoint(PASSIVE)");
    } catch (const StoreError&) {
    }
  }

  std::string m_path;
  std::string m_location;
  FreshnessPolicy m_policy;
  std::size_t m_max_kept_parse_bytes;
  StoreClock m_clock;
  std::mutex m_mutex;
  Database m_db;
  std::string m_run_id;
};

}  // namespace

std::unique_ptr<Store> open_sqlite_store(const std::string& path, const StoreOptions& options) {
  const std::string location = "sqlite:" + path;
  if (path.empty()) {
    throw StoreError(StoreError::Kind::io, location, "no cache file path given");
  }
  const fs::path parent = fs::path(path).parent_path();
  if (!parent.empty()) {
    std::error_code error;
    fs::create_directories(parent, error);
    if (error) {
      throw StoreError(StoreError::Kind::io, location,
                       "cannot create the folder " + parent.string() + ": " + error.message());
    }
  }
  std::error_code error;
  if (!fs::exists(path, error)) {
    // The cache holds the URLs of unpublished work: readable by its owner only. SQLite gives
    // the -wal and -shm files the same mode as the database.
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd >= 0) {
      ::close(fd);
    }
  }
  if (fs::is_directory(path, error)) {
    throw StoreError(StoreError::Kind::io, location,
                     "is a folder; the cache must be a file (e.g. " +
                         (fs::path(path) / "cache.db").string() + ")");
  }
  return std::make_unique<SqliteStore>(path, location, options);
}

std::unique_ptr<Store> open_memory_store(const StoreOptions& options) {
  return std::make_unique<SqliteStore>(":memory:", "memory:", options);
}

}  // namespace citecheck::cache

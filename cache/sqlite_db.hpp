#pragma once
// A thin RAII layer over the SQLite C API: one connection, cached prepared statements, and
// every failure turned into a StoreError naming the file. Not thread-safe by itself; the
// store that owns it serializes calls.

#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <type_traits>
#include <utility>

#include <citecheck/store.hpp>

struct sqlite3;
struct sqlite3_stmt;

namespace citecheck::cache {

class Database;

/// A prepared statement, kept by its Database for reuse.
class Statement {
 public:
  Statement(Database& db, const std::string& sql);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  Statement& bind(int index, std::int64_t value);
  Statement& bind(int index, std::string_view text);
  Statement& bind_blob(int index, std::string_view bytes);
  /// As bind_blob, without SQLite's copy: `bytes` must outlive the statement's next reset
  /// (a parse of tens of thousands of citations is megabytes).
  Statement& bind_blob_borrowed(int index, std::string_view bytes);
  /// True while there is a row to read; false when done. Throws on failure.
  bool step();
  /// Runs a statement that returns no rows.
  void run();
  std::int64_t integer(int column) const;
  std::string text(int column) const;
  /// The column's bytes in place: valid until the next step() or reset().
  std::string_view bytes(int column) const;
  bool is_null(int column) const;
  /// Unbinds and rewinds, so the statement holds no read snapshot between uses.
  void reset();

 private:
  Database& m_db;
  sqlite3_stmt* m_stmt = nullptr;
};

/// A statement borrowed from the cache for one use; reset when it goes out of scope.
class Query {
 public:
  explicit Query(Statement& statement) : m_statement(statement) {}
  ~Query() { m_statement.reset(); }
  Query(const Query&) = delete;
  Query& operator=(const Query&) = delete;
  Statement* operator->() { return &m_statement; }
  Statement& operator*() { return m_statement; }

 private:
  Statement& m_statement;
};

/// One open connection.
class Database {
 public:
  /// Opens (creating when absent) the file at `path`. `location` names it in errors.
  Database(const std::string& path, std::string location, std::chrono::milliseconds busy_timeout);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  /// Runs one or more statements that return no rows.
  void exec(const std::string& sql);
  /// The cached prepared statement for `sql`, ready to bind.
  Query query(const std::string& sql);
  /// The single integer a statement such as "PRAGMA user_version" returns.
  std::int64_t scalar(const std::string& sql);
  std::int64_t changes() const;
  std::int64_t last_insert_id() const;

  /// Throws the StoreError for SQLite result code `rc` while doing `what`.
  [[noreturn]] void fail(int rc, const std::string& what) const;
  /// Throws unless `rc` is SQLITE_OK.
  void check(int rc, const std::string& what) const;

  sqlite3* handle() const { return m_db; }
  const std::string& location() const { return m_location; }
  std::chrono::milliseconds busy_timeout() const { return m_busy_timeout; }
  /// Drops every cached statement (before schema changes).
  void forget_statements();

 private:
  sqlite3* m_db = nullptr;
  std::string m_location;
  std::chrono::milliseconds m_busy_timeout;
  std::map<std::string, std::unique_ptr<Statement>> m_statements;
};

/// Runs `body` in a BEGIN IMMEDIATE transaction: all of it is committed or none. Taking the
/// write lock up front lets SQLite's busy handler wait for another process, instead of
/// failing at the first write; a lock still held after the busy timeout is retried a few times.
template <typename Body>
auto write_transaction(Database& db, Body&& body) -> decltype(body());

/// Runs `body`'s reads in one (deferred) transaction: one snapshot and one set of file locks
/// for many look-ups, where each statement alone would take and drop its own.
template <typename Body>
auto read_transaction(Database& db, Body&& body) -> decltype(body());

/// Retries `body` when it failed only because the file was locked. SQLite's busy handler
/// waits inside most attempts, but some lock conflicts come back at once (switching a new
/// file to WAL while another process does the same, a lock upgrade that could deadlock):
/// those are retried after a growing pause until the busy timeout has passed, so two
/// processes that open one new cache together both get it.
template <typename Body>
auto with_busy_retry(Database& db, Body&& body) -> decltype(body()) {
  constexpr int k_min_attempts = 4;
  constexpr auto k_max_pause = std::chrono::milliseconds(100);
  const auto started = std::chrono::steady_clock::now();
  auto pause = std::chrono::milliseconds(1);
  for (int attempt = 1;; ++attempt) {
    try {
      return body();
    } catch (const StoreError& error) {
      if (error.kind() != StoreError::Kind::busy ||
          (attempt >= k_min_attempts &&
           std::chrono::steady_clock::now() - started >= db.busy_timeout())) {
        throw;
      }
    }
    std::this_thread::sleep_for(pause);
    pause = std::min(pause * 2, k_max_pause);
  }
}

/// Runs `body` between `begin` and COMMIT, rolled back if it throws; retried when locked.
template <typename Body>
auto transaction(Database& db, const char* begin, Body&& body) -> decltype(body()) {
  return with_busy_retry(db, [&]() -> decltype(body()) {
    db.exec(begin);
    try {
      if constexpr (std::is_void_v<decltype(body())>) {
        body();
        db.exec("COMMIT");
      } else {
        auto result = body();
        db.exec("COMMIT");
        return result;
      }
    } catch (...) {
      try {
        db.exec("ROLLBACK");
      } catch (const StoreError&) {
        // SQLite may already have rolled back (e.g. after SQLITE_FULL); the first error is the
        // one worth reporting.
      }
      throw;
    }
  });
}

template <typename Body>
auto write_transaction(Database& db, Body&& body) -> decltype(body()) {
  return transaction(db, "BEGIN IMMEDIATE", std::forward<Body>(body));
}

template <typename Body>
auto read_transaction(Database& db, Body&& body) -> decltype(body()) {
  return transaction(db, "BEGIN", std::forward<Body>(body));
}

}  // namespace citecheck::cache

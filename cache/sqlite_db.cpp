#include "sqlite_db.hpp"

#include <sqlite3.h>

#include <limits>

namespace citecheck::cache {
namespace {

StoreError::Kind kind_of(int rc) {
  switch (rc & 0xFF) {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
      return StoreError::Kind::not_a_database;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return StoreError::Kind::busy;
    default:
      return StoreError::Kind::io;
  }
}

std::string explain(int rc, const std::string& what, const char* detail) {
  std::string text = what + " failed: " + (detail != nullptr ? detail : sqlite3_errstr(rc));
  switch (rc & 0xFF) {
    case SQLITE_NOTADB:
      return "is not a SQLite database (" + text + "); move it away or pass another cache path";
    case SQLITE_CORRUPT:
      return "the cache database is damaged (" + text +
             "); move it away, a new one will be created";
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return "the cache is locked by another process for too long (" + text + ")";
    case SQLITE_FULL:
      return "the disk is full (" + text + ")";
    case SQLITE_READONLY:
      return "the cache cannot be written (" + text + ")";
    case SQLITE_CANTOPEN:
      return "cannot open the cache file (" + text + ")";
    default:
      return text;
  }
}

int to_int_length(std::size_t size) {
  // SQLite takes lengths as int; anything larger is refused by SQLITE_LIMIT_LENGTH anyway.
  return size > static_cast<std::size_t>(std::numeric_limits<int>::max())
             ? std::numeric_limits<int>::max()
             : static_cast<int>(size);
}

}  // namespace

Statement::Statement(Database& db, const std::string& sql) : m_db(db) {
  m_db.check(sqlite3_prepare_v3(db.handle(), sql.c_str(), to_int_length(sql.size() + 1),
                                SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr),
             "preparing \"" + sql.substr(0, 60) + "\"");
}

Statement::~Statement() {
  sqlite3_finalize(m_stmt);
}

Statement& Statement::bind(int index, std::int64_t value) {
  m_db.check(sqlite3_bind_int64(m_stmt, index, value), "binding a value");
  return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
  m_db.check(
      sqlite3_bind_text(m_stmt, index, text.data(), to_int_length(text.size()), SQLITE_TRANSIENT),
      "binding a value");
  return *this;
}

Statement& Statement::bind_blob_borrowed(int index, std::string_view bytes) {
  m_db.check(
      sqlite3_bind_blob(m_stmt, index, bytes.data(), to_int_length(bytes.size()), SQLITE_STATIC),
      "binding a value");
  return *this;
}

Statement& Statement::bind_blob(int index, std::string_view bytes) {
  m_db.check(
      sqlite3_bind_blob(m_stmt, index, bytes.data(), to_int_length(bytes.size()), SQLITE_TRANSIENT),
      "binding a value");
  return *this;
}

bool Statement::step() {
  const int rc = sqlite3_step(m_stmt);
  if (rc == SQLITE_ROW) {
    return true;
  }
  if (rc == SQLITE_DONE) {
    return false;
  }
  const std::string sql = sqlite3_sql(m_stmt) != nullptr ? sqlite3_sql(m_stmt) : "";
  m_db.fail(rc, "running \"" + sql.substr(0, 60) + "\"");
}

void Statement::run() {
  while (step()) {
  }
}

std::int64_t Statement::integer(int column) const {
  return sqlite3_column_int64(m_stmt, column);
}

std::string Statement::text(int column) const {
  // Read as blob so that embedded NUL bytes survive (serialized responses may hold them).
  const void* data = sqlite3_column_blob(m_stmt, column);
  const int size = sqlite3_column_bytes(m_stmt, column);
  return data != nullptr ? std::string(static_cast<const char*>(data), size) : std::string();
}

std::string_view Statement::bytes(int column) const {
  const void* data = sqlite3_column_blob(m_stmt, column);
  const int size = sqlite3_column_bytes(m_stmt, column);
  return data != nullptr ? std::string_view(static_cast<const char*>(data), size)
                         : std::string_view();
}

bool Statement::is_null(int column) const {
  return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

void Statement::reset() {
  sqlite3_reset(m_stmt);
  sqlite3_clear_bindings(m_stmt);
}

Database::Database(const std::string& path, std::string location,
                   std::chrono::milliseconds busy_timeout)
    : m_location(std::move(location)), m_busy_timeout(busy_timeout) {
  const int rc =
      sqlite3_open_v2(path.c_str(), &m_db,
                      SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    const std::string detail = m_db != nullptr ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
    sqlite3_close(m_db);
    m_db = nullptr;
    throw StoreError(kind_of(rc), m_location, explain(rc, "opening", detail.c_str()));
  }
  sqlite3_extended_result_codes(m_db, 1);
  const auto timeout_ms = std::min<std::chrono::milliseconds::rep>(busy_timeout.count(),
                                                                   std::numeric_limits<int>::max());
  sqlite3_busy_timeout(m_db,
                       static_cast<int>(std::max<std::chrono::milliseconds::rep>(timeout_ms, 0)));
  // The last connection to close would copy the write-ahead log into the file and sync it
  // twice: 10-20 ms at the end of every run, for nothing a reader needs (the log is part of
  // the database; SQLite's automatic checkpoints still bound its size).
  sqlite3_db_config(m_db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
}

Database::~Database() {
  m_statements.clear();
  sqlite3_close(m_db);
}

void Database::exec(const std::string& sql) {
  char* message = nullptr;
  const int rc = sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &message);
  if (rc != SQLITE_OK) {
    const std::string detail = message != nullptr ? message : sqlite3_errstr(rc);
    sqlite3_free(message);
    throw StoreError(kind_of(rc), m_location,
                     explain(rc, "running \"" + sql.substr(0, 60) + "\"", detail.c_str()));
  }
}

Query Database::query(const std::string& sql) {
  auto& slot = m_statements[sql];
  if (!slot) {
    try {
      slot = std::make_unique<Statement>(*this, sql);
    } catch (...) {
      m_statements.erase(sql);
      throw;
    }
  }
  return Query(*slot);
}

std::int64_t Database::scalar(const std::string& sql) {
  auto q = query(sql);
  return q->step() ? q->integer(0) : 0;
}

std::int64_t Database::changes() const {
  return sqlite3_changes64(m_db);
}

std::int64_t Database::last_insert_id() const {
  return sqlite3_last_insert_rowid(m_db);
}

void Database::fail(int rc, const std::string& what) const {
  throw StoreError(kind_of(rc), m_location, explain(rc, what, sqlite3_errmsg(m_db)));
}

void Database::check(int rc, const std::string& what) const {
  if (rc != SQLITE_OK) {
    fail(rc, what);
  }
}

void Database::forget_statements() {
  m_statements.clear();
}

}  // namespace citecheck::cache

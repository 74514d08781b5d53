#include "schema.hpp"

#include <array>
#include <sstream>
#include <string>

#include "sqlite_db.hpp"

namespace citecheck::cache {
namespace {

// k_migrations[v] takes a file from user_version v to v + 1. Never edit a step once
// released: add one, and bump k_schema_version.
constexpr std::array<const char*, k_schema_version> k_migrations{{
    // 0 -> 1: the first layout.
    R"sql(
CREATE TABLE check_history (
  id             INTEGER PRIMARY KEY,
  normalized_url TEXT    NOT NULL,
  url            TEXT    NOT NULL,
  state          TEXT    NOT NULL,
  status         INTEGER NOT NULL,
  final_url      TEXT    NOT NULL,
  moved_to       TEXT    NOT NULL,
  error          TEXT    NOT NULL,
  checked_at     TEXT    NOT NULL,
  checked_epoch  INTEGER NOT NULL,
  run_id         TEXT    NOT NULL,
  evidence       TEXT    NOT NULL
);
CREATE INDEX check_history_by_url ON check_history (normalized_url, checked_epoch);
CREATE INDEX check_history_by_time ON check_history (checked_epoch);
CREATE TABLE check_latest (
  normalized_url TEXT    PRIMARY KEY,
  history_id     INTEGER NOT NULL,
  state          TEXT    NOT NULL,
  checked_epoch  INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE resolution (
  plugin        TEXT    NOT NULL,
  key           TEXT    NOT NULL,
  body          TEXT    NOT NULL,
  stored_epoch  INTEGER NOT NULL,
  expires_epoch INTEGER NOT NULL,
  PRIMARY KEY (plugin, key)
) WITHOUT ROWID;
CREATE TABLE http_response (
  key          TEXT    PRIMARY KEY,
  body         BLOB    NOT NULL,
  stored_epoch INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE run (
  id            TEXT    PRIMARY KEY,
  document      TEXT    NOT NULL,
  started_at    TEXT    NOT NULL,
  started_epoch INTEGER NOT NULL,
  finished_at   TEXT    NOT NULL,
  tool_version  TEXT    NOT NULL,
  counts        TEXT    NOT NULL
) WITHOUT ROWID;
)sql",
    // 1 -> 2: parsed documents (a rowid table: its bodies are large).
    R"sql(
CREATE TABLE parsed_document (
  key          TEXT    PRIMARY KEY,
  body         BLOB    NOT NULL,
  stored_epoch INTEGER NOT NULL
);
CREATE INDEX parsed_document_by_time ON parsed_document (stored_epoch);
)sql",
}};

std::string hex(std::int64_t value) {
  std::ostringstream out;
  out << "0x" << std::hex << value;
  return out.str();
}

/// The first object in the file, when it has any: a foreign database shows itself by them.
std::string first_object(Database& db) {
  auto q = db.query("SELECT name FROM sqlite_schema ORDER BY name LIMIT 1");
  return q->step() ? q->text(0) : std::string();
}

/// Throws unless the file is a citecheck cache this build can use, or an empty file.
/// Returns whether the file still needs to be created or migrated.
bool needs_upgrade(Database& db) {
  // The first read of the header: this is where "file is not a database" shows up.
  const std::int64_t application_id = db.scalar("PRAGMA application_id");
  const std::int64_t version = db.scalar("PRAGMA user_version");
  if (application_id == k_application_id) {
    if (version > k_schema_version) {
      throw StoreError(StoreError::Kind::newer_schema, db.location(),
                       "this cache was written by a newer citecheck (layout " +
                           std::to_string(version) + ", this one knows up to " +
                           std::to_string(k_schema_version) +
                           "); upgrade citecheck or use another cache path");
    }
    return version < k_schema_version;
  }
  if (application_id != 0) {
    throw StoreError(StoreError::Kind::foreign_database, db.location(),
                     "is a SQLite database of another application (application_id " +
                         hex(application_id) + "), not a citecheck cache; pass another cache path");
  }
  const std::string object = first_object(db);
  if (!object.empty() || version != 0) {
    throw StoreError(StoreError::Kind::foreign_database, db.location(),
                     "is a SQLite database but not a citecheck cache (it holds '" + object +
                         "' and no citecheck application_id); pass another cache path");
  }
  return true;
}

}  // namespace

void prepare_schema(Database& db) {
  // The identity questions (application id, layout version, first table) must be answered
  // from one snapshot: read one at a time, they can straddle another process's creation of
  // the schema and make a half-seen new cache look foreign.
  bool upgrade = false;
  with_busy_retry(db, [&] { db.exec("BEGIN"); });
  try {
    upgrade = needs_upgrade(db);
    db.exec("COMMIT");
  } catch (...) {
    db.exec("ROLLBACK");
    throw;
  }
  // WAL lets readers go on while one process writes, and a killed writer leaves the file
  // consistent; NORMAL syncs at checkpoints only, which WAL makes safe against corruption.
  with_busy_retry(db, [&] { db.exec("PRAGMA journal_mode=WAL"); });
  db.exec("PRAGMA synchronous=NORMAL");
  // The log is reused after each checkpoint; this only bounds what stays on disk after a
  // large burst (a clear, a big import).
  db.exec("PRAGMA journal_size_limit=4194304");
  if (!upgrade) {
    return;
  }
  write_transaction(db, [&] {
    // Another process may have created or migrated the file while this one waited.
    if (!needs_upgrade(db)) {
      return;
    }
    for (auto version = db.scalar("PRAGMA user_version"); version < k_schema_version; ++version) {
      db.exec(k_migrations.at(static_cast<std::size_t>(version)));
    }
    db.exec("PRAGMA application_id=" + std::to_string(k_application_id));
    db.exec("PRAGMA user_version=" + std::to_string(k_schema_version));
  });
  db.forget_statements();
}

}  // namespace citecheck::cache

#pragma once
// Helpers for the store tests: a temporary folder that disappears, a clock the test moves,
// a check with evidence, and raw SQLite access to look behind the store's back.

#include <sqlite3.h>
#include <stdlib.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include <citecheck/store.hpp>

namespace citecheck::cache_test {

/// A fresh folder under the system temp dir, removed with its contents at scope exit.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "citecheck-cache-XXXXXX");
    if (mkdtemp(pattern.data()) == nullptr) {
      throw std::runtime_error("mkdtemp failed");
    }
    m_path = pattern;
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(m_path, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  std::string file(const std::string& name) const { return (m_path / name).string(); }

 private:
  std::filesystem::path m_path;
};

/// A clock that only moves when the test says so.
struct FakeClock {
  std::chrono::system_clock::time_point now =
      std::chrono::sys_days(std::chrono::year(2024) / 5 / 1) + std::chrono::hours(12);
  StoreClock function() {
    return [this] { return now; };
  }
};

inline StoreOptions options_with(FakeClock& clock) {
  StoreOptions options;
  options.clock = clock.function();
  return options;
}

inline LinkCheck make_check(const std::string& url, LinkState state, int status,
                            const std::string& checked_at = {}) {
  LinkCheck check;
  check.url = url;
  check.normalized_url = url;
  check.state = state;
  check.status = status;
  check.final_url = url;
  check.checked_at = checked_at;
  check.evidence.method = "HEAD";
  check.evidence.hops.push_back({url, status, "", {{"Content-Type", "text/html"}}});
  check.evidence.tool_version = "test";
  return check;
}

/// Raw connection, for making foreign files and inspecting ours.
class RawDb {
 public:
  explicit RawDb(const std::string& path) {
    if (sqlite3_open(path.c_str(), &m_db) != SQLITE_OK) {
      throw std::runtime_error("cannot open " + path);
    }
  }
  ~RawDb() { sqlite3_close(m_db); }
  RawDb(const RawDb&) = delete;
  RawDb& operator=(const RawDb&) = delete;
  void exec(const std::string& sql) {
    char* error = nullptr;
    if (sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
      const std::string message = error != nullptr ? error : "?";
      sqlite3_free(error);
      throw std::runtime_error(sql + ": " + message);
    }
  }
  /// First column of the first row, as text ("" when no row).
  std::string text(const std::string& sql) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) {
      throw std::runtime_error(sql + ": " + sqlite3_errmsg(m_db));
    }
    std::string out;
    if (sqlite3_step(stmt) == SQLITE_ROW && sqlite3_column_text(stmt, 0) != nullptr) {
      out = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
    }
    sqlite3_finalize(stmt);
    return out;
  }
  long long integer(const std::string& sql) {
    const std::string value = text(sql);
    return value.empty() ? 0 : std::stoll(value);
  }

 private:
  sqlite3* m_db = nullptr;
};

inline void write_file(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

}  // namespace citecheck::cache_test

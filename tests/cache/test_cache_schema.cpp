#include <doctest/doctest.h>
#include <sqlite3.h>

#include <sstream>

#include "cache/cache_test_util.hpp"

using namespace citecheck;
using namespace citecheck::cache_test;

namespace {

StoreError open_error(const std::string& path) {
  try {
    (void)open_store(path);
  } catch (const StoreError& error) {
    return error;
  }
  FAIL("opened without error: " << path);
  return StoreError(StoreError::Kind::io, "", "");
}

}  // namespace

TEST_SUITE("cache") {
  TEST_CASE("a file that is not SQLite is a typed error naming the path, and is left alone") {
    const std::string contents[] = {
        std::string(4096, 'x'),
        "SQLite format 3" + std::string(200, '\xff'),
        "%PDF-1.7\n" + std::string(10000, '\0'),
    };
    for (const auto& bytes : contents) {
      TempDir dir;
      const std::string path = dir.file("cache.db");
      write_file(path, bytes);
      const StoreError error = open_error(path);
      CHECK(error.kind() == StoreError::Kind::not_a_database);
      CHECK(error.path() == "sqlite:" + path);
      CHECK(std::string(error.what()).find(path) != std::string::npos);
      CHECK(std::filesystem::file_size(path) == bytes.size());  // not overwritten
    }
  }

  TEST_CASE("a cache with damaged pages fails with a typed error, at open or at first use") {
    TempDir dir;
    const std::string path = dir.file("c.db");
    {
      auto store = open_store(path);
      std::vector<LinkCheck> checks;
      for (int i = 0; i < 300; ++i) {
        checks.push_back(make_check("https://a.example/" + std::to_string(i), LinkState::ok, 200));
      }
      store->record_all(checks, "r");
    }
    {
      // Closing leaves the write-ahead log as it is: move it into the file to damage that.
      sqlite3* db = nullptr;
      REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
      CHECK(sqlite3_exec(db, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr) ==
            SQLITE_OK);
      sqlite3_close(db);
    }
    REQUIRE(std::filesystem::file_size(path) > 8 * 4096);
    {
      std::fstream file(path, std::ios::in | std::ios::out | std::ios::binary);
      for (int page = 1; page < 8; ++page) {
        file.seekp(page * 4096);
        file << std::string(4096, '\x5a');
      }
    }
    bool typed_error = false;
    try {
      auto store = open_store(path);
      (void)store->stats();
      for (int i = 0; i < 300; ++i) {
        (void)store->latest("https://a.example/" + std::to_string(i));
      }
      std::ostringstream out;
      store->export_jsonl(out);
    } catch (const StoreError& error) {
      typed_error = true;
      CHECK(error.kind() == StoreError::Kind::not_a_database);
      CHECK(std::string(error.what()).find(path) != std::string::npos);
    }
    CHECK(typed_error);
  }

  TEST_CASE("a SQLite database of someone else is refused, not taken over") {
    TempDir dir;
    const std::string path = dir.file("other.db");
    {
      RawDb raw(path);
      raw.exec("CREATE TABLE invoices (id INTEGER); INSERT INTO invoices VALUES (1);");
    }
    const StoreError error = open_error(path);
    CHECK(error.kind() == StoreError::Kind::foreign_database);
    CHECK(std::string(error.what()).find("not a citecheck cache") != std::string::npos);
    CHECK(std::string(error.what()).find("invoices") != std::string::npos);
    RawDb raw(path);
    CHECK(raw.integer("SELECT COUNT(*) FROM invoices") == 1);
    CHECK(raw.integer("SELECT COUNT(*) FROM sqlite_schema") == 1);
  }

  TEST_CASE("another application's id, or only a user_version, is foreign too") {
    const char* setups[] = {"PRAGMA application_id = 1234;", "PRAGMA user_version = 7;"};
    for (const char* setup : setups) {
      CAPTURE(setup);
      TempDir dir;
      const std::string path = dir.file("other.db");
      RawDb(path).exec(setup);
      CHECK(open_error(path).kind() == StoreError::Kind::foreign_database);
    }
  }

  TEST_CASE("a cache from a newer citecheck is refused with both layout numbers") {
    TempDir dir;
    const std::string path = dir.file("c.db");
    (void)open_store(path);
    RawDb(path).exec("PRAGMA user_version = 99;");
    const StoreError error = open_error(path);
    CHECK(error.kind() == StoreError::Kind::newer_schema);
    CHECK(std::string(error.what()).find("layout 99") != std::string::npos);
  }

  TEST_CASE("a new cache is stamped, in WAL mode, and reopens without change") {
    TempDir dir;
    const std::string path = dir.file("c.db");
    (void)open_store(path);
    {
      RawDb raw(path);
      CHECK(raw.integer("PRAGMA application_id") == 0x43695465);
      CHECK(raw.integer("PRAGMA user_version") == 2);
      CHECK(raw.text("PRAGMA journal_mode") == "wal");
    }
    auto store = open_store(path);
    store->record(make_check("https://a.example/", LinkState::ok, 200));
    CHECK(store->latest("https://a.example/").has_value());
  }

  TEST_CASE("a new cache file is readable by its owner only") {
    TempDir dir;
    const std::string path = dir.file("c.db");
    (void)open_store(path);
    const auto permissions = std::filesystem::status(path).permissions();
    using std::filesystem::perms;
    CHECK((permissions & (perms::group_all | perms::others_all)) == perms::none);
    CHECK((permissions & perms::owner_read) != perms::none);
  }

  TEST_CASE("an empty file becomes a cache") {
    TempDir dir;
    const std::string path = dir.file("c.db");
    write_file(path, "");
    auto store = open_store(path);
    store->record(make_check("https://a.example/", LinkState::ok, 200));
    CHECK(store->stats().entries == 1);
  }
}

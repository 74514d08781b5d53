// Lock conflicts SQLite reports at once, without its busy handler waiting, are retried
// after pauses until the busy timeout has passed; other errors are not retried.
#include <doctest/doctest.h>

#include <chrono>

#include "cache/cache_test_util.hpp"
#include "cache/sqlite_db.hpp"

using namespace citecheck;
using namespace citecheck::cache;
using namespace citecheck::cache_test;
using namespace std::chrono_literals;

namespace {

StoreError busy() {
  return StoreError(StoreError::Kind::busy, "test.db", "database is locked");
}

}  // namespace

TEST_SUITE("cache") {
  TEST_CASE("a lock refused at once is retried after pauses until it is free") {
    TempDir dir;
    Database db(dir.file("r.db"), "test.db", 2000ms);
    int attempts = 0;
    const int value = with_busy_retry(db, [&] {
      if (++attempts < 8)
        throw busy();
      return 42;
    });
    CHECK(value == 42);
    CHECK(attempts == 8);  // more than the four a lock held for the whole timeout gets
  }

  TEST_CASE("a lock still refused after the busy timeout is an error, after a few tries") {
    TempDir dir;
    Database db(dir.file("r.db"), "test.db", 150ms);
    int attempts = 0;
    const auto started = std::chrono::steady_clock::now();
    CHECK_THROWS_AS(with_busy_retry(db,
                                    [&] {
                                      ++attempts;
                                      throw busy();
                                    }),
                    StoreError);
    const auto waited = std::chrono::steady_clock::now() - started;
    CHECK(waited >= 150ms);
    CHECK(waited < 2s);
    CHECK(attempts > 4);
  }

  TEST_CASE("other errors are not retried") {
    TempDir dir;
    Database db(dir.file("r.db"), "test.db", 2000ms);
    int attempts = 0;
    CHECK_THROWS_AS(with_busy_retry(db,
                                    [&] {
                                      ++attempts;
                                      throw StoreError(StoreError::Kind::io, "test.db", "disk");
                                    }),
                    StoreError);
    CHECK(attempts == 1);
  }
}

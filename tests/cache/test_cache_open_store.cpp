#include <doctest/doctest.h>

#include <filesystem>

#include <sstream>

#include "cache/cache_test_util.hpp"

using namespace citecheck;
using namespace citecheck::cache_test;

TEST_SUITE("cache") {
  TEST_CASE("locations: sqlite: prefixes, URL spelling, plain paths, relative names") {
    TempDir dir;
    const std::string path = dir.file("sub/dir/c.db");  // parent folders are created
    const std::vector<std::string> spellings = {path, "sqlite:" + path, "sqlite://" + path,
                                                "sqlite://localhost" + path};
    for (const auto& location : spellings) {
      CAPTURE(location);
      auto store = open_store(location);
      CHECK(store->location() == "sqlite:" + path);
      store->record(make_check("https://a.example/" + location, LinkState::ok, 200));
    }
    CHECK(open_store(path)->stats().entries == 4);  // all four opened the same file
  }

  TEST_CASE("unknown schemes are refused with the names that would work") {
    struct Case {
      const char* location;
      const char* says;
    };
    const Case cases[] = {
        {"postgresql://db.example/citecheck", "postgresql: caches are not built into"},
        {"s3://bucket/cache.db", "unknown cache type 's3:'"},
        {"redis:cache", "this citecheck knows sqlite:, memory:, null:"},
    };
    for (const auto& c : cases) {
      CAPTURE(c.location);
      try {
        (void)open_store(c.location);
        FAIL("no error");
      } catch (const StoreError& error) {
        CHECK(error.kind() == StoreError::Kind::unknown_scheme);
        CHECK(error.path() == c.location);
        CHECK(std::string(error.what()).find(c.says) != std::string::npos);
      }
    }
  }

  TEST_CASE("a remote host in a sqlite: URL is refused") {
    CHECK_THROWS_AS(open_store("sqlite://server/cache.db"), StoreError);
  }

  TEST_CASE("a folder or an empty path is not a cache file") {
    TempDir dir;
    try {
      (void)open_store(dir.file(""));
      FAIL("no error");
    } catch (const StoreError& error) {
      CHECK(error.kind() == StoreError::Kind::io);
      CHECK(std::string(error.what()).find("is a folder") != std::string::npos);
    }
    CHECK_THROWS_AS(open_store("sqlite:"), StoreError);
  }

  TEST_CASE("a parent that cannot be created is an io error naming the folder") {
    TempDir dir;
    write_file(dir.file("file"), "x");
    try {
      (void)open_store(dir.file("file/sub/c.db"));
      FAIL("no error");
    } catch (const StoreError& error) {
      CHECK(error.kind() == StoreError::Kind::io);
      CHECK(std::string(error.what()).find(dir.file("file/sub")) != std::string::npos);
    }
  }

  TEST_CASE("memory: remembers for the process only, and leaves no file") {
    TempDir dir;
    const auto before = std::filesystem::current_path();
    std::filesystem::current_path(std::filesystem::path(dir.file("")).parent_path());
    {
      auto store = open_store("memory:");
      store->record(make_check("https://a.example/", LinkState::ok, 200));
      store->put("p", "k", "{}", std::chrono::hours(1));
      CHECK(store->fresh("https://a.example/").has_value());
      CHECK(store->get("p", "k") == "{}");
      CHECK(store->location() == "memory:");
      // Another memory store is another memory.
      CHECK_FALSE(open_store("memory:")->fresh("https://a.example/").has_value());
    }
    CHECK(std::filesystem::is_empty(std::filesystem::path(dir.file("")).parent_path()));
    std::filesystem::current_path(before);
  }

  TEST_CASE("null: remembers nothing and never fails") {
    auto store = open_store("null:");
    store->record(make_check("https://a.example/", LinkState::ok, 200));
    store->put("p", "k", "{}", std::chrono::hours(1));
    store->put_response("k", "v");
    CHECK_FALSE(store->fresh("https://a.example/").has_value());
    CHECK_FALSE(store->get("p", "k").has_value());
    CHECK_FALSE(store->get_response("k", std::chrono::hours(1)).has_value());
    CHECK(store->stats().entries == 0);
    CHECK(store->location() == "null:");
    std::ostringstream out;
    store->export_jsonl(out);
    CHECK(out.str().empty());
    CHECK(make_null_store()->history("https://a.example/").empty());
  }
}

#include <doctest/doctest.h>

#include "cache/cache_test_util.hpp"

using namespace citecheck;
using namespace citecheck::cache_test;

TEST_SUITE("cache") {
  TEST_CASE("the first failure is reported once and the run goes on uncached") {
    TempDir dir;
    const std::string path = dir.file("c.db");
    std::vector<std::string> warnings;
    auto store = make_fail_safe_store(open_store(path),
                                      [&](const std::string& text) { warnings.push_back(text); });
    store->record(make_check("https://a.example/", LinkState::ok, 200));
    CHECK(store->fresh("https://a.example/").has_value());

    // Another process drops a table behind our back: every statement now fails.
    RawDb(path).exec("DROP TABLE check_latest;");
    CHECK_NOTHROW(store->record(make_check("https://b.example/", LinkState::ok, 200)));
    CHECK_FALSE(store->fresh("https://a.example/").has_value());
    CHECK_FALSE(store->get("p", "k").has_value());
    CHECK(store->stats().location == "sqlite:" + path);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].find(path) != std::string::npos);
    CHECK(warnings[0].find("check_latest") != std::string::npos);  // SQLite's own words
  }

  TEST_CASE("without failures it passes everything through") {
    TempDir dir;
    auto store = make_fail_safe_store(open_store(dir.file("c.db")), {});
    store->put("p", "k", "{\"a\":1}", std::chrono::hours(1));
    CHECK(store->get("p", "k") == "{\"a\":1}");
    store->record(make_check("https://a.example/", LinkState::dead, 404));
    CHECK(store->broken_since("https://a.example/").has_value());
  }
}

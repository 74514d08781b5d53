// The store as the pipeline's ParsedDocumentCache: kept parses come back until they are a
// month old, prune and clear drop them, a damaged row is a miss, and a cache written by the
// layout before parses were kept gains their table and keeps everything else.
#include <doctest/doctest.h>

#include <chrono>

#include "cache/cache_test_util.hpp"

using namespace citecheck;
using namespace citecheck::cache_test;
using namespace std::chrono_literals;

namespace {

ParsedDocument small_document(const std::string& title) {
  Citation citation;
  citation.id = "1.1";
  citation.footnote = 1;
  citation.title = title;
  citation.urls = {"https://a.example/"};
  Footnote footnote;
  footnote.number = 1;
  footnote.citations = {citation};
  ParsedDocument document;
  document.path = "brief.md";
  document.format = Format::markdown;
  document.footnotes = {footnote};
  return document;
}

}  // namespace

TEST_SUITE("cache") {
  TEST_CASE("a kept parse is served for a month, then parsed again") {
    TempDir dir;
    FakeClock clock;
    auto store = open_store(dir.file("c.db"), options_with(clock));
    CHECK_FALSE(store->parsed("k").has_value());
    store->remember_parsed("k", small_document("First"));
    auto back = store->parsed("k");
    REQUIRE(back.has_value());
    REQUIRE(back->footnotes.size() == 1);
    CHECK(back->footnotes[0].citations.at(0).title == "First");
    CHECK(back->path == "brief.md");
    store->remember_parsed("k", small_document("Second"));  // the same key again: replaced
    CHECK(store->parsed("k")->footnotes[0].citations.at(0).title == "Second");
    CHECK(store->stats().parsed_documents == 1);

    clock.now += 30 * 24h;
    CHECK(store->parsed("k").has_value());
    clock.now += 1s;
    CHECK_FALSE(store->parsed("k").has_value());
    CHECK(store->prune(365 * 24h).parsed_documents == 1);
    CHECK(store->stats().parsed_documents == 0);
  }

  TEST_CASE("clear drops kept parses; a damaged row is a miss, not an error") {
    TempDir dir;
    const std::string path = dir.file("c.db");
    {
      auto store = open_store(path);
      store->remember_parsed("a", small_document("A"));
      store->remember_parsed("b", small_document("B"));
    }
    RawDb(path).exec("UPDATE parsed_document SET body = x'a1ff' WHERE key = 'b'");
    auto store = open_store(path);
    CHECK(store->parsed("a").has_value());
    CHECK_FALSE(store->parsed("b").has_value());
    store->clear();
    CHECK_FALSE(store->parsed("a").has_value());
    CHECK(store->stats().parsed_documents == 0);
  }

  TEST_CASE("a parse larger than the limit is not kept, and the store goes on") {
    TempDir dir;
    StoreOptions options;
    options.max_kept_parse_bytes = 100;
    auto store = open_store(dir.file("c.db"), options);
    ParsedDocument big = small_document("A");
    big.footnotes[0].text.assign(200, 'x');
    store->remember_parsed("big", big);
    CHECK_FALSE(store->parsed("big").has_value());
    store->remember_parsed("small", small_document("B"));
    CHECK(store->parsed("small").has_value());
  }

  TEST_CASE("a store in memory keeps no parses") {
    auto store = open_store("memory:");
    store->remember_parsed("k", small_document("A"));
    CHECK_FALSE(store->parsed("k").has_value());
  }

  TEST_CASE("a cache of the layout before kept parses is migrated and keeps its checks") {
    TempDir dir;
    const std::string path = dir.file("c.db");
    {
      auto store = open_store(path);
      store->record(make_check("https://a.example/", LinkState::ok, 200));
    }
    {
      RawDb raw(path);  // back to layout 1: no parsed_document table
      raw.exec("DROP TABLE parsed_document; PRAGMA user_version = 1;");
    }
    auto store = open_store(path);
    CHECK(RawDb(path).integer("PRAGMA user_version") == 2);
    CHECK(store->latest("https://a.example/").has_value());
    store->remember_parsed("k", small_document("A"));
    CHECK(store->parsed("k").has_value());
  }
}

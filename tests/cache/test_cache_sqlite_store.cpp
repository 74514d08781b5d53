#include <doctest/doctest.h>

#include <sstream>
#include <thread>

#include <citecheck/sha256.hpp>

#include <nlohmann/json.hpp>

#include "cache/cache_test_util.hpp"

using namespace citecheck;
using namespace citecheck::cache_test;
using namespace std::chrono_literals;

TEST_SUITE("cache") {
  TEST_CASE("a recorded check comes back as latest and fresh, marked from_cache") {
    TempDir dir;
    FakeClock clock;
    auto store = open_store(dir.file("c.db"), options_with(clock));
    CHECK_FALSE(store->latest("https://a.example/").has_value());
    CHECK_FALSE(store->fresh("https://a.example/").has_value());

    store->record(make_check("https://a.example/", LinkState::ok, 200));
    const auto fresh = store->fresh("https://a.example/");
    REQUIRE(fresh.has_value());
    CHECK(fresh->state == LinkState::ok);
    CHECK(fresh->status == 200);
    CHECK(fresh->from_cache);
    CHECK(fresh->checked_at == "2024-05-01T12:00:00Z");  // stamped by the store's clock
  }

  TEST_CASE("freshness: successes for the ok max age, failures for the shorter one") {
    TempDir dir;
    FakeClock clock;
    auto options = options_with(clock);
    options.freshness.ok_max_age = 7 * 24h;
    options.freshness.failure_max_age = 24h;
    auto store = open_store(dir.file("c.db"), options);
    store->record(make_check("https://ok.example/", LinkState::ok, 200));
    store->record(make_check("https://moved.example/", LinkState::redirected, 301));
    store->record(make_check("https://dead.example/", LinkState::dead, 404));
    store->record(make_check("https://slow.example/", LinkState::timeout, 0));
    store->record(make_check("https://bot.example/", LinkState::blocked, 403));

    clock.now += 23h;
    CHECK(store->fresh("https://dead.example/").has_value());
    clock.now += 2h;  // 25 h: failures are no longer trusted, successes still are
    CHECK_FALSE(store->fresh("https://dead.example/").has_value());
    CHECK_FALSE(store->fresh("https://slow.example/").has_value());
    CHECK_FALSE(store->fresh("https://bot.example/").has_value());
    CHECK(store->fresh("https://ok.example/").has_value());
    CHECK(store->fresh("https://moved.example/").has_value());
    // Expired is not gone: latest still answers for reports ("last seen dead on ...").
    CHECK(store->latest("https://dead.example/").has_value());

    // The batch look-up answers as fresh() does, key by key, in order, unknown keys too.
    const std::vector<std::string> keys = {"https://ok.example/", "https://dead.example/",
                                           "https://never.example/", "https://moved.example/"};
    const auto batch = store->fresh_batch(keys);
    REQUIRE(batch.size() == keys.size());
    for (std::size_t i = 0; i < keys.size(); ++i) {
      CAPTURE(keys[i]);
      const auto one = store->fresh(keys[i]);
      REQUIRE(batch[i].has_value() == one.has_value());
      if (one) {
        CHECK(batch[i]->state == one->state);
        CHECK(batch[i]->from_cache);
      }
    }
    CHECK(batch[0].has_value());
    CHECK_FALSE(batch[1].has_value());

    clock.now += 6 * 24h;  // 7 d 1 h
    CHECK_FALSE(store->fresh("https://ok.example/").has_value());
  }

  TEST_CASE("unknown and skipped go to history only and never hide the last real answer") {
    TempDir dir;
    FakeClock clock;
    auto store = open_store(dir.file("c.db"), options_with(clock));
    store->record(make_check("https://a.example/", LinkState::ok, 200));
    clock.now += 1h;
    store->record(make_check("https://a.example/", LinkState::unknown, 0));
    store->record(make_check("https://b.example/", LinkState::skipped, 0));
    CHECK(store->fresh("https://a.example/")->state == LinkState::ok);
    CHECK_FALSE(store->latest("https://b.example/").has_value());
    CHECK(store->history("https://a.example/").size() == 2);
    CHECK(store->history("https://b.example/").size() == 1);
  }

  TEST_CASE("a check that came from the cache is not recorded again") {
    TempDir dir;
    FakeClock clock;
    auto store = open_store(dir.file("c.db"), options_with(clock));
    store->record(make_check("https://a.example/", LinkState::ok, 200));
    store->record(*store->fresh("https://a.example/"));
    CHECK(store->history("https://a.example/").size() == 1);
  }

  TEST_CASE("an older observation arriving late does not replace a newer latest") {
    TempDir dir;
    FakeClock clock;
    auto store = open_store(dir.file("c.db"), options_with(clock));
    store->record(make_check("https://a.example/", LinkState::ok, 200, "2024-05-01T11:00:00Z"));
    store->record(make_check("https://a.example/", LinkState::dead, 404, "2024-04-01T00:00:00Z"));
    CHECK(store->latest("https://a.example/")->state == LinkState::ok);
    CHECK(store->history("https://a.example/").size() == 2);
  }

  TEST_CASE("a result from far in the future is not trusted") {
    TempDir dir;
    FakeClock clock;
    auto store = open_store(dir.file("c.db"), options_with(clock));
    store->record(make_check("https://a.example/", LinkState::ok, 200, "2030-01-01T00:00:00Z"));
    CHECK(store->latest("https://a.example/").has_value());
    CHECK_FALSE(store->fresh("https://a.example/").has_value());
  }

  TEST_CASE("the empty normalized URL falls back to the URL as key") {
    TempDir dir;
    FakeClock clock;
    auto store = open_store(dir.file("c.db"), options_with(clock));
    auto check = make_check("https://a.example/x", LinkState::ok, 200);
    check.normalized_url.clear();
    store->record(check);
    CHECK(store->fresh("https://a.example/x").has_value());
  }

  TEST_CASE("evidence survives the round trip, field by field") {
    TempDir dir;
    FakeClock clock;
    auto store = open_store(dir.file("c.db"), options_with(clock));
    LinkCheck check = make_check("https://a.example/old", LinkState::redirected, 301);
    check.url = "https://a.example/old ";
    check.final_url = "https://a.example/new";
    check.moved_to = "https://a.example/new";
    check.error = "";
    check.evidence.method = "GET";
    check.evidence.request_headers = {{"User-Agent", "citecheck/0.1"}, {"Accept", "*/*"}};
    const auto sent_headers = check.evidence.request_headers;
    // Credentials from per-host settings never reach the file.
    check.evidence.request_headers.push_back({"Authorization", "Bearer s3cr3t"});
    check.evidence.request_headers.push_back({"X-Api-Key", "k3y"});
    check.evidence.request_headers.push_back({"Cookie", "session=abc"});
    check.evidence.hops = {
        {"https://a.example/old",
         301,
         "https://a.example/new",
         {{"Location", "/new"}, {"Set-Cookie", "a=1"}, {"Set-Cookie", "b=2"}}},
        {"https://a.example/new", 200, "", {{"Content-Type", "text/html; charset=latin1"}}},
    };
    check.evidence.body_sha256 = sha256_hex("<html>");
    check.evidence.body_bytes = 6;
    check.evidence.title = "Caf\xe9 \xe2\x80\x94 news";  // invalid UTF-8 byte, then an em dash
    check.evidence.seconds = 0.25;
    check.evidence.attempts = 2;
    check.evidence.signal = "301 to https://a.example/new";
    check.evidence.tool_version = "citecheck 0.1.0";
    store->record(check);

    const auto back = store->latest("https://a.example/old");
    REQUIRE(back.has_value());
    CHECK(back->url == check.url);
    CHECK(back->final_url == check.final_url);
    CHECK(back->moved_to == check.moved_to);
    const Evidence& e = back->evidence;
    CHECK(e.method == "GET");
    REQUIRE(e.request_headers.size() == 5);
    CHECK(std::vector<Header>(e.request_headers.begin(), e.request_headers.begin() + 2) ==
          sent_headers);
    for (std::size_t i = 2; i < 5; ++i) {
      CHECK(e.request_headers[i].first == check.evidence.request_headers[i].first);
      CHECK(e.request_headers[i].second == "[redacted]");
    }
    REQUIRE(e.hops.size() == 2);
    CHECK(e.hops[0].url == "https://a.example/old");
    CHECK(e.hops[0].status == 301);
    CHECK(e.hops[0].location == "https://a.example/new");
    CHECK(e.hops[0].headers == check.evidence.hops[0].headers);  // order and repeats kept
    CHECK(e.hops[1].headers == check.evidence.hops[1].headers);
    CHECK(e.body_sha256 == check.evidence.body_sha256);
    CHECK(e.body_bytes == 6);
    CHECK(e.title == "Caf\xef\xbf\xbd \xe2\x80\x94 news");  // the bad byte became U+FFFD
    CHECK(e.seconds == doctest::Approx(0.25));
    CHECK(e.attempts == 2);
    CHECK(e.signal == check.evidence.signal);
    CHECK(e.tool_version == "citecheck 0.1.0");

    const auto rows = store->history("https://a.example/old");
    REQUIRE(rows.size() == 1);
    const auto from_history = store->history_check(rows[0].id);
    REQUIRE(from_history.has_value());
    CHECK(from_history->evidence.hops.size() == 2);
    CHECK_FALSE(store->history_check(rows[0].id + 1000).has_value());
  }

  TEST_CASE("history keeps every check, newest first, with its run") {
    TempDir dir;
    FakeClock clock;
    auto store = open_store(dir.file("c.db"), options_with(clock));
    store->begin_run({"run-1", "report.pdf", "", "", "0.1.0", {}});
    store->record(make_check("https://a.example/", LinkState::ok, 200));
    store->finish_run("run-1", {{"ok", 1}});
    clock.now += 24h;
    store->record_all({make_check("https://a.example/", LinkState::dead, 404)}, "run-2");

    const auto rows = store->history("https://a.example/");
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].state == LinkState::dead);
    CHECK(rows[0].run_id == "run-2");
    CHECK(rows[0].checked_at == "2024-05-02T12:00:00Z");
    CHECK(rows[1].state == LinkState::ok);
    CHECK(rows[1].run_id == "run-1");
    CHECK(store->history("https://a.example/", 1).size() == 1);
    CHECK(store->history("https://nobody.example/").empty());
  }

  TEST_CASE("broken since: the start of the current streak of broken checks") {
    struct Case {
      const char* name;
      std::vector<LinkState> states;  // oldest first, one day apart from 2024-05-01
      std::optional<std::string> since;
      std::size_t checks;
    };
    using S = LinkState;
    const std::vector<Case> cases = {
        {"never checked", {}, std::nullopt, 0},
        {"fine now", {S::dead, S::ok}, std::nullopt, 0},
        {"broken since the first check", {S::dead, S::dead}, "2024-05-01T12:00:00Z", 2},
        {"broken after fine", {S::ok, S::dead, S::timeout}, "2024-05-02T12:00:00Z", 2},
        {"offline runs neither break nor extend",
         {S::ok, S::dead, S::unknown, S::dead, S::unknown},
         "2024-05-02T12:00:00Z",
         2},
        {"blocked is not broken", {S::dead, S::blocked}, std::nullopt, 0},
        {"redirected is not broken",
         {S::dead, S::redirected, S::soft_404},
         "2024-05-03T12:00:00Z",
         1},
    };
    for (const auto& c : cases) {
      SUBCASE(c.name) {
        TempDir dir;
        FakeClock clock;
        auto store = open_store(dir.file("c.db"), options_with(clock));
        for (const auto state : c.states) {
          store->record(make_check("https://a.example/", state, 0));
          clock.now += 24h;
        }
        const auto streak = store->broken_since("https://a.example/");
        CHECK(streak.has_value() == c.since.has_value());
        if (streak && c.since) {
          CHECK(streak->since == *c.since);
          CHECK(streak->checks == c.checks);
        }
      }
    }
  }

  TEST_CASE("flapping: state changes among the last N informative checks") {
    struct Case {
      const char* name;
      std::vector<LinkState> states;  // oldest first
      std::size_t last_n;
      std::size_t changes;
    };
    using S = LinkState;
    const std::vector<Case> cases = {
        {"none", {}, 10, 0},
        {"one check", {S::ok}, 10, 0},
        {"stable", {S::ok, S::ok, S::ok}, 10, 0},
        {"flapping", {S::ok, S::dead, S::ok, S::dead, S::ok}, 10, 4},
        {"only the last three", {S::ok, S::dead, S::ok, S::ok, S::ok}, 3, 0},
        {"last three with a change", {S::ok, S::dead, S::ok, S::ok, S::ok}, 4, 1},
        {"unknown left out", {S::ok, S::unknown, S::ok, S::unknown}, 10, 0},
        {"timeout to dead is a change", {S::timeout, S::dead}, 10, 1},
    };
    for (const auto& c : cases) {
      SUBCASE(c.name) {
        TempDir dir;
        FakeClock clock;
        auto store = open_store(dir.file("c.db"), options_with(clock));
        for (const auto state : c.states) {
          store->record(make_check("https://a.example/", state, 0));
          clock.now += 1h;
        }
        CHECK(store->state_changes("https://a.example/", c.last_n) == c.changes);
      }
    }
  }

  TEST_CASE("resolutions: round trip, per plugin, replaced, expired by their own max age") {
    TempDir dir;
    FakeClock clock;
    auto store = open_store(dir.file("c.db"), options_with(clock));
    ResolutionStore& resolutions = *store;
    resolutions.put("un-documents", "A/RES/70/1", R"({"title":"Transforming our world"})", 48h);
    resolutions.put("journals", "A/RES/70/1", R"({"other":true})", 1h);
    resolutions.put("journals", "never", "{}", 0s);  // max age 0: nothing to keep

    CHECK(resolutions.get("un-documents", "A/RES/70/1") == R"({"title":"Transforming our world"})");
    CHECK(resolutions.get("journals", "A/RES/70/1") == R"({"other":true})");
    CHECK_FALSE(resolutions.get("journals", "never").has_value());
    CHECK_FALSE(resolutions.get("news", "A/RES/70/1").has_value());

    clock.now += 2h;
    CHECK_FALSE(resolutions.get("journals", "A/RES/70/1").has_value());
    CHECK(resolutions.get("un-documents", "A/RES/70/1").has_value());

    resolutions.put("un-documents", "A/RES/70/1", R"({"title":"v2"})", 48h);
    CHECK(resolutions.get("un-documents", "A/RES/70/1") == R"({"title":"v2"})");
    clock.now += 47h;
    CHECK(resolutions.get("un-documents", "A/RES/70/1").has_value());
    clock.now += 2h;
    CHECK_FALSE(resolutions.get("un-documents", "A/RES/70/1").has_value());

    resolutions.put("p", "forever", "{}", std::chrono::seconds::max());
    clock.now += 24h * 365 * 50;
    CHECK(resolutions.get("p", "forever").has_value());
  }

  TEST_CASE("responses: stored bytes come back within the reader's max age") {
    TempDir dir;
    FakeClock clock;
    auto store = open_store(dir.file("c.db"), options_with(clock));
    const std::string bytes("status 200\0binary\xff", 18);
    store->put_response("GET https://api.example/x", bytes);
    CHECK(store->get_response("GET https://api.example/x", 1h) == bytes);
    CHECK_FALSE(store->get_response("GET https://api.example/y", 1h).has_value());
    CHECK_FALSE(store->get_response("GET https://api.example/x", 0s).has_value());
    clock.now += 2h;
    CHECK_FALSE(store->get_response("GET https://api.example/x", 1h).has_value());
    CHECK(store->get_response("GET https://api.example/x", 3h) == bytes);
  }

  TEST_CASE("the store is the engine's ResponseCache") {
    TempDir dir;
    FakeClock clock;
    auto store = open_store(dir.file("c.db"), options_with(clock));
    ResponseCache& cache = *store;
    cache.put("GET https://api.example/works/1", R"({"status":200})");
    CHECK(cache.get("GET https://api.example/works/1", 1h) == R"({"status":200})");
    CHECK(store->get_response("GET https://api.example/works/1", 1h).has_value());
    // The resolution table is a different namespace from the response table.
    CHECK_FALSE(store->get("GET https://api.example/works/1", "x").has_value());
    clock.now += 61min;
    CHECK_FALSE(cache.get("GET https://api.example/works/1", 1h).has_value());
  }

  TEST_CASE("a run without an id gets one, and tags the checks recorded after it") {
    TempDir dir;
    FakeClock clock;
    auto store = open_store(dir.file("c.db"), options_with(clock));
    const std::string id = store->begin_run({"", "a.pdf", "", "", "", {}});
    CHECK(id.rfind("20240501T120000Z-", 0) == 0);
    store->record(make_check("https://a.example/", LinkState::ok, 200));
    CHECK(store->history("https://a.example/")[0].run_id == id);
    store->finish_run(id, {});
    store->record(make_check("https://b.example/", LinkState::ok, 200));
    CHECK(store->history("https://b.example/")[0].run_id.empty());
    CHECK_FALSE(make_null_store()->begin_run({}).empty());
  }

  TEST_CASE("runs: begun, finished with counts, listed newest first") {
    TempDir dir;
    FakeClock clock;
    auto store = open_store(dir.file("c.db"), options_with(clock));
    store->begin_run({"r1", "a.pdf", "", "", "0.1.0", {}});
    clock.now += 1min;
    store->finish_run("r1", {{"ok", 10}, {"dead", 2}});
    clock.now += 1h;
    store->begin_run({"r2", "b.docx", "", "", "0.1.0", {}});  // killed: never finished

    const auto runs = store->runs();
    REQUIRE(runs.size() == 2);
    CHECK(runs[0].id == "r2");
    CHECK(runs[0].finished_at.empty());
    CHECK(runs[1].id == "r1");
    CHECK(runs[1].document == "a.pdf");
    CHECK(runs[1].started_at == "2024-05-01T12:00:00Z");
    CHECK(runs[1].finished_at == "2024-05-01T12:01:00Z");
    CHECK(runs[1].counts == std::map<std::string, int>{{"dead", 2}, {"ok", 10}});
    CHECK(store->runs(1).size() == 1);
  }

  TEST_CASE("stats count what is there") {
    TempDir dir;
    FakeClock clock;
    auto store = open_store(dir.file("c.db"), options_with(clock));
    CHECK(store->stats().entries == 0);
    CHECK(store->stats().oldest_check.empty());
    store->record(make_check("https://a.example/", LinkState::ok, 200));
    clock.now += 2 * 24h;
    store->record(make_check("https://b.example/", LinkState::dead, 404));
    store->record(make_check("https://c.example/", LinkState::dead, 404));
    store->record(make_check("https://c.example/", LinkState::dead, 404));
    store->put("p", "k", "{}", 1h);
    store->put_response("k", "v");
    store->begin_run({"r", "d", "", "", "", {}});

    const StoreStats stats = store->stats();
    CHECK(stats.location == "sqlite:" + dir.file("c.db"));
    CHECK(stats.entries == 3);
    CHECK(stats.fresh_entries == 3);
    CHECK(stats.history_rows == 4);
    CHECK(stats.resolutions == 1);
    CHECK(stats.responses == 1);
    CHECK(stats.runs == 1);
    CHECK(stats.file_bytes > 0);
    CHECK(stats.oldest_check == "2024-05-01T12:00:00Z");
    CHECK(stats.newest_check == "2024-05-03T12:00:00Z");
    CHECK(stats.entries_per_state == std::map<std::string, std::uint64_t>{{"dead", 2}, {"ok", 1}});
    const auto json = to_json(stats);
    CHECK(json["entries_per_state"]["dead"] == 2);
    CHECK(json["history_rows"] == 4);
    const std::string text = format_stats(stats);
    CHECK(text.find("entries:      3 (3 fresh)") != std::string::npos);
    CHECK(text.find("dead: 2") != std::string::npos);
  }

  TEST_CASE("prune drops expired entries and old history, keeps what latest points to") {
    TempDir dir;
    FakeClock clock;
    auto store = open_store(dir.file("c.db"), options_with(clock));
    store->record(make_check("https://a.example/", LinkState::ok, 200));    // day 0
    store->record(make_check("https://b.example/", LinkState::dead, 404));  // day 0
    store->put("p", "short", "{}", 1h);
    store->put("p", "long", "{}", 100 * 24h);
    store->put_response("old", "x");
    store->begin_run({"old-run", "d", "", "", "", {}});
    clock.now += 3 * 24h;
    store->record(make_check("https://b.example/", LinkState::dead, 404));   // day 3
    store->record(make_check("https://c.example/", LinkState::timeout, 0));  // day 3
    clock.now += 2 * 24h;                                                    // day 5

    const PruneResult pruned = store->prune(4 * 24h);
    // b and c failed more than a day ago; a is ok and 5 days old (< 7).
    CHECK(pruned.entries == 2);
    // Only b's day-0 row is both older than 4 days and not a latest entry.
    CHECK(pruned.history_rows == 1);
    CHECK(pruned.resolutions == 1);
    CHECK(pruned.responses == 1);
    CHECK(pruned.runs == 1);
    CHECK(store->latest("https://a.example/").has_value());
    CHECK_FALSE(store->latest("https://b.example/").has_value());
    CHECK(store->history("https://a.example/").size() == 1);
    CHECK(store->history("https://b.example/").size() == 1);
    CHECK(store->get("p", "long").has_value());
    CHECK(store->stats().history_rows == 3);
    CHECK(to_json(store->prune(4 * 24h)) == nlohmann::json{{"entries", 0},
                                                           {"history_rows", 0},
                                                           {"parsed_documents", 0},
                                                           {"resolutions", 0},
                                                           {"responses", 0},
                                                           {"runs", 0}});  // idempotent
  }

  TEST_CASE("clear empties everything; the file stays a usable cache") {
    TempDir dir;
    FakeClock clock;
    const std::string path = dir.file("c.db");
    {
      auto store = open_store(path, options_with(clock));
      for (int i = 0; i < 50; ++i) {
        store->record(make_check("https://a.example/" + std::to_string(i), LinkState::ok, 200));
      }
      store->put("p", "k", "{}", 1h);
      store->clear();
      const auto stats = store->stats();
      CHECK(stats.entries == 0);
      CHECK(stats.history_rows == 0);
      CHECK(stats.resolutions == 0);
      store->record(make_check("https://a.example/", LinkState::ok, 200));
    }
    auto reopened = open_store(path, options_with(clock));
    CHECK(reopened->stats().entries == 1);
  }

  TEST_CASE("export writes one JSON object per line: checks, history, runs") {
    TempDir dir;
    FakeClock clock;
    auto store = open_store(dir.file("c.db"), options_with(clock));
    store->begin_run({"r1", "a.pdf", "", "", "0.1.0", {}});
    store->record(make_check("https://a.example/", LinkState::dead, 404));
    clock.now += 1h;
    store->record(make_check("https://a.example/", LinkState::ok, 200));
    store->record(make_check("https://b.example/", LinkState::blocked, 403));
    std::ostringstream out;
    store->export_jsonl(out);

    std::istringstream in(out.str());
    std::map<std::string, int> types;
    std::vector<nlohmann::json> lines;
    for (std::string line; std::getline(in, line);) {
      const auto json = nlohmann::json::parse(line);  // throws (fails the test) if not JSON
      ++types[json.at("type").get<std::string>()];
      lines.push_back(json);
    }
    CHECK(types == std::map<std::string, int>{{"check", 2}, {"history", 3}, {"run", 1}});
    CHECK(lines[0]["normalized_url"] == "https://a.example/");
    CHECK(lines[0]["state"] == "ok");
    CHECK(lines[0]["run_id"] == "r1");
    CHECK(lines[0]["evidence"]["hops"][0]["status"] == 200);
    CHECK(lines[2]["type"] == "history");
    CHECK(lines[2]["state"] == "dead");  // history oldest first
    CHECK(lines[5]["id"] == "r1");
  }

  TEST_CASE("the store may be used from several threads at once") {
    TempDir dir;
    auto store = open_store(dir.file("c.db"));
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
      threads.emplace_back([&store, t] {
        for (int i = 0; i < 100; ++i) {
          const std::string url = "https://t" + std::to_string(t) + ".example/" + std::to_string(i);
          store->record(make_check(url, LinkState::ok, 200));
          (void)store->fresh(url);
          store->put("p", url, "{}", 1h);
        }
      });
    }
    for (auto& thread : threads) {
      thread.join();
    }
    const auto stats = store->stats();
    CHECK(stats.entries == 400);
    CHECK(stats.history_rows == 400);
    CHECK(stats.resolutions == 400);
  }

  TEST_CASE("the store is the checker's LinkCheckCache") {
    TempDir dir;
    FakeClock clock;
    auto store = open_store(dir.file("c.db"), options_with(clock));
    LinkCheckCache& cache = *store;
    cache.record(make_check("https://a.example/", LinkState::ok, 200));
    CHECK(cache.fresh("https://a.example/").has_value());
  }
}

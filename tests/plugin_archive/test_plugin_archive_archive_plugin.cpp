// The plugin end to end against a fake Wayback Machine and a fake Memento TimeGate on
// 127.0.0.1, through a real curl engine.
#include <doctest/doctest.h>

#include <chrono>
#include <map>
#include <nlohmann/json.hpp>
#include <thread>

#include "archive_plugin.hpp"
#include "fake_archive.hpp"

namespace {

using citecheck::Citation;
using citecheck::LinkCheck;
using citecheck::LinkState;
using citecheck::Resolution;
using citecheck::test::FakeArchive;
using citecheck::test::FakeCapture;
using citecheck::test::Fault;
using citecheck::test::MemoryStore;

const std::string k_dead = "http://dead.example/reports/2019/annual.html";

Citation citation_of(std::vector<std::string> urls, std::string accessed = "2019-06-01",
                     std::string issued = "") {
  Citation citation;
  citation.id = "1.1";
  citation.footnote = 1;
  citation.urls = std::move(urls);
  citation.accessed = std::move(accessed);
  citation.issued = std::move(issued);
  return citation;
}

/// One resolve() call with the given link states (absent URL: not checked).
struct Harness {
  Harness(FakeArchive& archive_, citecheck::Engine& engine_, MemoryStore& store_,
          std::map<std::string, std::string> settings_, std::map<std::string, LinkState> states_)
      : archive(archive_),
        engine(engine_),
        store(store_),
        settings(std::move(settings_)),
        states(std::move(states_)) {}

  FakeArchive& archive;
  citecheck::Engine& engine;
  MemoryStore& store;
  std::map<std::string, std::string> settings;
  std::map<std::string, LinkState> states;
  bool links_checked = true;
  std::string document_date;

  std::optional<Resolution> resolve(const Citation& citation) {
    citecheck::ResolveContext context{engine, store, settings, document_date, {}};
    if (links_checked) {
      context.link_check = [this](const std::string& url) -> std::optional<LinkCheck> {
        const auto found = states.find(url);
        if (found == states.end()) {
          return std::nullopt;
        }
        LinkCheck check;
        check.url = url;
        check.state = found->second;
        check.status = found->second == LinkState::ok ? 200 : 404;
        return check;
      };
    }
    citecheck::plugins::ArchivePlugin plugin;
    return plugin.resolve(citation, context);
  }
};

nlohmann::json details(const Resolution& resolution) {
  return nlohmann::json::parse(resolution.details_json);
}

}  // namespace

TEST_SUITE("plugin_archive") {
  TEST_CASE("the capture nearest the cited date is chosen, before or after it") {
    struct Case {
      const char* accessed;
      const char* expected;
      long days;
    };
    // Captures on 2019-03-01, 2019-06-20 and 2020-01-01.
    const Case cases[] = {
        {"2019-06-01", "20190620120000", 19},   // after, 19 days
        {"2019-04-01", "20190301120000", 31},   // before, 31 days
        {"2019-12-20", "20200101120000", 12},   // after, across a year
        {"2021-05-05", "20200101120000", 490},  // long after the last capture
    };
    for (const auto& test : cases) {
      CAPTURE(test.accessed);
      FakeArchive archive;
      REQUIRE(archive.ok());
      archive.add(k_dead, {{"20190301120000"}, {"20190620120000"}, {"20200101120000"}});
      auto engine = citecheck::test::quick_engine();
      MemoryStore store;
      Harness harness{archive, *engine, store, archive.settings(), {{k_dead, LinkState::dead}}};
      const auto resolution = harness.resolve(citation_of({k_dead}, test.accessed));
      REQUIRE(resolution);
      CHECK(resolution->plugin == "archive");
      CHECK(resolution->status == "resolved");
      CHECK(resolution->url == archive.replay_url(test.expected, k_dead));
      CHECK(resolution->identity == resolution->url);
      const auto json = details(*resolution);
      CHECK(json["distance_days"] == test.days);
      CHECK(json["source"] == "availability");
      CHECK(json["snapshot_status"] == 200);
      CHECK(json["original_url"] == k_dead);
      CHECK(json["cited_date"] == test.accessed);
      CHECK(json["cited_date_source"] == "accessed");
      CHECK(json["link_state"] == "dead");
      CHECK(archive.requests("available") == 1);
      CHECK(archive.requests("cdx") == 0);
      CHECK(archive.requests("replay") == 1);
    }
  }

  TEST_CASE("an archived error page is passed over for the next nearest capture in the CDX") {
    for (const bool sorted : {true, false}) {
      CAPTURE(sorted);
      FakeArchive archive;
      archive.cdx_ignores_sort(!sorted);
      // Nearest to 2019-06-01 is a 404 capture; of the 200s, May 1st (31 d) beats July 10th.
      archive.add(
          k_dead,
          {{"20180101000000"}, {"20190501000000"}, {"20190602000000", 404}, {"20190710000000"}});
      auto engine = citecheck::test::quick_engine();
      MemoryStore store;
      Harness harness{archive, *engine, store, archive.settings(), {{k_dead, LinkState::dead}}};
      const auto resolution = harness.resolve(citation_of({k_dead}));
      REQUIRE(resolution);
      CHECK(resolution->status == "resolved");
      CHECK(resolution->url == archive.replay_url("20190501000000", k_dead));
      CHECK(resolution->date == "2019-05-01");
      const auto json = details(*resolution);
      CHECK(json["source"] == "cdx");
      CHECK(json["distance_days"] == 31);
      CHECK(json["notes"].dump().find("archived as HTTP 404") != std::string::npos);
      CHECK(archive.requests("cdx") == 1);
      CHECK(archive.requests("replay") == 1);  // the 404 capture is never fetched
    }
  }

  TEST_CASE("only an archived 404: no usable copy") {
    FakeArchive archive;
    archive.add(k_dead, {{"20190602000000", 404}});
    auto engine = citecheck::test::quick_engine();
    MemoryStore store;
    Harness harness{archive, *engine, store, archive.settings(), {{k_dead, LinkState::dead}}};
    const auto resolution = harness.resolve(citation_of({k_dead}));
    REQUIRE(resolution);
    CHECK(resolution->status == "not_found");
    CHECK(resolution->url.empty());
    CHECK(resolution->reason.find("error pages") != std::string::npos);
    CHECK(details(*resolution)["snapshot_url"].is_null());
    CHECK(archive.requests("replay") == 0);
  }

  TEST_CASE("a capture the index lists as fine but that replays as 404 is not usable") {
    FakeArchive archive;
    // Revisit records ("-" in the CDX) whose replay is the archived 404, then a good one.
    FakeCapture revisit{"20190601000000", 0};
    revisit.replay_status = 404;
    archive.add(k_dead, {revisit, {"20190801000000"}});
    archive.availability_says_nothing(true);
    auto engine = citecheck::test::quick_engine();
    MemoryStore store;
    Harness harness{archive, *engine, store, archive.settings(), {{k_dead, LinkState::dead}}};
    const auto resolution = harness.resolve(citation_of({k_dead}));
    REQUIRE(resolution);
    CHECK(resolution->status == "resolved");
    CHECK(resolution->url == archive.replay_url("20190801000000", k_dead));
    CHECK(details(*resolution)["notes"].dump().find("replays as HTTP 404") != std::string::npos);
    CHECK(archive.requests("replay") == 2);
  }

  TEST_CASE("at most three replays are looked at per index") {
    FakeArchive archive;
    std::vector<FakeCapture> bad;
    for (int day = 1; day <= 9; ++day) {
      FakeCapture capture{
          "201906" + std::string(day < 10 ? "0" : "") + std::to_string(day) + "000000", 0};
      capture.replay_status = 410;
      bad.push_back(capture);
    }
    archive.add(k_dead, bad);
    archive.availability_says_nothing(true);
    auto engine = citecheck::test::quick_engine();
    MemoryStore store;
    Harness harness{archive, *engine, store, archive.settings(), {{k_dead, LinkState::dead}}};
    const auto resolution = harness.resolve(citation_of({k_dead}));
    REQUIRE(resolution);
    CHECK(resolution->status == "not_found");
    CHECK(archive.requests("replay") == 3);
  }

  TEST_CASE("excluded sites and captures that redirect to the home page are no copies") {
    FakeArchive archive;
    archive.add(k_dead, {{"20190601000000"}});
    archive.exclude(k_dead);
    const std::string moved = "http://moved.example/story/42";
    FakeCapture redirect{"20190601000000", 301};
    redirect.redirect_to = "http://moved.example/";
    archive.add(moved, {redirect});
    archive.add("http://moved.example/", {{"20190601000000"}});
    auto engine = citecheck::test::quick_engine();
    MemoryStore store;
    Harness harness{archive,
                    *engine,
                    store,
                    archive.settings(),
                    {{k_dead, LinkState::dead}, {moved, LinkState::dead}}};
    const auto excluded = harness.resolve(citation_of({k_dead}));
    REQUIRE(excluded);
    CHECK(excluded->status == "not_found");
    CHECK(details(*excluded)["notes"].dump().find("refuses") != std::string::npos);
    const auto home = harness.resolve(citation_of({moved}));
    REQUIRE(home);
    CHECK(home->status == "not_found");
    CHECK(details(*home)["notes"].dump().find("home page") != std::string::npos);
  }

  TEST_CASE("availability says nothing: the CDX index finds the capture") {
    FakeArchive archive;
    archive.add(k_dead, {{"20190520000000"}});
    archive.availability_says_nothing(true);
    auto engine = citecheck::test::quick_engine();
    MemoryStore store;
    Harness harness{archive, *engine, store, archive.settings(), {{k_dead, LinkState::dead}}};
    const auto resolution = harness.resolve(citation_of({k_dead}));
    REQUIRE(resolution);
    CHECK(resolution->status == "resolved");
    CHECK(details(*resolution)["source"] == "cdx");
    CHECK(details(*resolution)["distance_days"] == 12);
    CHECK(archive.requests("available") == 1);
    CHECK(archive.requests("cdx") == 1);
    CHECK(archive.requests("replay") == 1);
  }

  TEST_CASE("not archived anywhere: not_found once the CDX index said so") {
    FakeArchive archive;
    auto engine = citecheck::test::quick_engine();
    MemoryStore store;
    Harness harness{archive, *engine, store, archive.settings(), {{k_dead, LinkState::dead}}};
    const auto resolution = harness.resolve(citation_of({k_dead}));
    REQUIRE(resolution);
    CHECK(resolution->status == "not_found");
    CHECK(resolution->reason == "no capture in the archives");
    CHECK(resolution->confidence > 0.5);
  }

  TEST_CASE("a configured TimeGate finds what the Wayback Machine lacks") {
    FakeArchive wayback;
    FakeArchive other;
    other.add(k_dead, {{"20190401000000"}, {"20190610000000"}});
    auto engine = citecheck::test::quick_engine();
    MemoryStore store;
    Harness harness{wayback, *engine, store, wayback.settings(&other), {{k_dead, LinkState::dead}}};
    const auto resolution = harness.resolve(citation_of({k_dead}));
    REQUIRE(resolution);
    CHECK(resolution->status == "resolved");
    CHECK(resolution->url == other.replay_url("20190610000000", k_dead));
    const auto json = details(*resolution);
    CHECK(json["source"] == "memento");
    CHECK(json["snapshot_date"] == "2019-06-10T00:00:00Z");
    CHECK(json["distance_days"] == 9);
    CHECK(other.requests("timegate") == 1);
    CHECK(wayback.requests("cdx") == 1);
  }

  TEST_CASE("the TimeGate's memento is an error page: its neighbour from the Link header") {
    FakeArchive wayback;
    FakeArchive other;
    FakeCapture gone{"20190603000000", 0};
    gone.replay_status = 404;
    other.add(k_dead, {{"20190101000000"}, gone, {"20190701000000"}});
    auto engine = citecheck::test::quick_engine();
    MemoryStore store;
    Harness harness{wayback, *engine, store, wayback.settings(&other), {{k_dead, LinkState::dead}}};
    const auto resolution = harness.resolve(citation_of({k_dead}));
    REQUIRE(resolution);
    CHECK(resolution->status == "resolved");
    CHECK(resolution->url == other.replay_url("20190701000000", k_dead));
    CHECK(other.requests("replay") == 2);
  }

  TEST_CASE("a far Wayback capture sends us to the TimeGate, and the nearer copy wins") {
    FakeArchive wayback;
    FakeArchive other;
    wayback.add(k_dead, {{"20150101000000"}});
    other.add(k_dead, {{"20190530000000"}});
    auto engine = citecheck::test::quick_engine();
    MemoryStore store;
    Harness harness{wayback, *engine, store, wayback.settings(&other), {{k_dead, LinkState::dead}}};
    const auto resolution = harness.resolve(citation_of({k_dead}));
    REQUIRE(resolution);
    CHECK(resolution->url == other.replay_url("20190530000000", k_dead));
    CHECK(details(*resolution)["distance_days"] == 2);
  }

  TEST_CASE("a cited archive URL gives its original and date") {
    FakeArchive archive;
    const std::string original = "https://www.fws.gov/birds/";
    archive.add(original, {{"20171124151315"}, {"20171228222143"}});
    const std::string cited = archive.url("/web/20171124151315/" + original);
    auto engine = citecheck::test::quick_engine();
    MemoryStore store;

    SUBCASE("link ok: nothing is asked") {
      Harness harness{archive, *engine, store, archive.settings(), {{cited, LinkState::ok}}};
      const auto resolution = harness.resolve(citation_of({cited}));
      REQUIRE(resolution);
      CHECK(resolution->status == "resolved");
      CHECK(resolution->url == cited);
      CHECK(resolution->date == "2017-11-24");
      const auto json = details(*resolution);
      CHECK(json["source"] == "cited");
      CHECK(json["original_url"] == original);
      CHECK(json["snapshot_date"] == "2017-11-24T15:13:15Z");
      CHECK(archive.total_requests() == 0);
    }
    SUBCASE("links not checked: read all the same, offline") {
      Harness harness{archive, *engine, store, archive.settings(), {}};
      harness.links_checked = false;
      const auto resolution = harness.resolve(citation_of({cited}));
      REQUIRE(resolution);
      CHECK(resolution->status == "resolved");
      CHECK(details(*resolution)["original_url"] == original);
      CHECK(archive.total_requests() == 0);
    }
    SUBCASE("an inexact time: the archive's redirect to its capture is followed") {
      const std::string inexact = archive.url("/web/201711/" + original);
      Harness harness{archive, *engine, store, archive.settings(), {{inexact, LinkState::dead}}};
      const auto resolution = harness.resolve(citation_of({inexact}));
      REQUIRE(resolution);
      CHECK(resolution->status == "resolved");
      const auto json = details(*resolution);
      CHECK(json["snapshot_date"] == "2017-11-24T15:13:15Z");  // Memento-Datetime
      CHECK(json["notes"].dump().find("redirects to " + cited) != std::string::npos);
    }
    SUBCASE("link not ok: the copy is checked") {
      Harness harness{archive, *engine, store, archive.settings(), {{cited, LinkState::timeout}}};
      const auto resolution = harness.resolve(citation_of({cited}));
      REQUIRE(resolution);
      CHECK(resolution->status == "resolved");
      CHECK(details(*resolution)["snapshot_status"] == 200);
      CHECK(archive.requests("replay") == 1);
      CHECK(archive.requests("available") == 0);
    }
  }

  TEST_CASE("a cited archive copy of an error page leads to another capture of the original") {
    FakeArchive archive;
    const std::string original = "http://gone.example/page";
    FakeCapture error{"20200101000000", 0};
    error.replay_status = 404;
    archive.add(original, {error, {"20200115000000"}});
    archive.availability_says_nothing(true);
    const std::string cited = archive.url("/web/20200101000000/" + original);
    auto engine = citecheck::test::quick_engine();
    MemoryStore store;
    Harness harness{archive, *engine, store, archive.settings(), {{cited, LinkState::dead}}};
    const auto resolution = harness.resolve(citation_of({cited}));
    REQUIRE(resolution);
    CHECK(resolution->status == "resolved");
    CHECK(resolution->url == archive.replay_url("20200115000000", original));
    CHECK(archive.requests("replay") == 2);  // the cited copy is not fetched twice
    CHECK(details(*resolution)["notes"].dump().find("cited archive copy is not usable") !=
          std::string::npos);
  }

  TEST_CASE("a capture that redirects in a loop is no copy, and no archive failure") {
    FakeArchive archive;
    const std::string looping = "http://loop.example/a";
    FakeCapture capture{"20190601000000", 302};
    capture.redirect_to = looping;  // the capture redirected to itself
    archive.add(looping, {capture});
    auto engine = citecheck::test::quick_engine();
    MemoryStore store;
    Harness harness{archive, *engine, store, archive.settings(), {{looping, LinkState::dead}}};
    const auto resolution = harness.resolve(citation_of({looping}));
    REQUIRE(resolution);
    CHECK(resolution->status == "not_found");
    CHECK(details(*resolution)["notes"].dump().find("redirects") != std::string::npos);
  }

  TEST_CASE("resolve() from several threads at once, one engine and one store") {
    FakeArchive archive;
    std::vector<std::string> urls;
    for (int i = 0; i < 12; ++i) {
      urls.push_back("http://dead.example/page/" + std::to_string(i));
      archive.add(urls.back(), {{"2019052" + std::to_string(i % 10) + "000000"}});
    }
    auto engine = citecheck::test::quick_engine();
    MemoryStore store;
    std::map<std::string, LinkState> states;
    for (const auto& url : urls) {
      states[url] = LinkState::dead;
    }
    Harness harness{archive, *engine, store, archive.settings(), states};
    citecheck::plugins::ArchivePlugin plugin;
    std::vector<std::optional<Resolution>> results(urls.size());
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < urls.size(); ++i) {
      threads.emplace_back([&, i] {
        citecheck::ResolveContext context{*engine, store, harness.settings, "", {}};
        context.link_check = [&](const std::string& url) -> std::optional<LinkCheck> {
          LinkCheck check;
          check.url = url;
          check.state = states.at(url);
          return check;
        };
        results[i] = plugin.resolve(citation_of({urls[i]}), context);
      });
    }
    for (auto& thread : threads) {
      thread.join();
    }
    for (std::size_t i = 0; i < urls.size(); ++i) {
      CAPTURE(i);
      REQUIRE(results[i]);
      CHECK(results[i]->status == "resolved");
      CHECK(details(*results[i])["original_url"] == urls[i]);
    }
    CHECK(store.size() == urls.size());
  }

  TEST_CASE("services that fail degrade to unresolved with the reason") {
    struct Case {
      Fault availability;
      Fault cdx;
      const char* expected_status;
      const char* reason_part;
    };
    const Case cases[] = {
        {Fault::not_json, Fault::not_json, "unresolved", "malformed answer: answer is not JSON"},
        {Fault::wrong_shape, Fault::wrong_shape, "unresolved", "malformed answer"},
        {Fault::truncated, Fault::truncated, "unresolved", "malformed answer"},
        {Fault::server_error, Fault::server_error, "unresolved", "failed (HTTP 503)"},
        {Fault::rate_limit, Fault::rate_limit, "unresolved",
         "rate-limiting (429, Retry-After 1) after 2 attempts"},
        {Fault::slow, Fault::slow, "unresolved", "timed out"},
        // One service failing is not fatal when the other answers.
        {Fault::not_json, Fault::none, "resolved", ""},
        {Fault::truncated, Fault::none, "resolved", ""},
        {Fault::rate_limit_once, Fault::none, "resolved", ""},
        {Fault::slow, Fault::none, "resolved", ""},
    };
    for (const auto& test : cases) {
      CAPTURE(static_cast<int>(test.availability));
      CAPTURE(static_cast<int>(test.cdx));
      FakeArchive archive;
      archive.add(k_dead, {{"20190520000000"}});
      archive.fault("available", test.availability);
      archive.fault("cdx", test.cdx);
      auto engine = citecheck::test::quick_engine();
      MemoryStore store;
      Harness harness{archive, *engine, store, archive.settings(), {{k_dead, LinkState::dead}}};
      const auto resolution = harness.resolve(citation_of({k_dead}));
      REQUIRE(resolution);
      CHECK(resolution->status == test.expected_status);
      CHECK(resolution->reason.find(test.reason_part) != std::string::npos);
      if (resolution->status == "unresolved") {
        CHECK(resolution->confidence == 0.0);
        CHECK(store.size() == 0);  // failures are not kept
      }
      if (test.availability == Fault::rate_limit) {
        CHECK(archive.requests("available") == 2);  // the engine retried
      }
    }
  }

  TEST_CASE("a second run asks nothing for what is fresh in the store") {
    FakeArchive archive;
    const std::string none = "http://never.example/x";
    archive.add(k_dead, {{"20190520000000"}});
    auto engine = citecheck::test::quick_engine();
    MemoryStore store;
    Harness harness{archive,
                    *engine,
                    store,
                    archive.settings(),
                    {{k_dead, LinkState::dead}, {none, LinkState::dead}}};
    const auto citation = citation_of({k_dead, none});
    const auto first = harness.resolve(citation);
    REQUIRE(first);
    const int asked = archive.total_requests();
    CHECK(asked > 0);
    CHECK(store.size() == 2);
    const auto ages = store.ages();
    CHECK(std::find(ages.begin(), ages.end(), std::chrono::hours(24 * 30)) != ages.end());
    CHECK(std::find(ages.begin(), ages.end(), std::chrono::hours(24 * 7)) != ages.end());
    const auto second = harness.resolve(citation);
    REQUIRE(second);
    CHECK(archive.total_requests() == asked);
    CHECK(second->status == first->status);
    CHECK(second->url == first->url);
    const auto json = details(*second);
    CHECK(json["from_cache"] == true);
    REQUIRE(json["urls"].size() == 2);
    CHECK(json["urls"][1]["status"] == "not_found");
  }

  TEST_CASE("a failure is asked again on the next run") {
    FakeArchive archive;
    archive.add(k_dead, {{"20190520000000"}});
    archive.fault("available", Fault::server_error);
    archive.fault("cdx", Fault::server_error);
    auto engine = citecheck::test::quick_engine();
    MemoryStore store;
    Harness harness{archive, *engine, store, archive.settings(), {{k_dead, LinkState::dead}}};
    CHECK(harness.resolve(citation_of({k_dead}))->status == "unresolved");
    archive.fault("available", Fault::none);
    archive.fault("cdx", Fault::none);
    CHECK(harness.resolve(citation_of({k_dead}))->status == "resolved");
  }

  TEST_CASE("which links are looked up, by link state and mode") {
    struct Case {
      std::optional<LinkState> state;  // nullopt: not checked
      const char* mode;
      bool looked_up;
    };
    const Case cases[] = {
        {LinkState::dead, "broken", true},     {LinkState::soft_404, "broken", true},
        {LinkState::timeout, "broken", true},  {LinkState::blocked, "broken", true},
        {LinkState::ok, "broken", false},      {LinkState::unknown, "broken", false},
        {LinkState::skipped, "broken", false}, {std::nullopt, "broken", false},
        {LinkState::ok, "all", true},          {std::nullopt, "all", true},
        {LinkState::unknown, "all", true},
    };
    for (const auto& test : cases) {
      CAPTURE(test.mode);
      CAPTURE(test.state ? static_cast<int>(*test.state) : -1);
      FakeArchive archive;
      archive.add(k_dead, {{"20190520000000"}});
      auto engine = citecheck::test::quick_engine();
      MemoryStore store;
      Harness harness{archive, *engine, store, archive.settings(nullptr, test.mode), {}};
      if (test.state) {
        harness.states[k_dead] = *test.state;
      }
      const auto resolution = harness.resolve(citation_of({k_dead}));
      CHECK(resolution.has_value() == test.looked_up);
      CHECK((archive.total_requests() > 0) == test.looked_up);
    }
  }

  TEST_CASE("no link check at all: only mode all looks links up") {
    FakeArchive archive;
    archive.add(k_dead, {{"20190520000000"}});
    auto engine = citecheck::test::quick_engine();
    MemoryStore store;
    Harness harness{archive, *engine, store, archive.settings(), {}};
    harness.links_checked = false;
    CHECK_FALSE(harness.resolve(citation_of({k_dead})));
    harness.settings["archive.mode"] = "all";
    CHECK(harness.resolve(citation_of({k_dead}))->status == "resolved");
  }

  TEST_CASE("the cited date: accessed, else issued, else the document's, else today") {
    FakeArchive archive;
    archive.add(k_dead, {{"20100101000000"}, {"20150101000000"}, {"20180101000000"}});
    auto engine = citecheck::test::quick_engine();
    MemoryStore store;
    Harness harness{archive, *engine, store, archive.settings(), {{k_dead, LinkState::dead}}};
    harness.document_date = "2010-02-01";
    const auto by_issued = harness.resolve(citation_of({k_dead}, "", "2015-03"));
    CHECK(details(*by_issued)["cited_date_source"] == "issued");
    CHECK(by_issued->date == "2015-01-01");
    const auto by_document = harness.resolve(citation_of({k_dead}, "", ""));
    CHECK(details(*by_document)["cited_date_source"] == "document");
    CHECK(by_document->date == "2010-01-01");
    harness.document_date.clear();
    const auto by_today = harness.resolve(citation_of({k_dead}, "not a date", ""));
    CHECK(details(*by_today)["cited_date_source"] == "today");
    CHECK(by_today->date == "2018-01-01");
  }

  TEST_CASE("citations without http links are not the plugin's business") {
    FakeArchive archive;
    auto engine = citecheck::test::quick_engine();
    MemoryStore store;
    Harness harness{archive, *engine, store, archive.settings(nullptr, "all"), {}};
    CHECK_FALSE(harness.resolve(citation_of({})));
    CHECK_FALSE(harness.resolve(citation_of({"mailto:someone@example.org", "ftp://x.example/a"})));
    CHECK(archive.total_requests() == 0);
    citecheck::plugins::ArchivePlugin plugin;
    Citation citation = citation_of({k_dead});
    CHECK(plugin.recognize(citation) == citecheck::Recognition::not_mine);
    CHECK(plugin.info().name == "archive");
    const auto limits = plugin.info().service_limits;
    REQUIRE(limits.size() == 2);
    CHECK(limits[0].host == "archive.org");
    CHECK(limits[1].host == "web.archive.org");
    CHECK(limits[1].rate <= 1.0);  // the Archive asks for well under 30 CDX requests/minute
  }
}

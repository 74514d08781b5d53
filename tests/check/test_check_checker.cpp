#include <doctest/doctest.h>

#include <functional>
#include <map>
#include <mutex>

#include <citecheck/check.hpp>
#include <citecheck/errors.hpp>

using namespace citecheck;

namespace {

// The Engine seam lets these tests script the network without a mock framework.
class ScriptedEngine final : public Engine {
 public:
  explicit ScriptedEngine(std::function<HttpResponse(const HttpRequest&)> answer)
      : m_answer(std::move(answer)) {}
  HttpResponse fetch(const HttpRequest& request) override {
    std::lock_guard lock(m_mutex);
    ++calls[request.url];
    if (request.first_in_line) {
      first_in_line.push_back(request.url);
    }
    HttpResponse r = m_answer(request);
    r.url = request.url;
    if (r.final_url.empty() && r.status != 0) {
      r.final_url = request.url;
    }
    r.method = request.method;
    return r;
  }
  std::vector<HttpResponse> fetch_all(const std::vector<HttpRequest>& requests) override {
    rounds.push_back(requests.size());
    if (first_round_urls.empty()) {
      for (const auto& r : requests)
        first_round_urls.push_back(r.url);
    }
    std::vector<HttpResponse> out;
    for (const auto& r : requests) {
      out.push_back(fetch(r));
    }
    return out;
  }
  std::map<std::string, int> calls;
  std::vector<std::string> first_in_line;
  std::vector<std::size_t> rounds;  ///< requests per fetch_all call
  std::vector<std::string> first_round_urls;

 private:
  std::function<HttpResponse(const HttpRequest&)> m_answer;
  std::mutex m_mutex;
};

HttpResponse status(int code) {
  HttpResponse r;
  r.status = code;
  r.headers = {{"Content-Type", "text/html"}};
  r.body = "<html><head><title>Fine page</title></head><body>" + std::string(300, 'a') +
           "</body></html>";
  return r;
}

HttpResponse failure(NetError error) {
  HttpResponse r;
  r.error = error;
  r.error_text = "Could not resolve host";
  return r;
}

class MemoryCache final : public LinkCheckCache {
 public:
  std::optional<LinkCheck> fresh(const std::string& key) override {
    auto it = m_map.find(key);
    if (it == m_map.end())
      return std::nullopt;
    LinkCheck cached = it->second;
    cached.from_cache = true;
    return cached;
  }
  void record(const LinkCheck& check) override { m_map[check.normalized_url] = check; }

 private:
  std::map<std::string, LinkCheck> m_map;
};

}  // namespace

TEST_SUITE("check") {
  TEST_CASE("each distinct URL is fetched once, however often it is cited") {
    ScriptedEngine engine([](const HttpRequest&) { return status(200); });
    CheckContext context{engine, nullptr, nullptr, "test", {}};
    CheckRules rules;
    rules.probe_soft_404 = false;
    const auto report = check_links(
        {"http://a.test/x", "http://A.TEST/x", "http://a.test/x#frag", "http://a.test/y"}, rules,
        context);
    CHECK(report.checks.size() == 2);
    CHECK(engine.calls.size() == 2);
    CHECK_FALSE(report.no_network);
  }

  TEST_CASE("check_key: one key for every spelling of a URL, the text itself for no URL") {
    CHECK(check_key("HTTP://Example.org:80/a#part") == "http://example.org/a");
    CHECK(check_key("  www.example.org/a ") == check_key("http://www.example.org/a"));
    CHECK(check_key("not a url") == "not a url");
    CHECK(check_key("http://example.org/a", fetchable_url("http://example.org/a")) ==
          check_key("http://example.org/a"));
  }

  TEST_CASE("no network: every link unknown, said once, never dead") {
    ScriptedEngine engine([](const HttpRequest&) { return failure(NetError::dns); });
    CheckContext context{engine, nullptr, nullptr, "test", {}};
    const auto report =
        check_links({"http://a.test/1", "http://b.test/2", "https://c.test/3"}, {}, context);
    CHECK(report.no_network);
    CHECK(report.no_network_reason.find("no network") != std::string::npos);
    for (const auto& c : report.checks) {
      CHECK(c.state == LinkState::unknown);
    }
  }

  TEST_CASE("a name that does not resolve while others do is asked twice, then dead") {
    ScriptedEngine engine([](const HttpRequest& r) {
      return r.url.find("gone.test") != std::string::npos ? failure(NetError::dns) : status(200);
    });
    CheckContext context{engine, nullptr, nullptr, "test", {}};
    CheckRules rules;
    rules.probe_soft_404 = false;
    const auto report = check_links({"http://ok.test/a", "http://gone.test/b"}, rules, context);
    CHECK_FALSE(report.no_network);
    REQUIRE(report.checks.size() == 2);
    CHECK(report.checks[0].state == LinkState::ok);
    CHECK(report.checks[1].state == LinkState::dead);
    CHECK(engine.calls["http://gone.test/b"] == 2);
  }

  TEST_CASE("non-http links, invalid URLs and excluded URLs are not fetched") {
    ScriptedEngine engine([](const HttpRequest&) { return status(200); });
    CheckContext context{engine, nullptr, nullptr, "test", {}};
    CheckRules rules;
    rules.exclude = {"example\\.org"};
    rules.probe_soft_404 = false;
    const auto report = check_links({"mailto:someone@example.com", "ftp://ftp.test/file",
                                     "not a url", "http://example.org/x", "www.site.test/page"},
                                    rules, context);
    REQUIRE(report.checks.size() == 5);
    CHECK(report.checks[0].state == LinkState::skipped);
    CHECK(report.checks[1].state == LinkState::skipped);
    CHECK(report.checks[2].state == LinkState::invalid);
    CHECK(report.checks[3].state == LinkState::skipped);
    CHECK(report.checks[4].state == LinkState::ok);
    CHECK(engine.calls.size() == 1);
    CHECK(engine.calls.count("http://www.site.test/page") == 1);
  }

  TEST_CASE("a bad pattern is a usage error naming it") {
    ScriptedEngine engine([](const HttpRequest&) { return status(200); });
    CheckContext context{engine, nullptr, nullptr, "test", {}};
    CheckRules rules;
    rules.include = {"(unclosed"};
    CHECK_THROWS_AS(check_links({"http://a.test/"}, rules, context), UsageError);
    CHECK_THROWS_AS(validate(rules), UsageError);
    rules.include = {"ok"};
    rules.exclude = {"[broken"};
    CHECK_THROWS_WITH_AS(validate(rules), doctest::Contains("[broken"), UsageError);
    rules.exclude = {"linkedin\\.com"};
    CHECK_NOTHROW(validate(rules));
  }

  TEST_CASE("fresh cache entries are reused; the network is not asked again") {
    ScriptedEngine engine([](const HttpRequest&) { return status(404); });
    MemoryCache cache;
    CheckContext context{engine, &cache, nullptr, "test", {}};
    CheckRules rules;
    rules.probe_soft_404 = false;
    auto first = check_links({"http://a.test/x"}, rules, context);
    CHECK(first.checks[0].state == LinkState::dead);
    CHECK_FALSE(first.checks[0].from_cache);
    auto second = check_links({"http://a.test/x"}, rules, context);
    CHECK(second.checks[0].state == LinkState::dead);
    CHECK(second.checks[0].from_cache);
    CHECK(engine.calls["http://a.test/x"] == 1);
  }

  TEST_CASE("progress is reported per link") {
    ScriptedEngine engine([](const HttpRequest&) { return status(200); });
    CheckContext context{engine, nullptr, nullptr, "test", {}};
    CheckRules rules;
    rules.probe_soft_404 = false;
    std::size_t last = 0;
    std::size_t total_seen = 0;
    check_links({"http://a.test/1", "http://a.test/2", "mailto:x@y.test"}, rules, context,
                [&](std::size_t done, std::size_t total) {
                  CHECK(done == last + 1);
                  last = done;
                  total_seen = total;
                });
    CHECK(last == 3);
    CHECK(total_seen == 3);
  }

  TEST_CASE("the random-path probe runs once per host and decides soft 404s") {
    const std::string shell =
        "<html><head><title>Site</title></head><body>" + std::string(500, 's') + "</body></html>";
    ScriptedEngine engine([&](const HttpRequest& r) {
      HttpResponse out = status(200);
      if (r.url.find("/real") == std::string::npos) {
        out.body = shell;  // the host answers 200 with one page for anything unknown
      }
      return out;
    });
    CheckContext context{engine, nullptr, nullptr, "test", {}};
    const auto report = check_links(
        {"http://a.test/real", "http://a.test/gone-1", "http://a.test/gone-2"}, {}, context);
    REQUIRE(report.checks.size() == 3);
    CHECK(report.checks[0].state == LinkState::ok);
    CHECK(report.checks[1].state == LinkState::soft_404);
    CHECK(report.checks[2].state == LinkState::soft_404);
    int probes = 0;
    for (const auto& [url, n] : engine.calls) {
      probes += url.find("citecheck-probe") != std::string::npos ? n : 0;
    }
    CHECK(probes == 1);
    // The host's pages wait for the probe: it must not queue behind them.
    REQUIRE(engine.first_in_line.size() == 1);
    CHECK(engine.first_in_line.front().find("citecheck-probe") != std::string::npos);
  }

  TEST_CASE("a page that refreshes elsewhere is judged where it leads; a stub, when nowhere") {
    const auto stub = [](const std::string& content) {
      HttpResponse out = status(200);
      out.body = "<html><head><title>Redirecting</title><meta http-equiv=\"refresh\" content=\"" +
                 content + "\"></head><body>" + std::string(300, 'r') + "</body></html>";
      return out;
    };
    ScriptedEngine engine([&](const HttpRequest& r) {
      HttpResponse out = status(200);
      if (r.url == "http://a.test/old/report.html")
        out = stub("0; url=/");
      else if (r.url == "http://a.test/moved/page")
        out = stub("2; url=http://b.test/new/page");
      else if (r.url == "http://a.test/to-gone")
        out = stub("0; url=/gone");
      else if (r.url == "http://a.test/gone")
        out = status(404);
      else if (r.url == "http://a.test/to-nowhere")
        out = stub("0; url=http://nowhere.test/x");
      else if (r.url.find("nowhere.test") != std::string::npos)
        out = failure(NetError::connect);
      else if (r.url == "http://a.test/ping")
        out = stub("0; url=/pong");
      else if (r.url == "http://a.test/pong")
        out = stub("0; url=/ping");
      out.hops.push_back({r.url, out.status, "", {}});
      return out;
    });
    CheckContext context{engine, nullptr, nullptr, "test", {}};
    CheckRules rules;
    rules.probe_soft_404 = false;
    std::size_t ticks = 0;
    const auto report =
        check_links({"http://a.test/old/report.html", "http://a.test/moved/page",
                     "http://a.test/to-gone", "http://a.test/to-nowhere", "http://a.test/ping"},
                    rules, context, [&](std::size_t, std::size_t) { ++ticks; });
    REQUIRE(report.checks.size() == 5);
    CHECK(ticks == 5);  // one per link, however many pages it went through

    const LinkCheck& home = report.checks[0];
    CHECK(home.state == LinkState::soft_404);
    CHECK(home.final_url == "http://a.test/");
    CHECK(home.evidence.signal.find("refreshed to http://a.test/") != std::string::npos);
    REQUIRE(home.evidence.hops.size() == 2);
    CHECK(home.evidence.hops[0].url == "http://a.test/old/report.html");
    CHECK(home.evidence.hops[0].location == "http://a.test/");
    CHECK(home.evidence.hops[1].url == "http://a.test/");

    CHECK(report.checks[1].state == LinkState::ok);
    CHECK(report.checks[1].final_url == "http://b.test/new/page");
    CHECK(report.checks[1].moved_to.empty());  // a refresh is no declared permanent move

    CHECK(report.checks[2].state == LinkState::dead);
    CHECK(report.checks[2].status == 404);

    // The refresh led nowhere: the cited page is there, so it is judged as it is.
    const LinkCheck& nowhere = report.checks[3];
    CHECK(nowhere.state == LinkState::ok);
    CHECK(nowhere.final_url == "http://a.test/to-nowhere");
    CHECK(nowhere.evidence.signal.find("got no answer") != std::string::npos);

    // A refresh loop ends when it comes back: both pages are fetched once.
    CHECK(report.checks[4].state == LinkState::ok);
    CHECK(engine.calls["http://a.test/ping"] == 1);
    CHECK(engine.calls["http://a.test/pong"] == 1);
    CHECK_FALSE(report.no_network);
  }

  TEST_CASE("links go out a bounded window at a time, hosts taking turns") {
    ScriptedEngine engine([](const HttpRequest&) { return status(200); });
    CheckContext context{engine, nullptr, nullptr, "test", {}};
    CheckRules rules;
    rules.probe_soft_404 = false;
    // A document citing 3,000 pages of one site, then 10 of two others.
    std::vector<std::string> urls;
    for (int i = 0; i < 3000; ++i)
      urls.push_back("http://big.test/p" + std::to_string(i));
    for (int i = 0; i < 10; ++i) {
      urls.push_back("http://small-a.test/p" + std::to_string(i));
      urls.push_back("http://small-b.test/p" + std::to_string(i));
    }
    const auto report = check_links(urls, rules, context);
    REQUIRE(report.checks.size() == urls.size());
    for (const auto& c : report.checks)
      CHECK(c.state == LinkState::ok);
    std::size_t sent = 0;
    for (std::size_t round : engine.rounds) {
      CHECK(round <= 1024);
      sent += round;
    }
    CHECK(sent == urls.size());
    // The small sites are not stuck behind the big one: they go out in the first round.
    int small = 0;
    for (const auto& url : engine.first_round_urls)
      small += url.find("small-") != std::string::npos ? 1 : 0;
    CHECK(small == 20);
  }
}

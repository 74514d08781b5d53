// Limits a server states in its headers (Crossref's x-rate-limit-* and x-concurrency-limit)
// are obeyed: read from the answer, kept for the host, applied where stricter.
#include <doctest/doctest.h>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <string>
#include <vector>

#include "engine/advertised_limits.hpp"
#include "engine/host_pool.hpp"
#include "loopback.hpp"

using namespace std::chrono_literals;
using citecheck::Header;
using citecheck::engine::advertised_limits;
using citecheck::engine::Clock;
using citecheck::engine::HostConfig;
using citecheck::engine::HostKey;
using citecheck::engine::HostPool;
namespace test = citecheck::test;

TEST_SUITE("engine") {
  TEST_CASE("advertised limits: the headers as Crossref and others send them") {
    constexpr auto open = std::numeric_limits<std::size_t>::max();
    struct Case {
      const char* name;
      std::vector<Header> headers;
      bool stated;
      std::size_t concurrent;
      Clock::duration interval;
    };
    const Case cases[] = {
        {"crossref public",
         {{"x-rate-limit-limit", "5"},
          {"x-rate-limit-interval", "1s"},
          {"x-concurrency-limit", "1"}},
         true,
         1,
         200ms},
        {"crossref polite, mixed case",
         {{"X-Rate-Limit-Limit", " 10 "},
          {"X-Rate-Limit-Interval", "1s"},
          {"X-Concurrency-Limit", "3"}},
         true,
         3,
         100ms},
        {"a minute window",
         {{"x-rate-limit-limit", "30"}, {"x-rate-limit-interval", "60s"}},
         true,
         open,
         2s},
        {"no interval: per second", {{"x-rate-limit-limit", "4"}}, true, open, 250ms},
        // Capped, as Retry-After is: an hour per request would stall a run for hours.
        {"an hour per request",
         {{"x-rate-limit-limit", "1"}, {"x-rate-limit-interval", "3600s"}},
         true,
         open,
         5s},
        {"concurrency only", {{"x-concurrency-limit", "2"}}, true, 2, 0ms},
        {"nothing stated", {{"content-type", "application/json"}}, false, 0, 0ms},
        {"garbage", {{"x-rate-limit-limit", "lots"}, {"x-concurrency-limit", "-1"}}, false, 0, 0ms},
        {"zero is no statement", {{"x-rate-limit-limit", "0"}}, false, 0, 0ms},
        {"an absurd window",
         {{"x-rate-limit-limit", "1"}, {"x-rate-limit-interval", "99999999s"}},
         false,
         0,
         0ms},
    };
    for (const Case& c : cases) {
      CAPTURE(c.name);
      const auto stated = advertised_limits(c.headers);
      REQUIRE(stated.has_value() == c.stated);
      if (!stated)
        continue;
      CHECK(stated->max_concurrent == c.concurrent);
      const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(stated->min_interval);
      CHECK(ms == std::chrono::duration_cast<std::chrono::milliseconds>(c.interval));
    }
  }

  TEST_CASE("HostPool: stated limits tighten a host, never loosen it, and outlive its idleness") {
    HostPool pool(HostConfig::from_rate(4, 0));
    const HostKey api{"api.test"};
    pool.obey(api, *advertised_limits({{"x-concurrency-limit", "1"}}));
    // Forgotten while idle, recreated with the stated limit: one at a time.
    for (citecheck::engine::JobId id = 1; id <= 3; ++id)
      pool.enqueue(api, id, false);
    CHECK(pool.take_ready(Clock::now(), 10).size() == 1);
    // A looser statement does not loosen the live host past its settings either.
    pool.obey(api, *advertised_limits({{"x-concurrency-limit", "50"}}));
    CHECK(pool.take_ready(Clock::now(), 10).empty());
    CHECK(HostConfig::stricter(HostConfig::from_rate(4, 0), HostConfig::from_rate(9, 2))
              .max_concurrent == 4);
  }

  TEST_CASE("a server's stated limits are obeyed: one at a time, paced") {
    std::mutex mutex;
    int in_flight = 0;
    int peak = 0;
    std::vector<Clock::time_point> starts;
    test::LoopbackServer server([&](httplib::Server& s) {
      s.Get("/works", [&](const httplib::Request&, httplib::Response& res) {
        {
          std::lock_guard lock(mutex);
          starts.push_back(Clock::now());
          peak = std::max(peak, ++in_flight);
        }
        std::this_thread::sleep_for(30ms);
        {
          std::lock_guard lock(mutex);
          --in_flight;
        }
        res.set_header("x-rate-limit-limit", "4");
        res.set_header("x-rate-limit-interval", "1s");
        res.set_header("x-concurrency-limit", "1");
        res.set_content("{}", "application/json");
      });
    });
    REQUIRE(server.ok());
    auto options = test::fast_options();
    options.max_per_host = 8;
    auto http = citecheck::make_curl_engine(options);
    // The first answer states the limits; the next eight would go out together without them.
    REQUIRE(http->fetch(test::get(server.url("/works"))).status == 200);
    {
      std::lock_guard lock(mutex);
      starts.clear();
      peak = 0;
    }
    const auto answers =
        http->fetch_all(std::vector<citecheck::HttpRequest>(8, test::get(server.url("/works"))));
    for (const auto& answer : answers)
      CHECK(answer.status == 200);
    std::lock_guard lock(mutex);
    CHECK(peak == 1);
    REQUIRE(starts.size() == 8);
    // Four a second: starts at least ~250 ms apart (a lower bound: a slow machine only adds).
    for (std::size_t i = 1; i < starts.size(); ++i)
      CHECK(starts[i] - starts[i - 1] >= 240ms);
  }
}

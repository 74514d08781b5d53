#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <mutex>

#include "engine/host_pool.hpp"
#include "loopback.hpp"

using namespace std::chrono_literals;
using citecheck::engine::Clock;
using citecheck::engine::HostConfig;
using citecheck::engine::HostKey;
using citecheck::engine::HostPool;
namespace test = citecheck::test;

TEST_SUITE("engine") {
  TEST_CASE("HostPool: per-host slots, turns between hosts, urgent first") {
    HostPool pool(HostConfig::from_rate(2, 0));
    const HostKey a{"a.test"};
    const HostKey b{"b.test"};
    for (citecheck::engine::JobId id = 1; id <= 5; ++id) {
      pool.enqueue(a, id, false);
    }
    pool.enqueue(b, 10, false);
    pool.enqueue(a, 99, true);
    const auto now = Clock::now();
    const auto first = pool.take_ready(now, 100);
    // Two slots for a (the urgent job first), one job for b, taken in turns.
    REQUIRE(first.size() == 3);
    CHECK(first[0].second == 99);
    CHECK(first[1].second == 10);
    CHECK(first[2].second == 1);
    CHECK(pool.take_ready(now, 100).empty());
    pool.finished(a, now);
    const auto second = pool.take_ready(now, 100);
    REQUIRE(second.size() == 1);
    CHECK(second[0].second == 2);
    CHECK(pool.waiting() == 3);
    const auto stats = pool.stats(a);
    REQUIRE(stats);
    CHECK(stats->started == 3);
    CHECK(stats->finished == 1);
    CHECK(stats->peak_in_flight == 2);
  }

  TEST_CASE("HostPool: a host with its own limits keeps them, others the default") {
    HostPool pool(HostConfig::from_rate(4, 0), [](const HostKey& key) -> std::optional<HostConfig> {
      if (key.name == "slow.test") {
        return HostConfig::from_rate(1, 0);
      }
      return std::nullopt;
    });
    const HostKey slow{"slow.test"};
    const HostKey fast{"fast.test"};
    for (citecheck::engine::JobId id = 1; id <= 6; ++id) {
      pool.enqueue(slow, id, false);
      pool.enqueue(fast, 100 + id, false);
    }
    const auto ready = pool.take_ready(Clock::now(), 100);
    std::size_t slow_started = 0;
    std::size_t fast_started = 0;
    for (const auto& [key, job] : ready) {
      (key == slow ? slow_started : fast_started) += 1;
    }
    CHECK(slow_started == 1);
    CHECK(fast_started == 4);
  }

  TEST_CASE("HostPool: the global budget, pacing and holds") {
    HostPool pool(HostConfig::from_rate(10, 10.0));  // one start per 100 ms
    const HostKey a{"a.test"};
    for (citecheck::engine::JobId id = 1; id <= 3; ++id) {
      pool.enqueue(a, id, false);
    }
    const auto now = Clock::now();
    CHECK(pool.take_ready(now, 0).empty());
    CHECK(pool.take_ready(now, 5).size() == 1);
    CHECK(pool.take_ready(now + 50ms, 5).empty());
    REQUIRE(pool.next_wakeup(now));
    CHECK(*pool.next_wakeup(now) == now + 100ms);
    CHECK(pool.take_ready(now + 100ms, 5).size() == 1);
    pool.hold(a, now + 2s);
    CHECK(pool.take_ready(now + 1s, 5).empty());
    CHECK(pool.take_ready(now + 2s, 5).size() == 1);
  }

  TEST_CASE("HostPool: a request that never reached its host costs no pace, and undoes no hold") {
    HostPool pool(HostConfig::from_rate(4, 1.0));  // one start a second
    const HostKey a{"a.test"};
    for (citecheck::engine::JobId id = 1; id <= 4; ++id) {
      pool.enqueue(a, id, false);
    }
    const auto now = Clock::now();
    REQUIRE(pool.take_ready(now, 5).size() == 1);
    // Refused or unresolved: the next one goes at once, not a second later.
    pool.finished(a, now + 5ms, false);
    CHECK(pool.take_ready(now + 5ms, 5).size() == 1);
    // Answered: the pace holds.
    pool.finished(a, now + 10ms, true);
    CHECK(pool.take_ready(now + 10ms, 5).empty());
    CHECK(pool.take_ready(now + 1005ms, 5).size() == 1);
    // A Retry-After hold stays, whatever ends meanwhile.
    pool.hold(a, now + 10s);
    pool.finished(a, now + 1010ms, false);
    CHECK(pool.take_ready(now + 1010ms, 5).empty());
    CHECK(pool.take_ready(now + 10s, 5).size() == 1);
  }

  TEST_CASE("HostPool forgets idle hosts") {
    HostPool pool(HostConfig::from_rate(4, 0));
    const auto now = Clock::now();
    for (int i = 0; i < 100; ++i) {
      const HostKey key{"h" + std::to_string(i) + ".test"};
      pool.enqueue(key, static_cast<citecheck::engine::JobId>(i), false);
    }
    for (const auto& [key, id] : pool.take_ready(now, 1000)) {
      pool.finished(key, now);
    }
    CHECK(pool.tracked_hosts() == 0);
  }

  TEST_CASE("per-host and global limits hold against a live server") {
    std::mutex mutex;
    std::map<std::string, int> current;
    std::map<std::string, int> peak;
    int all_current = 0;
    int all_peak = 0;
    std::vector<Clock::time_point> paced_starts;
    std::vector<std::string> order;  // paths of /slow requests to "queue.test", as started
    test::LoopbackServer server([&](httplib::Server& s) {
      s.Get("/slow", [&](const httplib::Request& req, httplib::Response& res) {
        const std::string host = req.get_header_value("Host");
        {
          std::lock_guard lock(mutex);
          peak[host] = std::max(peak[host], ++current[host]);
          all_peak = std::max(all_peak, ++all_current);
          if (host == "paced.test") {
            paced_starts.push_back(Clock::now());
          }
          if (host == "queue.test") {
            order.push_back(req.get_param_value("n"));
          }
        }
        std::this_thread::sleep_for(40ms);
        {
          std::lock_guard lock(mutex);
          --current[host];
          --all_current;
        }
        res.set_content("ok", "text/plain");
      });
    });
    REQUIRE(server.ok());

    SUBCASE("a document citing one site many times never has more than max_per_host open") {
      auto options = test::fast_options();
      options.max_per_host = 3;
      options.connect_to = {server.connect_to("one.test"), server.connect_to("two.test")};
      auto engine = citecheck::make_curl_engine(options);
      std::vector<citecheck::HttpRequest> requests;
      for (int i = 0; i < 30; ++i) {
        requests.push_back(test::get("http://one.test/slow"));
        requests.push_back(test::get("http://two.test/slow"));
      }
      for (const auto& r : engine->fetch_all(requests)) {
        CHECK(r.status == 200);
      }
      CHECK(peak["one.test"] <= 3);
      CHECK(peak["two.test"] <= 3);
      CHECK(peak["one.test"] >= 2);  // and it does use its slots
      CHECK(all_peak > 3);           // while the two hosts run side by side
    }
    SUBCASE("max_concurrency bounds all hosts together") {
      auto options = test::fast_options();
      options.max_concurrency = 5;
      options.max_per_host = 50;
      for (int i = 0; i < 20; ++i) {
        options.connect_to.push_back(server.connect_to("h" + std::to_string(i) + ".test"));
      }
      auto engine = citecheck::make_curl_engine(options);
      std::vector<citecheck::HttpRequest> requests;
      for (int i = 0; i < 40; ++i) {
        requests.push_back(test::get("http://h" + std::to_string(i % 20) + ".test/slow"));
      }
      for (const auto& r : engine->fetch_all(requests)) {
        CHECK(r.status == 200);
      }
      CHECK(all_peak <= 5);
      CHECK(all_peak >= 3);
    }
    SUBCASE("a first_in_line request goes before those already waiting for its host") {
      auto options = test::fast_options();
      options.max_per_host = 1;
      options.connect_to = {server.connect_to("queue.test")};
      auto engine = citecheck::make_curl_engine(options);
      const auto session = engine->open_session();
      for (int i = 0; i < 6; ++i) {
        session->add(test::get("http://queue.test/slow?n=" + std::to_string(i)));
      }
      auto urgent = test::get("http://queue.test/slow?n=urgent");
      urgent.first_in_line = true;
      session->add(urgent);
      int answers = 0;
      while (auto answer = session->next()) {
        CHECK(answer->second.status == 200);
        ++answers;
      }
      CHECK(answers == 7);
      REQUIRE(order.size() == 7);
      // One slot: the first plain request may already be on the wire; the urgent one is
      // next at the latest, not seventh.
      const auto at = std::find(order.begin(), order.end(), "urgent") - order.begin();
      CHECK(at <= 1);
    }
    SUBCASE("per_host_rate paces request starts") {
      auto options = test::fast_options();
      options.per_host_rate = 20.0;  // 50 ms apart
      options.connect_to = {server.connect_to("paced.test")};
      auto engine = citecheck::make_curl_engine(options);
      const std::vector<citecheck::HttpRequest> requests(8, test::get("http://paced.test/slow"));
      for (const auto& r : engine->fetch_all(requests)) {
        CHECK(r.status == 200);
      }
      REQUIRE(paced_starts.size() == 8);
      std::sort(paced_starts.begin(), paced_starts.end());
      // Arrival times at the server jitter a little around the engine's 50 ms pace.
      for (std::size_t i = 1; i < paced_starts.size(); ++i) {
        CHECK(paced_starts[i] - paced_starts[i - 1] >= 20ms);
      }
      CHECK(paced_starts.back() - paced_starts.front() >= 320ms);
    }
  }
}

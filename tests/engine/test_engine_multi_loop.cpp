#include <doctest/doctest.h>

#include <random>

#include "engine/multi_loop.hpp"
#include "loopback.hpp"

using namespace std::chrono_literals;
using citecheck::NetError;
namespace test = citecheck::test;
namespace engine = citecheck::engine;

TEST_SUITE("engine") {
  TEST_CASE("the event loop, live") {
    test::LoopbackServer server([](httplib::Server& s) {
      s.Get(R"(/echo/(\d+))", [](const httplib::Request& req, httplib::Response& res) {
        // Answers arrive out of order; fetch_all must put them back in order.
        const int n = std::stoi(req.matches[1]);
        std::this_thread::sleep_for(std::chrono::milliseconds((n * 7) % 13));
        res.set_content(req.matches[1], "text/plain");
      });
      s.Get("/tiny", [](const httplib::Request&, httplib::Response& res) {
        res.set_content("x", "text/plain");
      });
      s.Get("/trickle", [](const httplib::Request&, httplib::Response& res) {
        res.set_chunked_content_provider("text/plain", [](std::size_t, httplib::DataSink& sink) {
          std::this_thread::sleep_for(250ms);
          return sink.is_writable() && sink.write("x", 1);
        });
      });
    });
    REQUIRE(server.ok());
    auto options = test::fast_options();

    SUBCASE("fetch_all answers in request order") {
      auto http = citecheck::make_curl_engine(options);
      std::vector<citecheck::HttpRequest> requests;
      for (int i = 0; i < 300; ++i) {
        requests.push_back(test::get(server.url("/echo/" + std::to_string(i))));
      }
      const auto answers = http->fetch_all(requests);
      REQUIRE(answers.size() == requests.size());
      for (int i = 0; i < 300; ++i) {
        CHECK(answers[i].status == 200);
        CHECK(answers[i].body == std::to_string(i));
        CHECK(answers[i].url == requests[i].url);
      }
      CHECK(http->fetch_all({}).empty());
    }
    SUBCASE("fetch() from several threads on one engine") {
      auto http = citecheck::make_curl_engine(options);
      std::atomic<int> wrong{0};
      std::vector<std::thread> threads;
      for (int t = 0; t < 6; ++t) {
        threads.emplace_back([&, t] {
          for (int i = 0; i < 20; ++i) {
            const std::string n = std::to_string(t * 100 + i);
            const auto r = http->fetch(test::get(server.url("/echo/" + n)));
            wrong += r.status == 200 && r.body == n ? 0 : 1;
          }
        });
      }
      for (auto& thread : threads) {
        thread.join();
      }
      CHECK(wrong == 0);
    }
    SUBCASE("a body trickling in ends by the low-speed limit") {
      options.low_speed_limit = 100;
      options.low_speed_time = 1s;
      options.timeout = 20s;
      options.max_retries = 0;
      auto http = citecheck::make_curl_engine(options);
      const auto start = std::chrono::steady_clock::now();
      const auto r = http->fetch(test::get(server.url("/trickle")));
      CHECK(r.error == NetError::timeout);
      CHECK(test::seconds_since(start) < 4.0);
    }
    SUBCASE("memory stays flat: handles are reused, finished jobs dropped") {
      options.max_concurrency = 8;
      options.max_per_host = 8;
      engine::MultiLoop loop(options);
      std::atomic<int> done{0};
      std::atomic<int> ok{0};
      constexpr int k_count = 2000;
      std::vector<std::unique_ptr<engine::Transfer>> transfers;
      for (int i = 0; i < k_count; ++i) {
        transfers.push_back(std::make_unique<engine::Transfer>(
            test::get(server.url("/tiny")), options, [&](citecheck::HttpResponse&& r) {
              ok += r.status == 200 ? 1 : 0;
              ++done;
            }));
      }
      const auto start = std::chrono::steady_clock::now();
      loop.submit(std::move(transfers));
      while (done < k_count && test::seconds_since(start) < 20) {
        std::this_thread::sleep_for(5ms);
      }
      CHECK(ok == k_count);
      std::this_thread::sleep_for(50ms);
      const auto stats = loop.stats();
      CHECK(stats.handles_created <= 8);
      CHECK(stats.jobs == 0);
      CHECK(stats.running == 0);
      CHECK(stats.hosts_tracked == 0);
    }
    SUBCASE("throughput at concurrency 64 over many host names") {
      for (int h = 0; h < 32; ++h) {
        options.connect_to.push_back(server.connect_to("site" + std::to_string(h) + ".test"));
      }
      auto http = citecheck::make_curl_engine(options);
      std::vector<citecheck::HttpRequest> requests;
      for (int i = 0; i < 3000; ++i) {
        requests.push_back(test::get("http://site" + std::to_string(i % 32) + ".test/tiny"));
      }
      const auto start = std::chrono::steady_clock::now();
      const auto answers = http->fetch_all(requests);
      const double elapsed = test::seconds_since(start);
      const auto ok = std::count_if(answers.begin(), answers.end(),
                                    [](const auto& r) { return r.status == 200; });
      CHECK(ok == 3000);
      MESSAGE("loopback: " << static_cast<int>(3000 / elapsed) << " links/s at concurrency 64");
    }
    SUBCASE("an engine going away ends what is still queued") {
      test::SilentServer silent;
      options.timeout = 10s;
      auto loop = std::make_unique<engine::MultiLoop>(options);
      std::atomic<int> abandoned{0};
      std::vector<std::unique_ptr<engine::Transfer>> transfers;
      for (int i = 0; i < 3; ++i) {
        transfers.push_back(std::make_unique<engine::Transfer>(
            test::get(silent.url("/")), options,
            [&](citecheck::HttpResponse&& r) { abandoned += r.error == NetError::other ? 1 : 0; }));
      }
      loop->submit(std::move(transfers));
      std::this_thread::sleep_for(100ms);
      const auto start = std::chrono::steady_clock::now();
      loop.reset();
      CHECK(abandoned == 3);
      CHECK(test::seconds_since(start) < 1.0);
    }
  }
}

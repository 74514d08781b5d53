#include <doctest/doctest.h>

#include <map>
#include <mutex>
#include <thread>

#include "loopback.hpp"

using namespace std::chrono_literals;
namespace test = citecheck::test;

namespace {

/// An in-memory ResponseCache that records how it is used.
class MemoryCache final : public citecheck::ResponseCache {
 public:
  std::optional<std::string> get(const std::string& key, std::chrono::seconds max_age) override {
    std::lock_guard lock(m_mutex);
    ++gets;
    last_max_age = max_age;
    auto it = entries.find(key);
    return it == entries.end() ? std::nullopt : std::optional<std::string>(it->second);
  }
  void put(const std::string& key, const std::string& value) override {
    std::lock_guard lock(m_mutex);
    ++puts;
    entries[key] = value;
  }

  std::map<std::string, std::string> entries;
  int gets = 0;
  int puts = 0;
  std::chrono::seconds last_max_age{0};

 private:
  std::mutex m_mutex;
};

}  // namespace

TEST_SUITE("engine") {
  TEST_CASE("the engine consults the response cache, live") {
    std::atomic<int> hits{0};
    test::LoopbackServer server([&](httplib::Server& s) {
      s.Get("/record", [&](const httplib::Request&, httplib::Response& res) {
        ++hits;
        res.set_content("{\"title\": \"A/RES/70/1\"}", "application/json");
      });
      s.Get("/busy", [&](const httplib::Request&, httplib::Response& res) {
        ++hits;
        res.status = 503;
      });
    });
    REQUIRE(server.ok());
    MemoryCache cache;
    auto options = test::fast_options();
    options.max_retries = 0;
    auto engine = citecheck::make_curl_engine(options, &cache);
    auto request = test::get(server.url("/record#part"));
    request.cache_max_age = 3600s;

    const auto first = engine->fetch(request);
    CHECK(first.status == 200);
    CHECK_FALSE(first.from_cache);
    CHECK(hits == 1);
    CHECK(cache.puts == 1);
    CHECK(cache.entries.count("GET " + server.url("/record")) == 1);

    const auto second = engine->fetch(request);
    CHECK(second.from_cache);
    CHECK(second.status == 200);
    CHECK(second.body == first.body);
    CHECK(hits == 1);
    CHECK(cache.last_max_age == 3600s);

    SUBCASE("requests without cache_max_age never use it") {
      const auto r = engine->fetch(test::get(server.url("/record")));
      CHECK_FALSE(r.from_cache);
      CHECK(hits == 2);
      CHECK(cache.gets == 2);
    }
    SUBCASE("passing answers are not stored") {
      auto busy = test::get(server.url("/busy"));
      busy.cache_max_age = 3600s;
      CHECK(engine->fetch(busy).status == 503);
      CHECK(engine->fetch(busy).status == 503);
      CHECK(hits == 3);
      CHECK(cache.puts == 1);
    }
    SUBCASE("a damaged entry is a miss and gets replaced") {
      cache.entries["GET " + server.url("/record")] = "{not json";
      const auto r = engine->fetch(request);
      CHECK_FALSE(r.from_cache);
      CHECK(r.status == 200);
      CHECK(hits == 2);
      CHECK(citecheck::parse_response(cache.entries["GET " + server.url("/record")]));
    }
    SUBCASE("fetch_all mixes cached and fetched answers in order") {
      std::vector<citecheck::HttpRequest> requests{test::get(server.url("/busy")), request,
                                                   test::get(server.url("/record"))};
      const auto answers = engine->fetch_all(requests);
      CHECK(answers[0].status == 503);
      CHECK(answers[1].from_cache);
      CHECK_FALSE(answers[2].from_cache);
      CHECK(answers[2].status == 200);
    }
  }

  TEST_CASE("fetch_each hands each answer over as it arrives, on the calling thread") {
    test::LoopbackServer server([](httplib::Server& s) {
      s.Get("/slow", [](const httplib::Request&, httplib::Response& res) {
        std::this_thread::sleep_for(600ms);
        res.set_content("slow", "text/plain");
      });
      s.Get("/fast", [](const httplib::Request&, httplib::Response& res) {
        res.set_content("fast", "text/plain");
      });
    });
    REQUIRE(server.ok());
    auto engine = citecheck::make_curl_engine(test::fast_options());
    const std::vector<citecheck::HttpRequest> requests{test::get(server.url("/slow")),
                                                       test::get(server.url("/fast"))};
    const auto caller = std::this_thread::get_id();
    std::vector<std::size_t> order;
    std::vector<std::string> bodies(2);
    engine->fetch_each(requests, [&](std::size_t i, citecheck::HttpResponse&& response) {
      CHECK(std::this_thread::get_id() == caller);
      order.push_back(i);
      bodies[i] = response.body;
    });
    CHECK(order == std::vector<std::size_t>{1, 0});  // the fast one first, not request order
    CHECK(bodies == std::vector<std::string>{"slow", "fast"});
    // fetch_all still answers in request order.
    const auto answers = engine->fetch_all(requests);
    REQUIRE(answers.size() == 2);
    CHECK(answers[0].body == "slow");
    CHECK(answers[1].body == "fast");
  }

  TEST_CASE("a session takes requests added while the earlier ones are still on the wire") {
    test::LoopbackServer server([](httplib::Server& s) {
      s.Get("/slow", [](const httplib::Request&, httplib::Response& res) {
        std::this_thread::sleep_for(600ms);
        res.set_content("slow", "text/plain");
      });
      s.Get("/fast", [](const httplib::Request&, httplib::Response& res) {
        res.set_content("fast", "text/plain");
      });
      s.Get("/later", [](const httplib::Request&, httplib::Response& res) {
        res.set_content("later", "text/plain");
      });
    });
    REQUIRE(server.ok());
    auto engine = citecheck::make_curl_engine(test::fast_options());
    const auto session = engine->open_session();
    CHECK(session->add(test::get(server.url("/slow"))) == 0);
    CHECK(session->add(test::get(server.url("/fast"))) == 1);
    std::vector<std::pair<std::size_t, std::string>> seen;
    while (auto answer = session->next()) {
      seen.emplace_back(answer->first, answer->second.body);
      if (answer->first == 1) {
        CHECK(session->add(test::get(server.url("/later"))) == 2);
      }
    }
    // The request added after the fast answer is answered before the slow one.
    const std::vector<std::pair<std::size_t, std::string>> expected{
        {1, "fast"}, {2, "later"}, {0, "slow"}};
    CHECK(seen == expected);
    CHECK_FALSE(session->next().has_value());
  }
}

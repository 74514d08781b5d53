#include <doctest/doctest.h>

#include <atomic>
#include <ctime>

#include "engine/retry.hpp"
#include "loopback.hpp"

using namespace std::chrono_literals;
using citecheck::engine::parse_retry_after;
using citecheck::engine::RetryPolicy;
namespace test = citecheck::test;

namespace {

std::string http_date(std::time_t when) {
  std::tm tm{};
  gmtime_r(&when, &tm);
  char text[64];
  std::strftime(text, sizeof text, "%a, %d %b %Y %H:%M:%S GMT", &tm);
  return text;
}

}  // namespace

TEST_SUITE("engine") {
  TEST_CASE("parse_retry_after reads seconds and HTTP dates") {
    const std::time_t now = 1'700'000'000;
    struct Case {
      std::string value;
      std::optional<std::chrono::milliseconds> expected;
    };
    const Case cases[] = {
        {"120", 120s},
        {" 3 ", 3s},
        {"0", 0s},
        {"99999999999999999999999", 86400s},  // absurd values stop at a day
        {http_date(now + 30), 30s},
        {http_date(now - 30), 0s},  // a date already past: go now
        {"Wed, 21 Oct 2015 07:28:00 GMT", 0s},
        {"", std::nullopt},
        {"soon", std::nullopt},
        {"-5", std::nullopt},
    };
    for (const Case& c : cases) {
      CAPTURE(c.value);
      CHECK(parse_retry_after(c.value, now) == c.expected);
    }
  }

  TEST_CASE("RetryPolicy backs off exponentially, capped") {
    const RetryPolicy policy{5, 100ms, 1000ms, 2000ms};
    CHECK(policy.backoff(1) == 100ms);
    CHECK(policy.backoff(2) == 200ms);
    CHECK(policy.backoff(3) == 400ms);
    CHECK(policy.backoff(5) == 1000ms);
    CHECK(policy.backoff(60) == 1000ms);
    CHECK(policy.delay(1, 1500ms) == 1500ms);
    CHECK(policy.delay(1, 3600s) == 2000ms);  // Retry-After capped
    CHECK(RetryPolicy::retryable_status(429));
    CHECK(RetryPolicy::retryable_status(503));
    CHECK_FALSE(RetryPolicy::retryable_status(500));
    CHECK_FALSE(RetryPolicy::retryable_status(404));
    CHECK(RetryPolicy::retryable_error(citecheck::NetError::timeout));
    CHECK_FALSE(RetryPolicy::retryable_error(citecheck::NetError::dns));
  }

  TEST_CASE("retries against a live server") {
    std::atomic<int> flaky_calls{0};
    std::atomic<int> seconds_calls{0};
    std::atomic<int> date_calls{0};
    std::atomic<int> long_calls{0};
    test::LoopbackServer server([&](httplib::Server& s) {
      s.Get("/flaky", [&](const httplib::Request&, httplib::Response& res) {
        if (flaky_calls++ == 0) {
          res.status = 503;
          return;
        }
        res.set_content("recovered", "text/plain");
      });
      s.Get("/down", [](const httplib::Request&, httplib::Response& res) { res.status = 503; });
      s.Get("/after-seconds", [&](const httplib::Request&, httplib::Response& res) {
        if (seconds_calls++ == 0) {
          res.status = 429;
          res.set_header("Retry-After", "1");
          return;
        }
        res.set_content("ok", "text/plain");
      });
      s.Get("/after-date", [&](const httplib::Request&, httplib::Response& res) {
        if (date_calls++ == 0) {
          res.status = 503;
          res.set_header("Retry-After", http_date(std::time(nullptr) + 3));
          return;
        }
        res.set_content("ok", "text/plain");
      });
      s.Get("/after-an-hour", [&](const httplib::Request&, httplib::Response& res) {
        if (long_calls++ == 0) {
          res.status = 503;
          res.set_header("Retry-After", "3600");
          return;
        }
        res.set_content("ok", "text/plain");
      });
      s.Get("/quick", [](const httplib::Request&, httplib::Response& res) {
        res.set_content("quick", "text/plain");
      });
    });
    REQUIRE(server.ok());
    auto options = test::fast_options();
    options.retry_base = 30ms;
    options.retry_after_cap = 5s;

    SUBCASE("503 then 200") {
      auto engine = citecheck::make_curl_engine(options);
      const auto r = engine->fetch(test::get(server.url("/flaky")));
      CHECK(r.status == 200);
      CHECK(r.body == "recovered");
      CHECK(r.attempts == 2);
      CHECK(r.hops.size() == 1);
    }
    SUBCASE("retries are bounded") {
      auto engine = citecheck::make_curl_engine(options);
      const auto r = engine->fetch(test::get(server.url("/down")));
      CHECK(r.status == 503);
      CHECK(r.attempts == 3);
    }
    SUBCASE("Retry-After in seconds is honoured") {
      auto engine = citecheck::make_curl_engine(options);
      const auto r = engine->fetch(test::get(server.url("/after-seconds")));
      CHECK(r.status == 200);
      CHECK(r.attempts == 2);
      CHECK(r.seconds >= 0.95);
      CHECK(r.seconds < 3.0);
    }
    SUBCASE("Retry-After as an HTTP date is honoured, up to the cap") {
      options.retry_after_cap = 1000ms;  // the date says 2-3 s: the cap decides
      auto engine = citecheck::make_curl_engine(options);
      const auto r = engine->fetch(test::get(server.url("/after-date")));
      CHECK(r.status == 200);
      CHECK(r.attempts == 2);
      CHECK(r.seconds >= 0.95);
      CHECK(r.seconds < 2.0);
    }
    SUBCASE("a Retry-After of an hour is capped") {
      options.retry_after_cap = 300ms;
      auto engine = citecheck::make_curl_engine(options);
      const auto r = engine->fetch(test::get(server.url("/after-an-hour")));
      CHECK(r.status == 200);
      CHECK(r.seconds >= 0.28);
      CHECK(r.seconds < 1.5);
    }
    SUBCASE("others proceed while one waits for its retry") {
      options.connect_to = {server.connect_to("other.test")};
      auto engine = citecheck::make_curl_engine(options);
      std::vector<citecheck::HttpRequest> requests{test::get(server.url("/after-seconds"))};
      for (int i = 0; i < 5; ++i) {
        requests.push_back(test::get("http://other.test/quick"));
      }
      const auto start = std::chrono::steady_clock::now();
      const auto answers = engine->fetch_all(requests);
      CHECK(answers[0].status == 200);
      CHECK(answers[0].seconds >= 0.95);
      for (std::size_t i = 1; i < answers.size(); ++i) {
        CHECK(answers[i].status == 200);
        CHECK(answers[i].seconds < 0.5);
      }
      CHECK(test::seconds_since(start) < 3.0);
    }
    SUBCASE("a connection dropped without an answer is asked again") {
      for (const bool reset : {false, true}) {
        CAPTURE(reset);
        test::DroppingServer dropping(1, reset);
        auto engine = citecheck::make_curl_engine(options);
        const auto r = engine->fetch(test::get(dropping.url("/page")));
        INFO("error: " << r.error_text);  // how curl saw the drop: its timing varies
        CHECK(r.status == 200);
        CHECK(r.attempts == 2);
        CHECK(dropping.accepted() == 2);
      }
    }
    SUBCASE("a server that keeps dropping connections fails after the retries") {
      test::DroppingServer dropping(100, false);
      options.max_retries = 2;
      auto engine = citecheck::make_curl_engine(options);
      const auto r = engine->fetch(test::get(dropping.url("/page")));
      CHECK(r.status == 0);
      CHECK(r.error != citecheck::NetError::none);
      CHECK(r.attempts == 3);
      CHECK(dropping.accepted() == 3);
    }
    SUBCASE("a timeout is retried") {
      test::SilentServer silent;
      options.timeout = 300ms;
      options.max_retries = 1;
      auto engine = citecheck::make_curl_engine(options);
      const auto r = engine->fetch(test::get(silent.url("/")));
      CHECK(r.error == citecheck::NetError::timeout);
      CHECK(r.attempts == 2);
      CHECK(silent.accepted() == 2);
    }
  }
}

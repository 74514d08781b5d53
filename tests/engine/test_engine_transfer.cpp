#include <doctest/doctest.h>

#include <atomic>

#include "loopback.hpp"

using namespace std::chrono_literals;
using citecheck::NetError;
namespace test = citecheck::test;

TEST_SUITE("engine") {
  TEST_CASE("one transfer's answers, live") {
    std::atomic<int> heads{0};
    test::LoopbackServer server([&](httplib::Server& s) {
      s.Get("/ok", [&](const httplib::Request& req, httplib::Response& res) {
        heads += req.method == "HEAD" ? 1 : 0;
        res.set_header("X-Served-By", "loopback");
        res.set_content("<title>ok</title>", "text/html");
      });
      s.Get("/missing", [](const httplib::Request&, httplib::Response& res) { res.status = 404; });
      s.Get("/gone", [](const httplib::Request&, httplib::Response& res) { res.status = 410; });
      s.Get("/no-head", [](const httplib::Request& req, httplib::Response& res) {
        if (req.method == "HEAD") {
          res.status = 405;
          return;
        }
        res.set_content("GET works", "text/plain");
      });
      s.Get("/lying-head", [](const httplib::Request& req, httplib::Response& res) {
        if (req.method == "HEAD") {
          res.status = 404;
          return;
        }
        res.set_content("the page is here", "text/plain");
      });
      s.Get("/hanging-head", [](const httplib::Request& req, httplib::Response& res) {
        if (req.method == "HEAD") {
          std::this_thread::sleep_for(1200ms);
        }
        res.set_content("GET answers", "text/plain");
      });
      s.Get("/headers", [](const httplib::Request& req, httplib::Response& res) {
        res.set_content("accept=" + req.get_header_value("Accept") +
                            " x=" + req.get_header_value("X-Plugin") +
                            " auth=" + req.get_header_value("Authorization"),
                        "text/plain");
      });
      s.Get("/away", [](const httplib::Request&, httplib::Response& res) {
        res.status = 302;
        res.set_header("Location", "http://elsewhere.test/headers");
      });
    });
    REQUIRE(server.ok());
    auto options = test::fast_options();
    options.connect_to = {server.connect_to("elsewhere.test")};

    SUBCASE("200, 404 and 410 with status, headers, body, method and timings") {
      auto engine = citecheck::make_curl_engine(options);
      const auto ok = engine->fetch(test::get(server.url("/ok")));
      CHECK(ok.error == NetError::none);
      CHECK(ok.status == 200);
      CHECK(ok.method == "GET");
      CHECK(ok.url == server.url("/ok"));
      CHECK(ok.final_url == server.url("/ok"));
      CHECK(ok.header("x-served-by") == "loopback");
      CHECK(ok.body == "<title>ok</title>");
      CHECK_FALSE(ok.body_truncated);
      CHECK(ok.attempts == 1);
      CHECK(ok.seconds > 0.0);
      CHECK(ok.seconds < 2.0);
      CHECK(ok.hops.size() == 1);
      CHECK(heads == 0);
      CHECK(engine->fetch(test::get(server.url("/missing"))).status == 404);
      CHECK(engine->fetch(test::get(server.url("/gone"))).status == 410);
    }
    SUBCASE("head_first: a trusted HEAD answer is the answer") {
      options.head_first = true;
      auto engine = citecheck::make_curl_engine(options);
      const auto r = engine->fetch(test::get(server.url("/ok")));
      CHECK(r.status == 200);
      CHECK(r.method == "HEAD");
      CHECK(r.body.empty());
      CHECK(heads == 1);
    }
    SUBCASE("head_first: HEAD refused with 405 falls back to GET") {
      options.head_first = true;
      auto engine = citecheck::make_curl_engine(options);
      const auto r = engine->fetch(test::get(server.url("/no-head")));
      CHECK(r.status == 200);
      CHECK(r.method == "GET");
      CHECK(r.body == "GET works");
      CHECK(r.hops.size() == 1);
    }
    SUBCASE("a HEAD that lies: HEAD 404, GET 200, GET is the truth") {
      options.head_first = true;
      auto engine = citecheck::make_curl_engine(options);
      const auto r = engine->fetch(test::get(server.url("/lying-head")));
      CHECK(r.status == 200);
      CHECK(r.method == "GET");
      CHECK(r.body == "the page is here");
      // An explicit HEAD request gets the same fallback.
      auto head = test::get(server.url("/lying-head"));
      head.method = "HEAD";
      const auto h = engine->fetch(head);
      CHECK(h.status == 200);
      CHECK(h.method == "GET");
    }
    SUBCASE("a HEAD that fails on the network falls back to GET") {
      options.head_first = true;
      options.timeout = 600ms;
      options.max_retries = 0;
      auto engine = citecheck::make_curl_engine(options);
      const auto r = engine->fetch(test::get(server.url("/hanging-head")));
      CHECK(r.error == NetError::none);
      CHECK(r.status == 200);
      CHECK(r.method == "GET");
      CHECK(r.body == "GET answers");
    }
    SUBCASE("request headers are sent; credentials stay with their host") {
      auto engine = citecheck::make_curl_engine(options);
      auto request = test::get(server.url("/headers"));
      request.headers = {{"X-Plugin", "1"}, {"Authorization", "Bearer secret"}};
      const auto here = engine->fetch(request);
      CHECK(here.body.find("x=1") != std::string::npos);
      CHECK(here.body.find("auth=Bearer secret") != std::string::npos);
      CHECK(here.body.find("accept=text/html") != std::string::npos);
      request.url = server.url("/away");
      const auto there = engine->fetch(request);
      CHECK(there.final_url == "http://elsewhere.test/headers");
      CHECK(there.body.find("x=1") != std::string::npos);
      CHECK(there.body.ends_with("auth="));
      CHECK(there.body.find("secret") == std::string::npos);
    }
    SUBCASE("what is not a web URL never reaches the network") {
      auto engine = citecheck::make_curl_engine(options);
      for (const char* url : {"", "www.example.org/x", "ftp://example.org/", "gopher://x/"}) {
        CAPTURE(url);
        const auto r = engine->fetch(test::get(url));
        CHECK(r.error == NetError::invalid_url);
        CHECK(r.status == 0);
        CHECK(r.url == url);
      }
    }
  }
}

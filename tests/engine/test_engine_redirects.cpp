#include <doctest/doctest.h>

#include "engine/redirects.hpp"
#include "loopback.hpp"

using citecheck::NetError;
using citecheck::engine::is_redirect_status;
using citecheck::engine::method_after_redirect;
using citecheck::engine::RedirectChain;
namespace test = citecheck::test;

TEST_SUITE("engine") {
  TEST_CASE("which statuses redirect, and with what method") {
    for (int status : {301, 302, 303, 307, 308}) {
      CHECK(is_redirect_status(status));
    }
    for (int status : {200, 300, 304, 305, 306, 404}) {
      CHECK_FALSE(is_redirect_status(status));
    }
    struct Case {
      int status;
      const char* method;
      const char* expected;
    };
    const Case cases[] = {
        {301, "GET", "GET"},   {301, "POST", "GET"},  {302, "POST", "GET"},  {303, "POST", "GET"},
        {303, "HEAD", "HEAD"}, {307, "POST", "POST"}, {308, "POST", "POST"}, {302, "HEAD", "HEAD"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.status);
      CHECK(method_after_redirect(c.status, c.method) == c.expected);
    }
  }

  TEST_CASE("RedirectChain finds loops and counts hops") {
    RedirectChain chain(3);
    chain.restart("http://a.test/");
    CHECK(chain.follow("http://b.test/") == NetError::none);
    CHECK(chain.follow("http://a.test/") == NetError::redirect_loop);
    // Back at a visited URL with new cookies: the site is setting up a session.
    CHECK(chain.follow("http://a.test/", "session=1") == NetError::none);
    CHECK(chain.follow("http://c.test/") == NetError::none);
    CHECK(chain.follow("http://d.test/") == NetError::too_many_redirects);
    chain.restart("http://a.test/");
    CHECK(chain.redirects() == 0);
    CHECK(chain.follow("http://b.test/") == NetError::none);
  }

  TEST_CASE("redirects against a live server") {
    test::LoopbackServer server([](httplib::Server& s) {
      const auto redirect = [](int status, std::string location) {
        return [status, location](const httplib::Request&, httplib::Response& res) {
          res.status = status;
          res.set_header("Location", location);
        };
      };
      s.Get("/chain/a", redirect(301, "/chain/b"));          // absolute path
      s.Get("/chain/b", redirect(302, "c"));                 // relative
      s.Get("/chain/c", redirect(307, "../chain/d?x=1"));    // dot segments, query
      s.Get("/chain/d", redirect(308, "//final.test/end"));  // scheme-relative, other host
      s.Get("/end", [](const httplib::Request& req, httplib::Response& res) {
        res.set_content("end at " + req.get_header_value("Host"), "text/plain");
      });
      s.Get("/loop/a", redirect(302, "/loop/b"));
      s.Get("/loop/b", redirect(302, "/loop/a"));
      s.Get(R"(/hop/(\d+))", [](const httplib::Request& req, httplib::Response& res) {
        const int left = std::stoi(req.matches[1]);
        if (left == 0) {
          res.set_content("arrived", "text/plain");
          return;
        }
        res.status = 302;
        res.set_header("Location", std::to_string(left - 1));
      });
      s.Get("/session", [](const httplib::Request& req, httplib::Response& res) {
        if (req.get_header_value("Cookie").find("s=1") != std::string::npos) {
          res.set_content("with session", "text/plain");
          return;
        }
        res.status = 302;
        res.set_header("Set-Cookie", "s=1; Path=/");
        res.set_header("Location", "/session-set");
      });
      s.Get("/session-set", redirect(302, "/session"));
      s.Post("/form", redirect(303, "/method"));
      s.Post("/keep", redirect(307, "/method"));
      s.Post("/method", [](const httplib::Request& req, httplib::Response& res) {
        res.set_content("POST " + req.body, "text/plain");
      });
      s.Get("/method", [](const httplib::Request& req, httplib::Response& res) {
        res.set_content(req.method, "text/plain");
      });
      s.Get("/no-follow", redirect(301, "/end"));
      s.Get("/to-mailto", redirect(302, "mailto:editor@example.org"));
    });
    REQUIRE(server.ok());
    auto options = test::fast_options();
    options.connect_to = {server.connect_to("final.test")};
    auto engine = citecheck::make_curl_engine(options);

    SUBCASE("301 302 307 308 with relative Locations, every hop recorded") {
      const auto r = engine->fetch(test::get(server.url("/chain/a")));
      CHECK(r.error == NetError::none);
      CHECK(r.status == 200);
      CHECK(r.body == "end at final.test");
      CHECK(r.final_url == "http://final.test/end");
      REQUIRE(r.hops.size() == 5);
      const int statuses[] = {301, 302, 307, 308, 200};
      const std::string locations[] = {server.url("/chain/b"), server.url("/chain/c"),
                                       server.url("/chain/d?x=1"), "http://final.test/end", ""};
      for (std::size_t i = 0; i < 5; ++i) {
        CAPTURE(i);
        CHECK(r.hops[i].status == statuses[i]);
        CHECK(r.hops[i].location == locations[i]);
      }
      CHECK(r.hops[0].url == server.url("/chain/a"));
      CHECK(r.hops[4].url == "http://final.test/end");
      CHECK_FALSE(r.hops[0].headers.empty());
    }
    SUBCASE("a loop") {
      const auto r = engine->fetch(test::get(server.url("/loop/a")));
      CHECK(r.error == NetError::redirect_loop);
      CHECK(r.status == 0);
      CHECK(r.hops.size() == 2);
      CHECK(r.error_text.find("/loop/a") != std::string::npos);
    }
    SUBCASE("10 hops are followed, 11 are too many") {
      const auto ten = engine->fetch(test::get(server.url("/hop/10")));
      CHECK(ten.status == 200);
      CHECK(ten.body == "arrived");
      CHECK(ten.hops.size() == 11);
      const auto eleven = engine->fetch(test::get(server.url("/hop/11")));
      CHECK(eleven.error == NetError::too_many_redirects);
      CHECK(eleven.status == 0);
      CHECK(eleven.hops.size() == 11);
    }
    SUBCASE("a cookie set along the chain is sent back, so a session set-up is no loop") {
      const auto r = engine->fetch(test::get(server.url("/session")));
      CHECK(r.error == NetError::none);
      CHECK(r.status == 200);
      CHECK(r.body == "with session");
    }
    SUBCASE("303 turns POST into GET, 307 keeps POST and its body") {
      auto form = test::get(server.url("/form"));
      form.method = "POST";
      form.body = "q=1";
      const auto after_303 = engine->fetch(form);
      CHECK(after_303.body == "GET");
      CHECK(after_303.method == "GET");
      form.url = server.url("/keep");
      const auto after_307 = engine->fetch(form);
      CHECK(after_307.body == "POST q=1");
      CHECK(after_307.method == "POST");
    }
    SUBCASE("follow_redirects = false returns the 3xx") {
      auto request = test::get(server.url("/no-follow"));
      request.follow_redirects = false;
      const auto r = engine->fetch(request);
      CHECK(r.status == 301);
      CHECK(r.header("Location") == "/end");
      REQUIRE(r.hops.size() == 1);
      CHECK(r.hops[0].location == server.url("/end"));
    }
    SUBCASE("a Location that is not the web ends the chain at the 3xx") {
      const auto r = engine->fetch(test::get(server.url("/to-mailto")));
      CHECK(r.error == NetError::none);
      CHECK(r.status == 302);
    }
  }
}

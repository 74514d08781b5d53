#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <citecheck/engine.hpp>

using citecheck::HttpResponse;

TEST_SUITE("engine") {
  TEST_CASE("serialize_response and parse_response round-trip") {
    HttpResponse original;
    original.url = "http://example.org/a";
    original.final_url = "https://example.org/b";
    original.method = "GET";
    original.status = 200;
    original.headers = {{"Content-Type", "text/html"}, {"X-Multi", "1"}, {"X-Multi", "2"}};
    original.hops = {{"http://example.org/a", 301, "https://example.org/b", {{"Location", "/b"}}},
                     {"https://example.org/b", 200, "", {}}};
    original.body_truncated = true;
    original.attempts = 2;
    original.seconds = 0.25;

    for (const std::string& body :
         {std::string("<p>caf\xc3\xa9</p>"), std::string("%PDF-1.7\n\xff\xfe\x00\x01", 13),
          std::string(), std::string("\xed\xa0\x80", 3)}) {
      CAPTURE(body.size());
      original.body = body;
      const auto parsed = citecheck::parse_response(citecheck::serialize_response(original));
      REQUIRE(parsed);
      CHECK(parsed->body == body);
      CHECK(parsed->url == original.url);
      CHECK(parsed->final_url == original.final_url);
      CHECK(parsed->status == 200);
      CHECK(parsed->headers == original.headers);
      REQUIRE(parsed->hops.size() == 2);
      CHECK(parsed->hops[0].location == "https://example.org/b");
      CHECK(parsed->hops[0].headers == original.hops[0].headers);
      CHECK(parsed->body_truncated);
      CHECK(parsed->attempts == 2);
      CHECK_FALSE(parsed->from_cache);
    }
    HttpResponse failed;
    failed.error = citecheck::NetError::redirect_loop;
    failed.error_text = "loop";
    const auto back = citecheck::parse_response(citecheck::serialize_response(failed));
    REQUIRE(back);
    CHECK(back->error == citecheck::NetError::redirect_loop);
  }

  TEST_CASE("parse_response refuses damaged values") {
    for (const char* text : {"", "{", "[]", "{\"url\": 1}", "{\"status\": 200}"}) {
      CAPTURE(text);
      CHECK_FALSE(citecheck::parse_response(text));
    }
    // A status no int can hold: refused, never cast (undefined behaviour).
    citecheck::HttpResponse sample;
    sample.url = sample.final_url = "http://a.test/";
    sample.method = "GET";
    sample.status = 200;
    sample.hops = {{"http://a.test/", 200, "", {}}};
    const std::string good = citecheck::serialize_response(sample);
    REQUIRE(citecheck::parse_response(good));
    for (const char* bad : {"1e300", "-1e300", "4294967296", "\"200\""}) {
      CAPTURE(bad);
      nlohmann::json damaged = nlohmann::json::parse(good);
      damaged["status"] = nlohmann::json::parse(bad);
      CHECK_FALSE(citecheck::parse_response(damaged.dump()));
      damaged = nlohmann::json::parse(good);
      damaged["hops"][0]["status"] = nlohmann::json::parse(bad);
      CHECK_FALSE(citecheck::parse_response(damaged.dump()));
    }
  }
}

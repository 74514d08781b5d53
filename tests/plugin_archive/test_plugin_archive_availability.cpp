#include <doctest/doctest.h>

#include "random_text.hpp"

#include "availability.hpp"

namespace archive = citecheck::plugins::archive;

TEST_SUITE("plugin_archive") {
  TEST_CASE("availability answers") {
    struct Case {
      const char* body;
      std::size_t captures;
      int status;
      bool error;
    };
    const Case cases[] = {
        {R"({"url":"example.com","archived_snapshots":{"closest":{"status":"200","available":true,
            "url":"http://web.archive.org/web/20060101213916/http://example.com:80/",
            "timestamp":"20060101213916"}},"timestamp":"20060101"})",
         1, 200, false},
        {R"({"archived_snapshots":{"closest":{"status":"404","available":true,
            "url":"http://web.archive.org/web/20060101213916/http://example.com/",
            "timestamp":"20060101213916"}}})",
         1, 404, false},
        {R"({"archived_snapshots":{"closest":{"status":302,"available":true,
            "url":"http://web.archive.org/web/20060101213916/http://example.com/",
            "timestamp":"20060101213916"}}})",
         1, 302, false},
        {R"({"url":"example.com","archived_snapshots":{}})", 0, 0, false},
        {R"({"archived_snapshots":{"closest":{"available":false,"url":"x","timestamp":"2006"}}})",
         0, 0, false},
        {R"({"archived_snapshots":{"closest":{"url":"x"}}})", 0, 0, true},
        {R"({"archived_snapshots":{"closest":{"url":"x","timestamp":"soon"}}})", 0, 0, true},
        {R"({"archived_snapshots":[]})", 0, 0, true},
        {R"({"url":"example.com"})", 0, 0, true},
        {R"([1,2,3])", 0, 0, true},
        {R"({"url":"example.com","archived_snapshots":{"clos)", 0, 0, true},
        {"<html>Service Unavailable</html>", 0, 0, true},
        {"", 0, 0, true},
    };
    for (const auto& test : cases) {
      CAPTURE(test.body);
      const auto answer = archive::parse_availability(test.body);
      CHECK(answer.captures.size() == test.captures);
      CHECK(answer.error.empty() == !test.error);
      if (!answer.captures.empty()) {
        CHECK(answer.captures[0].status == test.status);
        CHECK(answer.captures[0].source == "availability");
        CHECK(answer.captures[0].timestamp == "20060101213916");
        // The http:// replay URL is asked over https, where it redirects anyway.
        CHECK(answer.captures[0].snapshot_url.rfind("https://web.archive.org/web/", 0) == 0);
      }
    }
  }

  TEST_CASE("availability request") {
    const auto request = archive::availability_request(
        "https://archive.org/wayback/available", "http://example.com/a?b=1",
        *archive::parse_wayback_timestamp("20190601"));
    CHECK(request.url ==
          "https://archive.org/wayback/available?url=http%3A%2F%2Fexample.com%2Fa%3Fb%3D1&"
          "timestamp=20190601");
    CHECK(request.method == "GET");
    const auto extra = archive::availability_request("http://127.0.0.1:9/available?key=1", "x",
                                                     *archive::parse_wayback_timestamp("2019"));
    CHECK(extra.url == "http://127.0.0.1:9/available?key=1&url=x&timestamp=20190101");
  }
  TEST_CASE("random and oversized availability answers") {
    for (const auto& text : citecheck::test::random_texts(2000)) {
      const auto answer = archive::parse_availability(text);
      CHECK((answer.error.empty() || answer.captures.empty()));
    }
  }
}

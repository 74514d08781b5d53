#include <doctest/doctest.h>

#include "random_text.hpp"

#include "cdx.hpp"

namespace archive = citecheck::plugins::archive;

TEST_SUITE("plugin_archive") {
  TEST_CASE("CDX JSON answers") {
    struct Case {
      const char* body;
      std::size_t captures;
      bool error;
    };
    const Case cases[] = {
        {R"([["timestamp","original","statuscode","mimetype"],
             ["20171124151315","https://www.fws.gov/birds/","200","text/html"],
             ["20171228222143","https://www.fws.gov/birds/","-","warc/revisit"]])",
         2, false},
        // A server that ignored `fl`: default field order.
        {R"([["urlkey","timestamp","original","mimetype","statuscode","digest","length"],
             ["org,archive)/","19970126045828","http://www.archive.org:80/","text/html","200",
              "Q4YULN754FHV2U6Q5JUT6Q2P57WEWNNY","1415"]])",
         1, false},
        // The blank row before a resume key ends the captures.
        {R"([["timestamp","original"],["20171124151315","http://a.b/"],[],["resumekey"]])", 1,
         false},
        // Unreadable rows are skipped, not fatal.
        {R"([["timestamp","original"],["2017","http://a.b/"],["20171124151315",""],[1,2],
             ["20171124151315","http://a.b/"]])",
         1, false},
        {"[]", 0, false},
        {"", 0, false},
        {"\n", 0, false},
        {R"([["timestamp","original"]])", 0, false},
        {R"([["urlkey","digest"],["x","y"]])", 0, true},
        {R"({"rows":[]})", 0, true},
        {R"([["timestamp","original"],["20171124151315","http://a)", 0, true},
        {"org,archive)/ 19970126045828 http://www.archive.org:80/ text/html 200 Q4 1415", 0, true},
        {R"(["timestamp","original"])", 0, true},
    };
    for (const auto& test : cases) {
      CAPTURE(test.body);
      const auto answer = archive::parse_cdx(test.body, "https://web.archive.org/web/");
      CHECK(answer.captures.size() == test.captures);
      CHECK(answer.error.empty() == !test.error);
    }
    const auto answer = archive::parse_cdx(
        R"([["timestamp","original","statuscode","mimetype"],
            ["20171124151315","https://www.fws.gov/birds/","404","text/html"]])",
        "https://web.archive.org/web/");
    REQUIRE(answer.captures.size() == 1);
    CHECK(answer.captures[0].status == 404);
    CHECK(archive::archived_error(answer.captures[0]));
    CHECK(answer.captures[0].snapshot_url ==
          "https://web.archive.org/web/20171124151315/https://www.fws.gov/birds/");
    CHECK(answer.captures[0].source == "cdx");
  }

  TEST_CASE("CDX request asks for the captures closest to the cited time") {
    const auto request =
        archive::cdx_request("https://web.archive.org/cdx/search/cdx", "http://a.b/c",
                             *archive::parse_wayback_timestamp("20190601"));
    CHECK(request.url ==
          "https://web.archive.org/cdx/search/cdx?url=http%3A%2F%2Fa.b%2Fc&output=json&"
          "fl=timestamp,original,statuscode,mimetype&closest=20190601000000&sort=closest&"
          "filter=%21statuscode%3A%5B45%5D..&limit=12");
  }
  TEST_CASE("random and oversized CDX answers") {
    for (const auto& text : citecheck::test::random_texts(2000)) {
      const auto answer = archive::parse_cdx(text, "https://web.archive.org/web/");
      CHECK((answer.error.empty() || answer.captures.empty()));
    }
  }
}

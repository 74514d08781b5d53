#include <doctest/doctest.h>

#include "random_text.hpp"

#include "memento.hpp"

namespace archive = citecheck::plugins::archive;

TEST_SUITE("plugin_archive") {
  TEST_CASE("Link headers of mementos and TimeGates") {
    // Recorded from the Wayback Machine (reference section 3.3), shortened.
    const std::string recorded =
        R"(<https://www.fws.gov/birds/>; rel="original", <https://web.archive.org/web/timemap/link/https://www.fws.gov/birds/>; rel="timemap"; type="application/link-format", <https://web.archive.org/web/https://www.fws.gov/birds/>; rel="timegate", <https://web.archive.org/web/20050323155300/http://www.fws.gov:80/birds>; rel="first memento"; datetime="Wed, 23 Mar 2005 15:53:00 GMT", <https://web.archive.org/web/20170929002712/https://www.fws.gov/birds/>; rel="prev memento"; datetime="Fri, 29 Sep 2017 00:27:12 GMT", <https://web.archive.org/web/20171124151315/https://www.fws.gov/birds/>; rel="memento"; datetime="Fri, 24 Nov 2017 15:13:15 GMT", <https://web.archive.org/web/20171228222143/https://www.fws.gov/birds/>; rel="next memento"; datetime="Thu, 28 Dec 2017 22:21:43 GMT")";
    const auto links = archive::parse_link_header(recorded);
    REQUIRE(links.size() == 7);
    CHECK(links[0].has("original"));
    CHECK(links[0].uri == "https://www.fws.gov/birds/");
    CHECK(links[1].has("timemap"));
    CHECK(links[3].has("first"));
    CHECK(links[3].has("memento"));
    CHECK(links[5].datetime == "Fri, 24 Nov 2017 15:13:15 GMT");
    const auto mementos = archive::mementos_of(links);
    REQUIRE(mementos.size() == 4);
    CHECK(mementos[0].timestamp == "20050323155300");
    CHECK(mementos[0].original == "http://www.fws.gov:80/birds");
    CHECK(mementos[2].snapshot_url ==
          "https://web.archive.org/web/20171124151315/https://www.fws.gov/birds/");
    CHECK(mementos[2].source == "memento");
  }

  TEST_CASE("damaged Link headers lose only the damaged entries") {
    const std::pair<const char*, std::size_t> cases[] = {
        {"", 0},
        {"garbage", 0},
        {"<http://a.b/>", 1},
        {"<http://a.b/>; rel=original", 1},
        {"<http://a.b/>; rel=\"memento\"; datetime=\"Fri, 24 Nov 2017 15:13:15 GMT\", <", 1},
        {"<http://a.b/>; rel=\"memento; datetime=\"x", 1},
        {"<>; rel=\"memento\", <http://c.d/>; rel=\"memento\"", 1},
        {"<http://a.b/>;;; rel, <http://c.d/>; =x; rel=\"memento\"", 2},
    };
    for (const auto& [header, count] : cases) {
      CAPTURE(header);
      CHECK(archive::parse_link_header(header).size() == count);
    }
    // A memento link without a readable datetime is not offered as a capture.
    CHECK(archive::mementos_of(
              archive::parse_link_header("<http://a.b/>; rel=\"memento\"; datetime=\"soon\""))
              .empty());
  }

  TEST_CASE("TimeGate request") {
    const auto request =
        archive::timegate_request("http://timetravel.mementoweb.org/timegate/", "http://a.b/c",
                                  *archive::parse_wayback_timestamp("20070531203500"));
    CHECK(request.url == "http://timetravel.mementoweb.org/timegate/http://a.b/c");
    CHECK_FALSE(request.follow_redirects);
    REQUIRE(request.headers.size() == 1);
    CHECK(request.headers[0].first == "Accept-Datetime");
    CHECK(request.headers[0].second == "Thu, 31 May 2007 20:35:00 GMT");
  }
  TEST_CASE("random and oversized Link headers") {
    for (const auto& text : citecheck::test::random_texts(2000)) {
      const auto links = archive::parse_link_header(text);
      CHECK(links.size() <= text.size());
      (void)archive::mementos_of(links);
    }
  }
}

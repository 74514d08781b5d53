#include <doctest/doctest.h>

#include "random_text.hpp"

#include <tuple>

#include "timestamps.hpp"

namespace archive = citecheck::plugins::archive;

TEST_SUITE("plugin_archive") {
  TEST_CASE("ISO dates, partial ones standing for their middle") {
    const std::pair<const char*, const char*> cases[] = {
        {"2019-05-04", "20190504000000"},
        {"2019-05", "20190515000000"},
        {"2019", "20190701000000"},
        {" 2019-05-04 ", "20190504000000"},
        {"2013-01-15T10:20:33Z", "20130115102033"},
        {"2013-01-15 10:20:33", "20130115102033"},
        {"2019-02-30", ""},
        {"2019-13", ""},
        {"19-05-04", ""},
        {"", ""},
        {"1850", ""},
        {"2019/05/04", ""},
        {"2019-05-04T25:00:00Z", ""},
        {"May 2019", ""},
    };
    for (const auto& [text, expected] : cases) {
      CAPTURE(text);
      const auto time = archive::parse_iso_date(text);
      CHECK((time ? archive::wayback_timestamp(*time) : std::string()) == expected);
    }
  }

  TEST_CASE("Wayback timestamps of 4 to 14 digits") {
    const std::pair<const char*, const char*> cases[] = {
        {"20171124151315", "20171124151315"},
        {"2017", "20170101000000"},
        {"201711", "20171101000000"},
        {"20171124", "20171124000000"},
        {"2017112415", "20171124150000"},
        {"201", ""},
        {"201711241513150", ""},
        {"2017a", ""},
        {"20171324", ""},
        {"20170230", ""},
    };
    for (const auto& [text, expected] : cases) {
      CAPTURE(text);
      const auto time = archive::parse_wayback_timestamp(text);
      CHECK((time ? archive::wayback_timestamp(*time) : std::string()) == expected);
    }
  }

  TEST_CASE("HTTP dates both ways") {
    const std::pair<const char*, const char*> cases[] = {
        {"Fri, 24 Nov 2017 15:13:15 GMT", "20171124151315"},
        {"24 Nov 2017 15:13:15 GMT", "20171124151315"},
        {"Thu, 31 May 2007 20:35:00 GMT", "20070531203500"},
        {"Thu, 31 Foo 2007 20:35:00 GMT", ""},
        {"yesterday", ""},
        {"", ""},
    };
    for (const auto& [text, expected] : cases) {
      CAPTURE(text);
      const auto time = archive::parse_http_date(text);
      CHECK((time ? archive::wayback_timestamp(*time) : std::string()) == expected);
    }
    const auto time = archive::parse_wayback_timestamp("20070531203500");
    REQUIRE(time);
    CHECK(archive::http_date(*time) == "Thu, 31 May 2007 20:35:00 GMT");
    CHECK(archive::iso_day(*time) == "2007-05-31");
    CHECK(archive::iso_datetime(*time) == "2007-05-31T20:35:00Z");
    CHECK(archive::wayback_day(*time) == "20070531");
  }

  TEST_CASE("distance in calendar days, either way") {
    const std::tuple<const char*, const char*, long> cases[] = {
        {"20190601000000", "20190620235959", 19},  {"20190620000000", "20190601000000", 19},
        {"20190601000000", "20190601235959", 0},   {"20191231235959", "20200101000000", 1},
        {"20200101000000", "20210101000000", 366},
    };
    for (const auto& [a, b, days] : cases) {
      CAPTURE(a);
      CAPTURE(b);
      CHECK(archive::distance_days(*archive::parse_wayback_timestamp(a),
                                   *archive::parse_wayback_timestamp(b)) == days);
    }
  }
  TEST_CASE("random dates") {
    for (const auto& text : citecheck::test::random_texts(2000, 40)) {
      for (const auto time : {archive::parse_iso_date(text), archive::parse_wayback_timestamp(text),
                              archive::parse_http_date(text)}) {
        if (time) {
          CHECK(archive::wayback_timestamp(*time).size() == 14);
        }
      }
    }
  }
}

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "dates.hpp"

using citecheck::plugins::news::find_dates;

TEST_SUITE("plugin_news") {
  TEST_CASE("dates: the forms citations print, as ISO") {
    struct Case {
      std::string text;
      std::vector<std::string> expected;  // iso() of each date found, in order
    };
    const Case cases[] = {
        {"", {}},
        {"no dates here", {}},
        {"15 April 2013", {"2013-04-15"}},
        {"April 15, 2013", {"2013-04-15"}},
        {"June 19, 2014", {"2014-06-19"}},
        {"2013-04-15", {"2013-04-15"}},
        {"15.04.2013", {"2013-04-15"}},
        {"04/15/2013", {"2013-04-15"}},
        {"15/04/2013", {"2013-04-15"}},
        {"04/05/2013", {}},  // day-month or month-day: nothing tells
        {"April 3 (2019)", {"2019-04-03"}},
        {"(2020, May 3)", {"2020-05-03"}},
        {"Sept. 5, 2020", {"2020-09-05"}},
        {"1st March 2015", {"2015-03-01"}},
        {"1er mars 2015", {"2015-03-01"}},
        {"3 de marzo de 2025", {"2025-03-03"}},
        {"12 février 2024", {"2024-02-12"}},
        {"March 2015", {"2015-03"}},
        {"24 June", {""}},
        {"(2014)", {"2014"}},
        {"Bombande (2014), 'Title', 24 June", {"2014", ""}},
        {"S/2014/692 and S/RES/2100 (2013)", {"2013"}},
        {"you may 5 times", {}},         // 'may' in lower case is a verb
        {"32 March 2015", {"2015-03"}},  // no such day: month and year stay
        {"2013-13-01", {}},
        {"15 April 2013, accessed 2 May 2020", {"2013-04-15", "2020-05-02"}},
    };
    for (const auto& c : cases) {
      CAPTURE(c.text);
      std::vector<std::string> got;
      for (const auto& date : find_dates(c.text)) {
        got.push_back(date.iso());
      }
      CHECK(got == c.expected);
    }
  }

  TEST_CASE("dates: access dates are marked, publication dates are not") {
    const auto dates = find_dates(
        "Title, 15 April 2013, accessed on 2 May 2020; retrieved 3 May 2020; "
        "consulté le 4 mai 2020");
    REQUIRE(dates.size() == 4);
    CHECK_FALSE(dates[0].access);
    CHECK(dates[1].access);
    CHECK(dates[2].access);
    CHECK(dates[3].access);
  }

  TEST_CASE("dates: spans point at the date text") {
    const std::string text = "Reuters, 20 February 2025, available";
    const auto dates = find_dates(text);
    REQUIRE(dates.size() == 1);
    CHECK(text.substr(dates[0].begin, dates[0].end - dates[0].begin) == "20 February 2025");
  }

  TEST_CASE("dates: long garbage stays linear and finds nothing odd") {
    const std::string garbage(200000, '9');
    CHECK(find_dates(garbage).empty());
    std::string many;
    for (int i = 0; i < 2000; ++i) {
      many += "1 May 2020, ";
    }
    CHECK(find_dates(many).size() == 2000);
  }
}

#include <doctest/doctest.h>

#include <optional>

#include "sc_resolution_years.hpp"

using citecheck::plugins::un_documents::sc_resolution_year;
using citecheck::plugins::un_documents::sc_resolution_year_matches;

namespace {

struct Case {
  int number;
  std::optional<int> year;
};

}  // namespace

TEST_SUITE("plugin_un_documents") {
  TEST_CASE("sc years: boundaries on both sides") {
    const Case cases[] = {
        {1, 1946},
        {15, 1946},
        {16, std::nullopt},
        {242, std::nullopt},
        {606, std::nullopt},
        {607, 1988},
        {626, 1988},
        {627, 1989},
        {646, 1989},
        {647, 1990},
        {678, 1990},
        {683, 1990},
        {684, 1991},
        {687, 1991},
        {725, 1991},
        {726, 1992},
        {799, 1992},
        {800, 1993},
        {892, 1993},
        {893, 1994},
        {955, 1994},
        {970, 1995},
        {1031, 1995},
        {1036, 1996},
        {1093, 1997},
        {1147, 1998},
        {1220, 1999},
        {1244, 1999},
        {1284, 1999},
        {1285, 2000},
        {1325, 2000},
        {1334, 2000},
        {1335, 2001},
        {1373, 2001},
        {1386, 2001},
        {1387, 2002},
        {1454, 2002},
        {1455, 2003},
        {1521, 2003},
        {1522, 2004},
        {1580, 2004},
        {1581, 2005},
        {1651, 2005},
        {1652, 2006},
        {1701, 2006},
        {1738, 2006},
        {1739, 2007},
        {1794, 2007},
        {1795, 2008},
        {1859, 2008},
        {1860, 2009},
        {1907, 2009},
        {1908, 2010},
        {1966, 2010},
        {1967, 2011},
        {1973, 2011},
        {2032, 2011},
        {2033, 2012},
        {2085, 2012},
        {2086, 2013},
        {2100, 2013},
        {2132, 2013},
        {2133, 2014},
        {2164, 2014},
        {2195, 2014},
        {2196, 2015},
        {2259, 2015},
        {2260, 2016},
        {2334, 2016},
        {2336, 2016},
        {2337, 2017},
        {2397, 2017},
        {2398, 2018},
        {2451, 2018},
        {2452, 2019},
        {2503, 2019},
        {2504, 2020},
        {2560, 2020},
        {2561, 2021},
        {2617, 2021},
        {2618, 2022},
        {2671, 2022},
        {2672, 2023},
        {2700, 2023},
        {2719, 2023},
        {2720, 2023},
        {2721, 2023},
        {2722, 2024},
        {2752, 2024},
        {2767, 2024},
        {2768, 2025},
        {2808, 2025},
        {2809, std::nullopt},
        {9999, std::nullopt},
        {0, std::nullopt},
        {-5, std::nullopt},
    };
    for (const Case& c : cases) {
      CAPTURE(c.number);
      CHECK(sc_resolution_year(c.number) == c.year);
    }
  }

  TEST_CASE("sc years: matching a printed year") {
    CHECK(sc_resolution_year_matches(2100, 2013) == std::optional<bool>(true));
    CHECK(sc_resolution_year_matches(2100, 2014) == std::optional<bool>(false));
    CHECK(sc_resolution_year_matches(242, 1967) == std::nullopt);
  }
}

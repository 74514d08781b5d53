#include "sc_resolution_years.hpp"

#include <array>

namespace citecheck::plugins::un_documents {

namespace {

/// One row: the first resolution number of a run and the year it belongs to. A year of 0
/// starts a run whose years the table does not know. A number belongs to the row with the
/// largest `first` not above it.
struct YearStart {
  int first;
  int year;
};

// Why these rows, and only these: each boundary below was checked against the number of
// resolutions the Council adopted in that year (its annual "Highlights of Security Council
// Practice" / press round-ups: 47 in 2013, 50 in 2023, 54 in 2022, 589 for 2014-2023) and
// against resolutions whose adoption dates are well known: 605 (22 Dec 1987), 607 (5 Jan
// 1988), 626 (20 Dec 1988), 647 (11 Jan 1990), 683 (Dec 1990), 726 (6 Jan 1992), 800
// (8 Jan 1993), 893 (6 Jan 1994), 1284 (17 Dec 1999), 1454 (30 Dec 2002), 1455 (17 Jan
// 2003), 1580/1581, 1737-1739, 2085 (20 Dec 2012), 2086 (21 Jan 2013), 2132/2133,
// 2195/2196, 2336/2337, 2719-2721 (Dec 2023), 2722 (10 Jan 2024), 2752 (2024), 2808 (2025).
// 1947-1987 are left unknown: the boundaries there could not be confirmed, and a wrong
// year in a normalized symbol is worse than none.
constexpr std::array<YearStart, 41> k_year_starts{{
    {1, 1946},
    {16, 0},
    {607, 1988},
    {627, 1989},
    {647, 1990},
    {684, 1991},
    {726, 1992},
    {800, 1993},
    {893, 1994},
    {970, 1995},
    {1036, 1996},
    {1093, 1997},
    {1147, 1998},
    {1220, 1999},
    {1285, 2000},
    {1335, 2001},
    {1387, 2002},
    {1455, 2003},
    {1522, 2004},
    {1581, 2005},
    {1652, 2006},
    {1739, 2007},
    {1795, 2008},
    {1860, 2009},
    {1908, 2010},
    {1967, 2011},
    {2033, 2012},
    {2086, 2013},
    {2133, 2014},
    {2196, 2015},
    {2260, 2016},
    {2337, 2017},
    {2398, 2018},
    {2452, 2019},
    {2504, 2020},
    {2561, 2021},
    {2618, 2022},
    {2672, 2023},
    {2722, 2024},
    {2768, 2025},
    // The last number known to be adopted: later ones may fall in 2025 or after.
    {2809, 0},
}};

}  // namespace

std::optional<int> sc_resolution_year(int number) {
  if (number < 1) {
    return std::nullopt;
  }
  int year = 0;
  for (const YearStart& row : k_year_starts) {
    if (row.first > number) {
      break;
    }
    year = row.year;
  }
  if (year == 0) {
    return std::nullopt;
  }
  return year;
}

std::optional<bool> sc_resolution_year_matches(int number, int year) {
  const auto known = sc_resolution_year(number);
  if (!known) {
    return std::nullopt;
  }
  return *known == year;
}

}  // namespace citecheck::plugins::un_documents

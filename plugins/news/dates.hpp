#pragma once
// Dates as citations print them, in English, French and Spanish: "15 April 2013",
// "April 15, 2013", "April 3 (2019)", "(2020, May 3)", "2013-04-15", "15.04.2013",
// "1er mars 2015", "3 de marzo de 2025", "March 2015", "24 June" (year given elsewhere).

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace citecheck::plugins::news {

/// One date found in a text. `month` and `day` are 0 where the text does not give them;
/// `year` is 0 for a day and month without a year.
struct FoundDate {
  std::size_t begin = 0;
  std::size_t end = 0;
  int year = 0;
  int month = 0;
  int day = 0;
  /// Preceded by "accessed", "retrieved", "consulté", ...: when it was read, not published.
  bool access = false;

  /// "2013-04-15", "2013-04", "2013"; "" without a year.
  std::string iso() const;
};

/// All dates in `text`, in order, without overlaps.
std::vector<FoundDate> find_dates(std::string_view text);

}  // namespace citecheck::plugins::news

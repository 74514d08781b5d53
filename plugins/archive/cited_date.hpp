#pragma once
// The date the author saw a cited page: what the archived copy should be nearest to.

#include <optional>
#include <string>

#include <citecheck/citation.hpp>

#include "timestamps.hpp"

namespace citecheck::plugins::archive {

/// A date and where it came from.
struct CitedDate {
  Seconds time;
  std::string text;    ///< as written ("2019-05-04", "2019")
  std::string source;  ///< "accessed", "issued", "document", "today"
};

/// The citation's `accessed` date, else its `issued` date, else the document's date, else
/// `today`: the first one that reads as a date.
CitedDate cited_date(const Citation& citation, const std::string& document_date, Seconds today);

}  // namespace citecheck::plugins::archive

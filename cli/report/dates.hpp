#pragma once
// ISO dates ("2014", "2014-06", "2014-06-19") -> year, month, day.

#include <optional>
#include <string_view>
#include <vector>

namespace citecheck::cli {

/// The parts of an ISO date, 1 to 3 numbers; nullopt when `iso` is not one.
std::optional<std::vector<int>> date_parts(std::string_view iso);

}  // namespace citecheck::cli

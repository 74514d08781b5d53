#pragma once
// Repairs of symbols that text extraction damaged. Each returns the Repair it made so the
// citation records it: nothing is changed silently.

#include <optional>
#include <string>
#include <string_view>

#include <citecheck/citation.hpp>

namespace citecheck::plugins::un_documents {

/// A footnote number run into the end of a symbol by extraction: "S/RES/2100.6" where the
/// next footnote "6" followed. Real components with a dot start with letters ("PV.7274",
/// "CN.4", "Add.1"), so a number-dot-number final component is glue. Cuts `component`
/// ("2100.6" -> "2100") and returns the repair; nullopt when the component is not glued.
std::optional<Repair> strip_glued_digit(std::string& component, std::string_view printed);

/// The repair for a symbol broken across a line ("United Nations S/" + newline + "RES/2164",
/// displayed as "S/ RES/2164") and joined again.
Repair joined_across_lines(std::string_view printed, std::string_view joined);

}  // namespace citecheck::plugins::un_documents

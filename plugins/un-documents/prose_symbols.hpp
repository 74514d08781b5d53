#pragma once
// Symbols that a citation names in words: "Security Council resolution 2700 (2023)" is
// S/RES/2700 (2023), "General Assembly resolution 55/2" and "resolution 55/2" are
// A/RES/55/2, "Resolution S-10/2" is A/RES/S-10/2. Each derived symbol carries a repair
// saying it was derived, so a reader can tell it from one printed as such.

#include <string_view>
#include <vector>

#include "symbol_scanner.hpp"

namespace citecheck::plugins::un_documents {

/// Resolutions named in prose in `text`, with the span of each number as printed.
/// Decisions ("decision 50/411") and draft resolutions have no resolution symbol and are
/// not derived; a bare number with no organ named ("resolution 1325") is ambiguous and left.
std::vector<SymbolHit> derive_symbols(std::string_view text);

}  // namespace citecheck::plugins::un_documents

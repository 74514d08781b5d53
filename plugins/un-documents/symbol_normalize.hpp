#pragma once
// The normalized form of a symbol as the gold files and the UN catalogue write it:
// "S/RES/2100 (2013)" with one space before the qualifier and the year of a Security
// Council resolution supplied where the text left it off.

#include <optional>

#include <citecheck/citation.hpp>

#include "symbol_grammar.hpp"

namespace citecheck::plugins::un_documents {

/// Spacing inside the qualifier as the UN prints it: "Resumption1" -> "Resumption 1",
/// "PartI" -> "Part I", runs of spaces folded.
void normalize_qualifier(Symbol& symbol);

/// Adds the year to a Security Council resolution printed without one ("S/RES/2164" ->
/// "S/RES/2164 (2014)") and returns the repair that records it; nullopt when the symbol is
/// no such resolution, already has its year, or the year table does not know the number.
std::optional<Repair> fill_resolution_year(Symbol& symbol);

/// Case as the UN prints symbols, for symbols read from URLs that lower-case them
/// ("a/res/79/1" -> "A/RES/79/1", "add.1" -> "Add.1").
void canonical_case(Symbol& symbol);

}  // namespace citecheck::plugins::un_documents

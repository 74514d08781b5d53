#pragma once
// Finds UN document symbols printed in a citation's text ("S/RES/2100 (2013)", "S/PV.7274",
// "NPT/CONF.2000/28 (Parts I and II)") and in the URLs of UN document services, repairing
// what extraction broke (glued footnote numbers, symbols split at a line end).

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <citecheck/citation.hpp>

namespace citecheck::plugins::un_documents {

/// One symbol found in a text: normalized, where it was printed, and how it was repaired.
struct SymbolHit {
  std::string symbol;  ///< normalized ("S/RES/2100 (2013)")
  std::size_t begin = 0;
  std::size_t end = 0;
  std::vector<Repair> repairs;
  bool derived = false;  ///< from prose ("Security Council resolution 2700 (2023)")
  bool in_url = false;   ///< named by a UN document URL
};

/// Symbols printed in `text`, in the order they stand. URLs that are not on a UN document
/// service are skipped whole: a path like "/S/2014/..." on a news site is no symbol.
std::vector<SymbolHit> scan_symbols(std::string_view text);

}  // namespace citecheck::plugins::un_documents

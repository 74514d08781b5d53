#pragma once
// Whether a citation that holds UN symbols is about a UN document, and what its title is.
// A symbol printed inside a quoted title ('"Council adopts S/RES/2100", Reuters, ...') is
// a mention: the citation is the story, not the document.

#include <string>
#include <string_view>
#include <vector>

#include "symbol_scanner.hpp"

namespace citecheck::plugins::un_documents {

/// The answer: claim or not, how sure, and the title the citation gives the document.
struct ClaimDecision {
  bool claim = false;
  double confidence = 0.0;
  std::string title;
};

/// Byte ranges [begin, end) of quoted passages ("...", “...”, ‘...’, '...'); an apostrophe
/// inside a word ("AQIM’s") opens or closes nothing.
std::vector<std::pair<std::size_t, std::size_t>> quoted_spans(std::string_view text);

/// Decides for `raw` with its symbol `hits`; `urls` are the URLs core found (repaired).
ClaimDecision decide_claim(std::string_view raw, const std::vector<SymbolHit>& hits,
                           const std::vector<std::string>& urls);

}  // namespace citecheck::plugins::un_documents

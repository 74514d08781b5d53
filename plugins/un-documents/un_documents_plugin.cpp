#include "un_documents_plugin.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "claim.hpp"
#include "prose_symbols.hpp"
#include "symbol_grammar.hpp"
#include "symbol_scanner.hpp"
#include "un_resolution.hpp"

namespace citecheck::plugins {

namespace {

using un_documents::SymbolHit;

/// Printed and derived symbols in text order, each once. A derived symbol that a printed
/// one already gives adds nothing.
std::vector<SymbolHit> all_symbols(std::string_view raw) {
  std::vector<SymbolHit> hits = un_documents::scan_symbols(raw);
  for (SymbolHit& derived : un_documents::derive_symbols(raw)) {
    const bool overlaps = std::any_of(hits.begin(), hits.end(), [&](const SymbolHit& hit) {
      return derived.begin < hit.end && hit.begin < derived.end;
    });
    if (!overlaps)
      hits.push_back(std::move(derived));
  }
  std::stable_sort(hits.begin(), hits.end(),
                   [](const SymbolHit& a, const SymbolHit& b) { return a.begin < b.begin; });
  return hits;
}

/// Year of the first symbol that states one, as "YYYY".
std::string issued_from(const std::vector<std::string>& symbols) {
  for (const std::string& text : symbols) {
    un_documents::Symbol symbol;
    if (un_documents::parse_symbol(text, symbol)) {
      const int year = un_documents::stated_year(symbol);
      if (year > 0)
        return std::to_string(year);
    }
  }
  return {};
}

}  // namespace

PluginInfo UnDocumentsPlugin::info() const {
  PluginInfo info;
  info.name = "un-documents";
  info.version = "1.0.0";
  info.api_version = k_plugin_api_version;
  info.description =
      "UN documents by symbol (S/RES/2100 (2013), A/HRC/28/L.1, ...), printed, named in "
      "prose or in undocs.org / docs.un.org URLs";
  info.kinds = {Kind::un_document};
  info.priority = 100;
  // The Digital Library answers robots with an empty 202 (reference 2.3) and its API allows
  // 100 requests per 5 minutes: one search a second, two at a time, stays below notice.
  info.service_limits = {{"digitallibrary.un.org", 2, 1.0}};
  return info;
}

Recognition UnDocumentsPlugin::recognize(Citation& citation) const {
  const std::vector<SymbolHit> hits = all_symbols(citation.raw);
  if (hits.empty())
    return Recognition::not_mine;

  // Symbols are recorded even where the citation is someone else's: a news story about a
  // resolution still names it. (The host keeps fields only from the plugin that claims.)
  for (const SymbolHit& hit : hits) {
    if (std::find(citation.un_symbols.begin(), citation.un_symbols.end(), hit.symbol) ==
        citation.un_symbols.end()) {
      citation.un_symbols.push_back(hit.symbol);
    }
  }
  const auto decision = un_documents::decide_claim(citation.raw, hits, citation.urls);
  if (!decision.claim)
    return Recognition::not_mine;

  for (const SymbolHit& hit : hits) {
    citation.repairs.insert(citation.repairs.end(), hit.repairs.begin(), hit.repairs.end());
  }
  citation.kind = Kind::un_document;
  citation.plugin = "un-documents";
  citation.confidence = decision.confidence;
  if (!decision.title.empty())
    citation.title = decision.title;
  if (citation.issued.empty())
    citation.issued = issued_from(citation.un_symbols);
  return Recognition::recognized;
}

std::optional<Resolution> UnDocumentsPlugin::resolve(const Citation& citation,
                                                     ResolveContext& context) {
  return un_documents::resolve_un_citation(citation, context);
}

}  // namespace citecheck::plugins

#ifndef CITECHECK_PLUGIN_STATIC
CITECHECK_PLUGIN(citecheck::plugins::UnDocumentsPlugin)
#endif

#pragma once
// Online resolution of journal citations through Crossref: a printed DOI is checked to exist
// (Crossref, then doi.org for DOIs of other agencies) and to name the cited title; an
// article without one is searched by its reference and given a DOI only when one candidate
// matches above the threshold. Retractions and corrections Crossref records for the work
// are reported first in the reason.
//
// Rate limits: Crossref's `x-rate-limit-*` headers describe a per-pool budget (since Dec
// 2025: lists 1/s public, 3/s polite). A plugin keeps no state between calls, so the spacing
// belongs to the engine's per-host limits (EngineOptions::host_limits for api.crossref.org);
// the plugin asks once per citation and work, caches every answer, and a 429 is waited out
// by the engine's retries with Retry-After before the citation degrades to "unresolved".

#include <optional>

#include <citecheck/plugin.hpp>

namespace citecheck::plugins::journals {

/// A title similarity below this makes a printed DOI a "mismatch".
inline constexpr double k_mismatch_below = 0.5;

/// The resolution of `citation`, or nullopt when it has no DOI and is no journal article.
/// Never throws for a bad service: such answers come back "unresolved".
std::optional<Resolution> resolve_journal_citation(const Citation& citation,
                                                   ResolveContext& context);

}  // namespace citecheck::plugins::journals

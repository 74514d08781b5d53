#pragma once
// Online resolution of news and web citations: the cited page fetched (or its record taken
// from the resolution store), its metadata read, and the footnote's title, date and outlet
// compared with what the page says.

#include <optional>

#include <citecheck/plugin.hpp>

#include "page_record.hpp"

namespace citecheck::plugins::news {

/// How long a page's metadata and a definitive failure are kept, unless the settings
/// "news.cache_days" and "news.failure_cache_hours" say otherwise.
inline constexpr std::chrono::seconds k_page_max_age{std::chrono::hours(24 * 7)};
inline constexpr std::chrono::seconds k_failure_max_age{std::chrono::hours(24)};
/// Repair candidates of a dead URL tried after it (an OCR'd "0" read as "O").
inline constexpr std::size_t k_max_candidates = 2;

/// The resolution of a news or web citation with an http(s) URL; nullopt for any other
/// citation. Never throws for a bad site: such answers come back "unresolved".
/// Keeps the record of a page fetched by someone else (the host's link check) under the
/// key resolve_page_citation looks it up by, with the same max age as one it fetched.
void keep_observed_page(const HttpResponse& answer, ResolveContext& context);

std::optional<Resolution> resolve_page_citation(const Citation& citation, ResolveContext& context);

/// The verdict on one citation given what its page's fetch found (pure: the tests call it).
Resolution judge_page(const Citation& citation, const PageRecord& record);

/// Whether a cited date agrees with a published one: same day (a day apart allowed for time
/// zones), or the same month or year at the cited precision. nullopt when one is missing.
std::optional<bool> dates_agree(const std::string& cited, const std::string& published);

/// Whether the outlet a footnote names is the site the page belongs to (names, aliases of
/// the outlet table, the host). nullopt when the footnote names none.
std::optional<bool> outlet_agrees(const std::string& cited, const std::string& site_name,
                                  const std::string& page_url);

}  // namespace citecheck::plugins::news

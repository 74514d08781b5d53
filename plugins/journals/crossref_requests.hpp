#pragma once
// The requests the journals plugin sends: Crossref's works search and single-work routes
// (reference 1.1, 1.2) and the doi.org resolver (1.6), under the endpoints the settings name.

#include <string>
#include <string_view>

#include <citecheck/citation.hpp>

namespace citecheck::plugins::journals {

/// Where the services are and how to ask them.
struct CrossrefSettings {
  std::string api = "https://api.crossref.org";  ///< no trailing '/'
  std::string resolver = "https://doi.org";
  std::string mailto;  ///< polite pool contact; empty = none sent
  double threshold = 0.85;
};

/// Fields a search asks for: what scoring, display and the retraction check read.
inline constexpr std::string_view k_select =
    "DOI,title,subtitle,author,container-title,issued,published-print,published-online,type,"
    "volume,issue,page,relation,update-to,updated-by,score";

/// Candidates one search asks for.
inline constexpr int k_search_rows = 5;

/// `/works?query.bibliographic=...&rows=5&select=...[&mailto=...]`.
std::string works_search_url(const CrossrefSettings& settings, std::string_view query);

/// `/works/{doi}[?mailto=...]`; the DOI's own slashes kept, everything else encoded.
std::string work_url(const CrossrefSettings& settings, std::string_view doi);

/// `https://doi.org/{doi}` under the configured resolver.
std::string resolver_url(const CrossrefSettings& settings, std::string_view doi);

/// The citation as one line for `query.bibliographic`: title, author family names, journal
/// and year (Crossref's matcher is built for whole references).
std::string bibliographic_query(const Citation& citation);

}  // namespace citecheck::plugins::journals

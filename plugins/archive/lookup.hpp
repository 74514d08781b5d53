#pragma once
// Finding the usable capture of a URL nearest the date its author cited it: the Wayback
// availability API first, its CDX index when that gives nothing usable, and a Memento
// TimeGate (any archive, or an aggregator) when one is configured.

#include <string>

#include <citecheck/http.hpp>

#include "archive_urls.hpp"
#include "outcome.hpp"

namespace citecheck::plugins::archive {

/// Where the services live (settings; real services by default).
struct Services {
  std::string availability = "https://archive.org/wayback/available";
  std::string cdx = "https://web.archive.org/cdx/search/cdx";
  std::string replay = "https://web.archive.org/web/";
  std::string timegate;  ///< empty: no TimeGate
};

/// Replays looked at per index before giving up on it (error captures the index already
/// marks are set aside without a request).
inline constexpr int k_checks_per_index = 3;
/// A Wayback capture further than this from the cited date sends us to the TimeGate too
/// (when configured), in case another archive holds a nearer one.
inline constexpr long k_near_enough_days = 30;

/// The nearest usable capture of `url` around `cited`. Never throws for a bad service: a
/// failure becomes "unresolved" with the reason; "not_found" needs an index that answered.
/// `seen`: a replay already looked at (a cited copy), not fetched again.
Outcome find_snapshot(Engine& http, const Services& services, const std::string& url, Seconds cited,
                      const std::string& seen = {});

/// A cited archive URL: its original and date read from it; with `check`, its replay is
/// fetched, and when it is no copy of the page another capture near its date is sought.
Outcome read_cited_archive(Engine& http, const Services& services, const std::string& url,
                           const ArchiveUrl& archived, bool check);

}  // namespace citecheck::plugins::archive

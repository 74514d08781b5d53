#pragma once
// What fetching a cited page found out, in the form the resolution store keeps: either the
// page's metadata or why there is none. It holds nothing about the citation, so one fetch
// serves every footnote that cites the page, each compared on its own.

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include <citecheck/http.hpp>

#include "page_metadata.hpp"

namespace citecheck::plugins::news {

/// The outcome of fetching one URL.
struct PageRecord {
  enum class Outcome {
    page,    ///< an HTML page with readable metadata
    failed,  ///< no usable page: `reason` says why
  };
  Outcome outcome = Outcome::failed;
  std::string reason;
  /// A failure that may be gone on the next run (timeout, 5xx, 429, no network): never
  /// cached.
  bool transient = false;
  /// The link is dead for good (404, 410, a host that does not exist): worth trying the
  /// URL's repair candidates.
  bool dead = false;
  std::string url;        ///< as fetched
  std::string final_url;  ///< after redirects
  int status = 0;
  PageMetadata metadata;
  bool paywall = false;
  std::string paywall_signal;
  bool truncated = false;  ///< the body was cut at the engine's cap, or nested too deep
  bool from_cache = false;
};

/// Fetches `url` through `http` (GET, the engine's body cap) and reads the answer.
PageRecord fetch_page(Engine& http, const std::string& url);

/// Reads an engine answer: status, redirects, charset, metadata, walls, soft-404 signs.
PageRecord read_answer(const HttpResponse& response);

/// JSON text for the resolution store, and back; nullopt for a damaged or older entry.
std::string serialize_record(const PageRecord& record);
std::optional<PageRecord> parse_record(const std::string& text);

}  // namespace citecheck::plugins::news

#pragma once
// URLs of web archives: reading the original address and capture time out of a cited archive
// URL, building replay URLs, and comparing the resource two URLs name.

#include <optional>
#include <string>
#include <string_view>

#include "timestamps.hpp"

namespace citecheck::plugins::archive {

/// A cited URL that is itself an archived copy.
struct ArchiveUrl {
  std::string original;   ///< the archived page's own URL
  std::string timestamp;  ///< as written in the URL (digits, or archive.today's dotted form)
  Seconds time;
  std::string archive;  ///< host of the archive ("web.archive.org", "archive.ph")
};

/// Reads `https://web.archive.org/web/20171124151315id_/https://www.fws.gov/birds/` and the
/// same layout any Wayback-style archive uses (pywb, OpenWayback: Archive-It, national
/// libraries), plus archive.today's `/2019.01.01-123456/URL`. Only the time-and-URL form
/// carries the facts; short ids (archive.ph/AbCd, perma.cc/XXXX) give nullopt.
std::optional<ArchiveUrl> parse_archive_url(std::string_view url);

/// `base` + timestamp + "/" + original, e.g. "https://web.archive.org/web/" "2017..." ...
std::string replay_url(std::string_view base, std::string_view timestamp,
                       std::string_view original);

/// Lower-case host of an http(s) URL, without port or credentials; empty when none.
std::string host_of(std::string_view url);

/// Whether the URL is http:// or https:// (case-insensitive).
bool is_http_url(std::string_view url);

/// Whether two URLs name the same page, as archives see it: scheme, "www.", default ports,
/// host case and a trailing slash do not matter; path and query do.
bool same_resource(std::string_view a, std::string_view b);

/// Whether the URL is a site's home page (empty path or "/", no query).
bool is_home_page(std::string_view url);

/// The replay base of the Wayback Machine that serves a CDX endpoint:
/// "https://web.archive.org/cdx/search/cdx" -> "https://web.archive.org/web/".
std::string replay_base_for(std::string_view cdx_endpoint);

}  // namespace citecheck::plugins::archive

#pragma once
// URL parsing through libcurl's CURLU API, so the engine reads URLs exactly as the
// transfer will: one parser for fetching, redirects and cache keys.

#include <optional>
#include <string>
#include <string_view>

namespace citecheck::engine {

/// An absolute http(s) URL as curl understands it.
struct ParsedUrl {
  std::string url;     ///< curl's canonical form, what is fetched
  std::string scheme;  ///< lower case
  std::string host;    ///< lower case (ASCII letters); IPv6 literals keep their brackets
};

/// nullopt when `url` is not an absolute http or https URL.
std::optional<ParsedUrl> parse_http_url(std::string_view url);

/// `location` resolved against `base` (RFC 3986), or nullopt when it cannot be.
std::optional<std::string> resolve_url(std::string_view base, std::string_view location);

}  // namespace citecheck::engine

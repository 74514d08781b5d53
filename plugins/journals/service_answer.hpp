#pragma once
// Reading an Engine answer from a web service: percent-encoding for the requests we build,
// header look-up, and the one sentence that says why an answer cannot be used. Plugins are
// loaded as modules that link only the plugin API, so these few helpers live here.

#include <optional>
#include <string>
#include <string_view>

#include <citecheck/http.hpp>

namespace citecheck::plugins::journals {

/// RFC 3986 percent-encoding of everything but the unreserved characters; `keep` lists
/// further characters left as they are ("/" for a path, ":" for a Lucene-style query).
std::string percent_encode(std::string_view text, std::string_view keep = {});

/// First header of that name (case-insensitive), or empty.
std::string header_value(const HttpResponse& response, std::string_view name);

/// Why `response` is no usable answer from `service` ("Crossref timed out after 2
/// attempts", "... rate-limited (429)", "... blocked the request (202 with an empty body)");
/// nullopt for a 2xx answer with a body or for one of the statuses the caller reads itself
/// (`expected`, e.g. 404). Such failures are transient: callers never cache them.
std::optional<std::string> service_failure(const HttpResponse& response, std::string_view service,
                                           int expected = 0);

}  // namespace citecheck::plugins::journals

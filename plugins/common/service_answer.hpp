#pragma once
// Reading the engine's answers from a web service, shared by every plugin: plugins are
// loaded as modules that link only the header-only plugin API, not core, so the few
// helpers they all need (percent-encoding, header look-up, the sentence that says why an
// answer cannot be used) live in this small static library instead of one copy each.

#include <optional>
#include <string>
#include <string_view>

#include <citecheck/http.hpp>

namespace citecheck::plugins::common {

/// RFC 3986 percent-encoding of everything but the unreserved characters; `keep` lists
/// further characters left as they are ("/" for a path, ":" for a Lucene-style query).
std::string percent_encode(std::string_view text, std::string_view keep = {});

/// Undoes percent-encoding; a '%' not followed by two hex digits is kept as it is.
/// `plus_is_space`: a query string's '+' reads as a space (form encoding).
std::string percent_decode(std::string_view text, bool plus_is_space = false);

/// First header of that name (case-insensitive) of the final answer, or empty.
std::string header_value(const HttpResponse& response, std::string_view name);

/// Whether the engine got an HTTP answer at all (a body cut at the size limit still counts).
bool answered(const HttpResponse& response);

/// The engine's error class in words ("timed out", "refused the connection").
std::string_view describe(NetError error);

/// What a caller reads itself rather than calling it a failure.
struct Expected {
  int status = 0;           ///< e.g. 404 for a look-up whose absence is an answer
  bool empty_body = false;  ///< a 2xx with no body is an answer (an empty index)
};

/// Why `response` is no usable answer from `service` ("Crossref timed out after 2
/// attempts", "... is rate-limiting (429, Retry-After 1) after 3 attempts", "... blocked
/// the request (202 with an empty body)"); nullopt for a 2xx answer with a body or for what
/// `expected` names. Such failures are transient: callers never cache them.
std::optional<std::string> service_failure(const HttpResponse& response, std::string_view service,
                                           Expected expected = {});

}  // namespace citecheck::plugins::common

#pragma once
// Reading the engine's answers without core's helpers (a plugin links only the header-only
// API): header lookup, and one sentence for an answer that is not a usable reply.

#include <optional>
#include <string>
#include <string_view>

#include <citecheck/http.hpp>

namespace citecheck::plugins::archive {

/// First header of that name (case-insensitive) of the final answer, or empty.
std::string header_value(const HttpResponse& response, std::string_view name);

/// Whether the engine got an HTTP answer at all (a body cut at the size limit still counts).
bool answered(const HttpResponse& response);

/// Why `service` gave no usable answer ("CDX server timed out after 2 attempts",
/// "availability API is rate-limiting (429) after 3 attempts"); nullopt for a 2xx answer.
std::optional<std::string> failure(const HttpResponse& response, std::string_view service);

/// The engine's error class in words ("timed out", "refused the connection").
std::string_view describe(NetError error);

}  // namespace citecheck::plugins::archive

#pragma once
// When and how long to wait before asking again: bounded retries with exponential
// backoff for 429, 503 and timeouts, honouring a capped Retry-After.

#include <chrono>
#include <ctime>
#include <optional>
#include <string_view>

#include <citecheck/engine.hpp>
#include <citecheck/http.hpp>

namespace citecheck::engine {

/// The retry rules of one engine.
struct RetryPolicy {
  int max_retries = k_default_max_retries;
  std::chrono::milliseconds base = k_default_retry_base;
  std::chrono::milliseconds cap = k_default_retry_cap;
  std::chrono::milliseconds retry_after_cap = k_default_retry_after_cap;

  static RetryPolicy from(const EngineOptions& options);

  /// Statuses that mean "not now" rather than "no".
  static bool retryable_status(int status) { return status == 429 || status == 503; }
  static bool retryable_error(NetError error) { return error == NetError::timeout; }

  /// Backoff before retry number `retry` (1 = the first retry): base * 2^(retry-1), capped.
  std::chrono::milliseconds backoff(int retry) const;
  /// The wait before retry number `retry`: the server's Retry-After when it gave one (capped
  /// at retry_after_cap), else the backoff.
  std::chrono::milliseconds delay(int retry,
                                  std::optional<std::chrono::milliseconds> retry_after) const;
};

/// A Retry-After value as a wait from `now`: delay-seconds or an HTTP-date (curl_getdate).
/// A date in the past is a zero wait; nullopt for anything unreadable.
std::optional<std::chrono::milliseconds> parse_retry_after(std::string_view value, std::time_t now);

}  // namespace citecheck::engine

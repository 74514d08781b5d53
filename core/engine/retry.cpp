#include "engine/retry.hpp"

#include <curl/curl.h>

#include <algorithm>
#include <string>

namespace citecheck::engine {
namespace {

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) {
    text.remove_prefix(1);
  }
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) {
    text.remove_suffix(1);
  }
  return text;
}

}  // namespace

RetryPolicy RetryPolicy::from(const EngineOptions& options) {
  return RetryPolicy{options.max_retries, options.retry_base, options.retry_cap,
                     options.retry_after_cap};
}

std::chrono::milliseconds RetryPolicy::backoff(int retry) const {
  std::chrono::milliseconds wait = base;
  for (int i = 1; i < retry && wait < cap; ++i) {
    wait *= 2;
  }
  return std::min(wait, cap);
}

std::chrono::milliseconds RetryPolicy::delay(
    int retry, std::optional<std::chrono::milliseconds> retry_after) const {
  if (retry_after) {
    return std::min(*retry_after, retry_after_cap);
  }
  return backoff(retry);
}

std::optional<std::chrono::milliseconds> parse_retry_after(std::string_view value,
                                                           std::time_t now) {
  value = trim(value);
  if (value.empty()) {
    return std::nullopt;
  }
  if (std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    // A day is longer than any cap; stopping there keeps huge numbers from overflowing.
    constexpr long long k_day = 24 * 3600;
    long long seconds = 0;
    for (char c : value) {
      seconds = std::min(seconds * 10 + (c - '0'), k_day);
    }
    return std::chrono::seconds(seconds);
  }
  const std::string text(value);
  const std::time_t when = curl_getdate(text.c_str(), nullptr);
  if (when == -1) {
    return std::nullopt;
  }
  return std::chrono::seconds(std::max<long long>(0, static_cast<long long>(when - now)));
}

}  // namespace citecheck::engine

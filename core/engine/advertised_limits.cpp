#include "engine/advertised_limits.hpp"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <limits>
#include <string>

namespace citecheck::engine {
namespace {

// Values beyond these are noise or hostile: no server needs a week between requests.
constexpr double k_max_interval_seconds = 3600;
constexpr long k_max_count = 1'000'000;
// The pace obeyed is capped, as Retry-After is: a host that asks for an hour between
// requests would otherwise stall a run over its links for hours.
constexpr std::chrono::seconds k_max_obeyed_gap{5};

std::optional<std::string> header_of(const std::vector<Header>& headers, std::string_view name) {
  for (const auto& [key, value] : headers) {
    if (key.size() == name.size() &&
        std::equal(key.begin(), key.end(), name.begin(),
                   [](char a, char b) { return (a | 0x20) == (b | 0x20); })) {
      return value;
    }
  }
  return std::nullopt;
}

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
    text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
    text.remove_suffix(1);
  return text;
}

std::optional<long> positive_count(std::string_view text) {
  text = trimmed(text);
  long value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value <= 0 || value > k_max_count)
    return std::nullopt;
  return value;
}

// "1s", "60s", "1" (seconds); "500ms" too, though none was seen in the wild.
std::optional<double> interval_seconds(std::string_view text) {
  text = trimmed(text);
  double scale = 1.0;
  if (text.ends_with("ms")) {
    text.remove_suffix(2);
    scale = 0.001;
  } else if (text.ends_with('s')) {
    text.remove_suffix(1);
  }
  const auto count = positive_count(text);
  if (!count)
    return std::nullopt;
  const double seconds = static_cast<double>(*count) * scale;
  if (seconds > k_max_interval_seconds)
    return std::nullopt;
  return seconds;
}

}  // namespace

std::optional<HostConfig> advertised_limits(const std::vector<Header>& headers) {
  const auto limit = header_of(headers, "x-rate-limit-limit");
  const auto concurrency = header_of(headers, "x-concurrency-limit");
  if (!limit && !concurrency)
    return std::nullopt;
  HostConfig config;
  config.max_concurrent = std::numeric_limits<std::size_t>::max();
  bool stated = false;
  if (limit) {
    const auto requests = positive_count(*limit);
    const auto interval =
        interval_seconds(header_of(headers, "x-rate-limit-interval").value_or("1s"));
    if (requests && interval) {
      config.min_interval = std::min<Clock::duration>(
          std::chrono::duration_cast<Clock::duration>(
              std::chrono::duration<double>(*interval / static_cast<double>(*requests))),
          k_max_obeyed_gap);
      stated = true;
    }
  }
  if (concurrency) {
    if (const auto count = positive_count(*concurrency)) {
      config.max_concurrent = static_cast<std::size_t>(*count);
      stated = true;
    }
  }
  if (!stated)
    return std::nullopt;
  return config;
}

}  // namespace citecheck::engine

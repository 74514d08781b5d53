#include "availability.hpp"

#include <nlohmann/json.hpp>

#include "archive_urls.hpp"
#include "common/service_answer.hpp"

namespace citecheck::plugins::archive {

using common::percent_encode;

namespace {

constexpr std::size_t k_max_body = 64 * 1024;

/// The status arrives as a string ("200"); some mirrors send a number. "-" or junk: 0.
int status_of(const nlohmann::json& value) {
  if (value.is_number_integer()) {
    return value.get<int>();
  }
  return value.is_string() ? archived_status(value.get_ref<const std::string&>()) : 0;
}

/// The availability API answers with http:// replay URLs; the Wayback Machine itself
/// redirects them to https, so ask there directly.
std::string secure_replay(std::string url) {
  if (url.rfind("http://web.archive.org/", 0) == 0) {
    url.insert(4, "s");
  }
  return url;
}

}  // namespace

HttpRequest availability_request(std::string_view endpoint, std::string_view url, Seconds cited) {
  HttpRequest request;
  request.url = std::string(endpoint);
  request.url += request.url.find('?') == std::string::npos ? '?' : '&';
  request.url += "url=" + percent_encode(url) + "&timestamp=" + wayback_day(cited);
  request.headers.emplace_back("Accept", "application/json");
  request.max_body = k_max_body;
  return request;
}

IndexAnswer parse_availability(std::string_view body) {
  IndexAnswer answer;
  const auto json = nlohmann::json::parse(body, nullptr, false);
  if (json.is_discarded()) {
    answer.error = "answer is not JSON (" + std::to_string(body.size()) + " bytes)";
    return answer;
  }
  if (!json.is_object() || !json.contains("archived_snapshots") ||
      !json["archived_snapshots"].is_object()) {
    answer.error = "answer has no \"archived_snapshots\" object";
    return answer;
  }
  const auto& snapshots = json["archived_snapshots"];
  if (!snapshots.contains("closest")) {
    return answer;  // not archived, or not accessible
  }
  const auto& closest = snapshots["closest"];
  if (!closest.is_object() || !closest.contains("url") || !closest["url"].is_string() ||
      !closest.contains("timestamp") || !closest["timestamp"].is_string()) {
    answer.error = "\"closest\" lacks a \"url\" or \"timestamp\" string";
    return answer;
  }
  if (closest.contains("available") && closest["available"].is_boolean() &&
      !closest["available"].get<bool>()) {
    return answer;
  }
  Capture capture;
  capture.timestamp = closest["timestamp"].get<std::string>();
  const auto time = parse_wayback_timestamp(capture.timestamp);
  if (!time) {
    answer.error = "\"closest\" has an unreadable timestamp \"" + capture.timestamp + "\"";
    return answer;
  }
  capture.time = *time;
  capture.snapshot_url = secure_replay(closest["url"].get<std::string>());
  if (const auto parsed = parse_archive_url(capture.snapshot_url)) {
    capture.original = parsed->original;
  }
  capture.status = closest.contains("status") ? status_of(closest["status"]) : 0;
  capture.source = "availability";
  answer.captures.push_back(std::move(capture));
  return answer;
}

}  // namespace citecheck::plugins::archive

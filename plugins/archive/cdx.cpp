#include "cdx.hpp"

#include <nlohmann/json.hpp>

#include "archive_urls.hpp"
#include "common/service_answer.hpp"

namespace citecheck::plugins::archive {

using common::percent_encode;

namespace {

constexpr std::size_t k_max_body = 256 * 1024;

bool blank(std::string_view text) {
  return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

std::optional<std::size_t> column(const nlohmann::json& header, std::string_view name) {
  for (std::size_t i = 0; i < header.size(); ++i) {
    if (header[i].is_string() && header[i].get_ref<const std::string&>() == name) {
      return i;
    }
  }
  return std::nullopt;
}

}  // namespace

HttpRequest cdx_request(std::string_view endpoint, std::string_view url, Seconds cited) {
  HttpRequest request;
  request.url = std::string(endpoint);
  request.url += request.url.find('?') == std::string::npos ? '?' : '&';
  // Error captures are dropped by the server when it honours the filter, and by us anyway.
  request.url +=
      "url=" + percent_encode(url) +
      "&output=json&fl=timestamp,original,statuscode,mimetype&closest=" + wayback_timestamp(cited) +
      "&sort=closest&filter=" + percent_encode("!statuscode:[45]..") +
      "&limit=" + std::to_string(k_cdx_rows);
  request.headers.emplace_back("Accept", "application/json");
  request.max_body = k_max_body;
  return request;
}

IndexAnswer parse_cdx(std::string_view body, std::string_view replay_base) {
  IndexAnswer answer;
  if (blank(body)) {
    return answer;
  }
  const auto json = nlohmann::json::parse(body, nullptr, false);
  if (json.is_discarded()) {
    answer.error = "answer is not JSON (" + std::to_string(body.size()) + " bytes)";
    return answer;
  }
  if (!json.is_array()) {
    answer.error = "answer is not a JSON array of rows";
    return answer;
  }
  if (json.empty()) {
    return answer;
  }
  const auto& header = json.front();
  if (!header.is_array()) {
    answer.error = "first row is not the array of field names";
    return answer;
  }
  const auto timestamp = column(header, "timestamp");
  const auto original = column(header, "original");
  if (!timestamp || !original) {
    answer.error = "field names lack \"timestamp\" or \"original\"";
    return answer;
  }
  const auto statuscode = column(header, "statuscode");
  const auto mimetype = column(header, "mimetype");
  for (std::size_t r = 1; r < json.size(); ++r) {
    const auto& row = json[r];
    if (!row.is_array() || row.empty()) {
      break;  // the blank row before a resume key, or junk: no more captures follow
    }
    const auto text = [&](std::optional<std::size_t> index) -> std::string {
      if (!index || *index >= row.size() || !row[*index].is_string()) {
        return {};
      }
      return row[*index].get<std::string>();
    };
    Capture capture;
    capture.timestamp = text(timestamp);
    capture.original = text(original);
    const auto time = parse_wayback_timestamp(capture.timestamp);
    if (!time || capture.timestamp.size() != 14 || capture.original.empty()) {
      continue;
    }
    capture.time = *time;
    capture.status = archived_status(text(statuscode));
    capture.mimetype = text(mimetype);
    capture.snapshot_url = replay_url(replay_base, capture.timestamp, capture.original);
    capture.source = "cdx";
    answer.captures.push_back(std::move(capture));
  }
  return answer;
}

}  // namespace citecheck::plugins::archive

#include <algorithm>
#include <array>
#include <cctype>

#include <citecheck/json.hpp>

namespace citecheck {
namespace {

using nlohmann::json;

enum class Redact { no, secrets };

json headers_to_json(const std::vector<Header>& headers, Redact redact = Redact::no) {
  json out = json::array();
  for (const auto& [name, value] : headers) {
    const bool hide = redact == Redact::secrets && is_secret_header(name);
    out.push_back(json::array({name, hide ? std::string("[redacted]") : value}));
  }
  return out;
}

std::vector<Header> headers_from_json(const json& in) {
  std::vector<Header> out;
  if (!in.is_array()) {
    return out;
  }
  for (const auto& pair : in) {
    if (pair.is_array() && pair.size() == 2 && pair[0].is_string() && pair[1].is_string()) {
      out.emplace_back(pair[0].get<std::string>(), pair[1].get<std::string>());
    }
  }
  return out;
}

template <typename T>
T field(const json& in, const char* name, T fallback) {
  if (!in.is_object()) {
    return fallback;
  }
  const auto it = in.find(name);
  if (it == in.end()) {
    return fallback;
  }
  if constexpr (std::is_same_v<T, std::string>) {
    return it->is_string() ? it->template get<std::string>() : fallback;
  } else if constexpr (std::is_integral_v<T>) {
    return json_whole<T>(*it).value_or(fallback);
  } else {
    return it->is_number() ? it->template get<T>() : fallback;
  }
}

}  // namespace

bool is_secret_header(std::string_view name) {
  std::string lower(name);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  constexpr std::array<std::string_view, 3> k_exact = {"authorization", "proxy-authorization",
                                                       "cookie"};
  constexpr std::array<std::string_view, 6> k_parts = {"api-key", "apikey", "api_key",
                                                       "token",   "secret", "password"};
  return std::find(k_exact.begin(), k_exact.end(), lower) != k_exact.end() ||
         std::any_of(k_parts.begin(), k_parts.end(),
                     [&](std::string_view part) { return lower.find(part) != std::string::npos; });
}

json to_json(const Evidence& evidence) {
  json hops = json::array();
  for (const auto& hop : evidence.hops) {
    hops.push_back({{"url", hop.url},
                    {"status", hop.status},
                    {"location", hop.location},
                    {"headers", headers_to_json(hop.headers)}});
  }
  return {{"method", evidence.method},
          {"request_headers", headers_to_json(evidence.request_headers, Redact::secrets)},
          {"hops", hops},
          {"body_sha256", evidence.body_sha256},
          {"body_bytes", evidence.body_bytes},
          {"title", evidence.title},
          {"seconds", evidence.seconds},
          {"attempts", evidence.attempts},
          {"signal", evidence.signal},
          {"tool_version", evidence.tool_version}};
}

Evidence evidence_from_json(const json& in) {
  Evidence evidence;
  evidence.method = field<std::string>(in, "method", "");
  if (in.is_object() && in.contains("request_headers")) {
    evidence.request_headers = headers_from_json(in["request_headers"]);
  }
  if (in.is_object() && in.contains("hops") && in["hops"].is_array()) {
    for (const auto& item : in["hops"]) {
      if (!item.is_object()) {
        continue;  // not a hop: an empty one would claim a step that was never seen
      }
      Hop hop;
      hop.url = field<std::string>(item, "url", "");
      hop.status = field<int>(item, "status", 0);
      hop.location = field<std::string>(item, "location", "");
      if (item.is_object() && item.contains("headers")) {
        hop.headers = headers_from_json(item["headers"]);
      }
      evidence.hops.push_back(std::move(hop));
    }
  }
  evidence.body_sha256 = field<std::string>(in, "body_sha256", "");
  evidence.body_bytes = field<std::size_t>(in, "body_bytes", 0);
  evidence.title = field<std::string>(in, "title", "");
  evidence.seconds = field<double>(in, "seconds", 0.0);
  evidence.attempts = field<int>(in, "attempts", 0);
  evidence.signal = field<std::string>(in, "signal", "");
  evidence.tool_version = field<std::string>(in, "tool_version", "");
  return evidence;
}

json to_json(const LinkCheck& check) {
  return {{"url", check.url},
          {"normalized_url", check.normalized_url},
          {"state", std::string(to_string(check.state))},
          {"status", check.status},
          {"final_url", check.final_url},
          {"moved_to", check.moved_to},
          {"checked_at", check.checked_at},
          {"from_cache", check.from_cache},
          {"error", check.error},
          {"evidence", to_json(check.evidence)}};
}

}  // namespace citecheck

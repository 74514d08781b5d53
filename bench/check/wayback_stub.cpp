#include "wayback_stub.hpp"

#include <cctype>
#include <string_view>

namespace citecheck::bench {
namespace {

constexpr std::string_view k_timestamp = "20200101000000";
constexpr std::string_view k_memento_date = "Wed, 01 Jan 2020 00:00:00 GMT";

int hex_value(char c) {
  if (c >= '0' && c <= '9') {
    return c - '0';
  }
  const char lower = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
}

std::string percent_decode(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size()) {
      const int high = hex_value(text[i + 1]);
      const int low = hex_value(text[i + 2]);
      if (high >= 0 && low >= 0) {
        out += static_cast<char>(high * 16 + low);
        i += 2;
        continue;
      }
    }
    out += text[i] == '+' ? ' ' : text[i];
  }
  return out;
}

/// The decoded value of `name` in the query of `target`, or "".
std::string query_value(const std::string& target, std::string_view name) {
  const std::size_t query = target.find('?');
  if (query == std::string::npos) {
    return "";
  }
  std::string_view rest = std::string_view(target).substr(query + 1);
  while (!rest.empty()) {
    const std::size_t amp = rest.find('&');
    const std::string_view pair = rest.substr(0, amp);
    const std::size_t eq = pair.find('=');
    if (pair.substr(0, eq) == name) {
      return eq == std::string_view::npos ? "" : percent_decode(pair.substr(eq + 1));
    }
    rest = amp == std::string_view::npos ? std::string_view() : rest.substr(amp + 1);
  }
  return "";
}

/// The dead link of the plan that `url` names, if any: only those were captured.
const Link* captured(const WebPlan& plan, const std::string& url) {
  for (int host = 1; host <= plan.hosts(); ++host) {
    const std::string origin = plan.origin(host);
    if (url.rfind(origin, 0) == 0) {
      bool moved_target = false;
      const Link* link = plan.find(url.substr(origin.size()), moved_target);
      const bool dead = link != nullptr && !moved_target && link->fate == Fate::dead;
      return dead && link->host == host ? link : nullptr;
    }
  }
  return nullptr;
}

std::string json_string(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
    }
    out += c;
  }
  return out + "\"";
}

// The archive's answers are not the web's: the benchmark's counts leave them out.
Response archive_response(int status, const char* type, std::string body) {
  Response response;
  response.counted = false;
  response.status = status;
  response.headers.emplace_back("Content-Type", type);
  response.body = std::move(body);
  return response;
}

Response json(std::string body) {
  return archive_response(200, "application/json", std::move(body));
}

Response wayback_not_found() {
  return archive_response(404, "text/html; charset=utf-8",
                          "<!doctype html><title>Wayback Machine</title><p>Hrm. The Wayback "
                          "Machine has not archived that URL.</p>\n");
}

std::string replay_url(const std::string& archive_origin, const std::string& url) {
  return archive_origin + "/web/" + std::string(k_timestamp) + "/" + url;
}

}  // namespace

Response wayback_answer(const WebPlan& plan, const std::string& archive_origin,
                        const Request& request) {
  const std::string path = request.target.substr(0, request.target.find('?'));
  if (path == "/wayback/available") {
    const std::string url = query_value(request.target, "url");
    if (captured(plan, url) == nullptr) {
      return json("{\"url\": " + json_string(url) + ", \"archived_snapshots\": {}}");
    }
    return json("{\"url\": " + json_string(url) +
                ", \"archived_snapshots\": {\"closest\": {\"status\": \"200\", \"available\": "
                "true, \"url\": " +
                json_string(replay_url(archive_origin, url)) + ", \"timestamp\": \"" +
                std::string(k_timestamp) + "\"}}}");
  }
  if (path == "/cdx/search/cdx") {
    const std::string url = query_value(request.target, "url");
    if (captured(plan, url) == nullptr) {
      return json("[]");
    }
    return json(
        "[[\"urlkey\",\"timestamp\",\"original\",\"mimetype\",\"statuscode\",\"digest\","
        "\"length\"],\n[\"bench\",\"" +
        std::string(k_timestamp) + "\"," + json_string(url) +
        ",\"text/html\",\"200\",\"BENCHDIGEST\",\"900\"]]");
  }
  const std::string prefix = "/web/" + std::string(k_timestamp);
  if (path.rfind(prefix, 0) == 0) {
    std::string rest = path.substr(prefix.size());
    if (rest.rfind("id_", 0) == 0) {
      rest.erase(0, 3);
    }
    const Link* link = rest.empty() ? nullptr : captured(plan, rest.substr(1));
    if (link == nullptr) {
      return wayback_not_found();
    }
    Response response = archive_response(200, "text/html; charset=utf-8", plan.page(*link));
    response.headers.emplace_back("Memento-Datetime", std::string(k_memento_date));
    return response;
  }
  return wayback_not_found();
}

}  // namespace citecheck::bench

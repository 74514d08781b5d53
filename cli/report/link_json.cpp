#include "report/link_json.hpp"

#include <citecheck/json.hpp>

namespace citecheck::cli {
namespace {

void write_headers(JsonStream& json, const std::vector<Header>& headers, bool redact) {
  json.begin_array();
  for (const auto& [name, value] : headers) {
    json.begin_array();
    json.value(name);
    json.value(redact && is_secret_header(name) ? std::string_view("[redacted]")
                                                : std::string_view(value));
    json.end_array();
  }
  json.end_array();
}

// The hop list twice over: in full in the evidence, and without headers beside the state,
// where a reader follows the chain.
void write_hops(JsonStream& json, const std::vector<Hop>& hops, bool with_headers) {
  json.begin_array();
  for (const auto& hop : hops) {
    json.begin_object();
    if (with_headers) {
      json.key("headers");
      write_headers(json, hop.headers, false);
    }
    json.key("location");
    json.value(hop.location);
    json.key("status");
    json.value(hop.status);
    json.key("url");
    json.value(hop.url);
    json.end_object();
  }
  json.end_array();
}

void write_evidence(JsonStream& json, const Evidence& evidence) {
  json.begin_object();
  json.key("attempts");
  json.value(evidence.attempts);
  json.key("body_bytes");
  json.value(evidence.body_bytes);
  json.key("body_sha256");
  json.value(evidence.body_sha256);
  json.key("hops");
  write_hops(json, evidence.hops, true);
  json.key("method");
  json.value(evidence.method);
  json.key("request_headers");
  write_headers(json, evidence.request_headers, true);
  json.key("seconds");
  json.value(evidence.seconds);
  json.key("signal");
  json.value(evidence.signal);
  json.key("title");
  json.value(evidence.title);
  json.key("tool_version");
  json.value(evidence.tool_version);
  json.end_object();
}

}  // namespace

void write_link(JsonStream& json, const CheckedLink& link, std::string_view document) {
  const LinkCheck& check = link.check();
  json.begin_object();
  json.key("checked_at");
  json.value(check.checked_at);
  json.key("citation");
  json.value(link.citation_id);
  if (!document.empty()) {
    json.key("document");
    json.value(document);
  }
  json.key("error");
  json.value(check.error);
  json.key("evidence");
  write_evidence(json, check.evidence);
  json.key("final_url");
  json.value(check.final_url);
  json.key("footnote");
  json.value(link.footnote);
  json.key("from_cache");
  json.value(check.from_cache);
  json.key("hops");
  write_hops(json, check.evidence.hops, false);
  json.key("kind");
  json.value(to_string(link.kind));
  json.key("line");
  json.value(link.line);
  json.key("moved_to");
  json.value(check.moved_to);
  json.key("normalized_url");
  json.value(check.normalized_url);
  json.key("signal");
  json.value(check.evidence.signal);
  json.key("state");
  json.value(to_string(check.state));
  json.key("status");
  json.value(check.status);
  json.key("title");
  json.value(link.title);
  json.key("url");
  json.value(link.url);
  json.end_object();
}

}  // namespace citecheck::cli

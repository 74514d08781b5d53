#include "report/source_summary.hpp"

#include <nlohmann/json.hpp>

namespace citecheck::cli {
namespace {

constexpr std::string_view k_separator = " · ";

void append(std::string& out, const std::string& part) {
  if (part.empty()) {
    return;
  }
  if (!out.empty()) {
    out += k_separator;
  }
  out += part;
}

nlohmann::json details_of(const Resolution& r) {
  nlohmann::json details = nlohmann::json::parse(r.details_json, nullptr, false);
  return details.is_object() ? details : nlohmann::json::object();
}

std::string text_field(const nlohmann::json& details, const char* key) {
  const auto it = details.find(key);
  return it != details.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// The archive plugin's answer: the copy, its date and its distance from the cited date.
SourceSummary summarize_copy(const Resolution& r, const nlohmann::json& details) {
  SourceSummary out;
  out.plugin = r.plugin;
  out.note = r.reason;
  if (r.status != "resolved") {
    out.verdict = r.status == "unresolved" ? "archive unresolved" : "no archived copy";
    out.attention = Attention::look;
    return out;
  }
  out.verdict = "archived copy";
  out.url = r.url.empty() ? r.identity : r.url;
  out.identity = r.date;
  const auto days = details.find("distance_days");
  const std::string cited = text_field(details, "cited_date");
  if (days != details.end() && days->is_number_integer() && !cited.empty()) {
    const long n = days->get<long>();
    const std::string source = text_field(details, "cited_date_source");
    out.identity += ", " + (n == 0 ? std::string("on") : std::to_string(n) + " days from") +
                    " the cited date " + cited + (source.empty() ? "" : " (" + source + ")");
  } else if (text_field(details, "source") == "cited") {
    out.identity += ", the copy the footnote cites";
  }
  out.confidence = static_cast<int>(r.confidence * 100 + 0.5);
  return out;
}

}  // namespace

SourceSummary summarize(const Resolution& r) {
  const nlohmann::json details = details_of(r);
  if (r.plugin == "archive") {
    return summarize_copy(r, details);
  }
  SourceSummary out;
  out.plugin = r.plugin;
  out.note = r.reason;
  const bool retracted = r.reason.starts_with("RETRACTED");
  if (r.status == "resolved") {
    out.verdict = retracted                         ? "RETRACTED"
                  : r.reason.starts_with("UPDATED") ? "found, updated"
                                                    : "found";
    out.attention = retracted          ? Attention::alarm
                    : r.reason.empty() ? Attention::none
                                       : Attention::look;
  } else if (r.status == "mismatch") {
    out.verdict = r.reason.starts_with("title_mismatch") ? "TITLE MISMATCH" : "MISMATCH";
    out.attention = Attention::alarm;
  } else if (r.status == "not_found") {
    out.verdict = "NOT FOUND";
    out.attention = Attention::alarm;
  } else if (r.status == "no_confident_match") {
    out.verdict = "no confident match";
    out.attention = Attention::look;
  } else {
    out.verdict = r.status.empty() ? "unresolved" : r.status;
    out.attention = Attention::look;
  }
  if (retracted && r.status != "resolved") {
    out.verdict = "RETRACTED, " + out.verdict;
    out.attention = Attention::alarm;
  }
  append(out.identity, r.identity.starts_with("http") ? std::string() : r.identity);
  append(out.identity, r.title);
  append(out.identity, text_field(details, "site_name"));  // a page's outlet
  append(out.identity, r.date);
  if (!r.url.empty() && r.url != r.identity) {
    out.url = r.url;
  } else if (r.identity.starts_with("http")) {
    out.url = r.identity;
  }
  if (r.status != "unresolved" && r.confidence > 0) {
    out.confidence = static_cast<int>(r.confidence * 100 + 0.5);
  }
  return out;
}

std::string link_state_text(const SourceLink& link) {
  if (!link.checked) {
    return "not checked";
  }
  std::string out(to_string(link.state));
  if (link.status != 0) {
    out += " [" + std::to_string(link.status) + "]";
  }
  return out;
}

std::string link_summary(const SourceLink& link) {
  return link.moved_to.empty() ? link_state_text(link)
                               : link_state_text(link) + " → " + link.moved_to;
}

Attention link_attention(const SourceLink& link) {
  if (!link.checked) {
    return Attention::none;
  }
  if (is_broken(link.state)) {
    return Attention::alarm;
  }
  return link.state == LinkState::ok ? Attention::none : Attention::look;
}

}  // namespace citecheck::cli

#include "report/check_report.hpp"

#include <array>
#include <map>
#include <unordered_map>

#include <citecheck/engine.hpp>
#include <citecheck/json.hpp>

namespace citecheck::cli {
namespace {

constexpr std::array<std::pair<CheckFormat, std::string_view>, 6> k_formats{{
    {CheckFormat::table, "table"},
    {CheckFormat::json, "json"},
    {CheckFormat::jsonl, "jsonl"},
    {CheckFormat::markdown, "markdown"},
    {CheckFormat::junit, "junit"},
    {CheckFormat::csv, "csv"},
}};

}  // namespace

const LinkCheck& not_checked() {
  static const LinkCheck k_not_checked = [] {
    LinkCheck check;
    check.evidence.signal = "not checked";
    return check;
  }();
  return k_not_checked;
}

int state_rank(LinkState state) {
  constexpr std::array<LinkState, 12> k_order{
      LinkState::dead,    LinkState::soft_404,      LinkState::server_error, LinkState::unreachable,
      LinkState::timeout, LinkState::redirect_loop, LinkState::invalid,      LinkState::redirected,
      LinkState::blocked, LinkState::unknown,       LinkState::skipped,      LinkState::ok};
  for (std::size_t i = 0; i < k_order.size(); ++i) {
    if (k_order[i] == state) {
      return static_cast<int>(i);
    }
  }
  return static_cast<int>(k_order.size());
}

namespace {

std::string cited_identity(const Citation& c) {
  if (!c.un_symbols.empty()) {
    return c.un_symbols.front();
  }
  if (!c.dois.empty()) {
    return "doi:" + c.dois.front();
  }
  if (!c.title.empty()) {
    return c.title;
  }
  return c.urls.empty() ? c.raw.substr(0, 80) : c.urls.front();
}

SourceLink source_link(const std::string& url,
                       const std::unordered_map<std::string, const LinkCheck*>& by_key) {
  SourceLink link;
  link.url = url;
  const std::string fetch = fetchable_url(url);
  const auto it = by_key.find(fetch.empty() ? url : normalize_url(fetch));
  if (it != by_key.end()) {
    link.checked = true;
    link.state = it->second->state;
    link.status = it->second->status;
    link.moved_to = it->second->moved_to;
  }
  return link;
}

}  // namespace

CheckRun join_checks(const std::vector<ParsedDocument>& documents, const CheckReport& report,
                     const std::vector<std::vector<CitationResolutions>>& resolutions,
                     double seconds) {
  std::unordered_map<std::string, const LinkCheck*> by_key;
  std::unordered_map<std::string_view, const LinkCheck*> by_cited;
  by_key.reserve(report.checks.size());
  by_cited.reserve(report.checks.size());
  for (const auto& check : report.checks) {
    by_key.emplace(check.normalized_url, &check);
    by_cited.emplace(check.url, &check);
  }
  CheckRun run;
  run.no_network = report.no_network;
  run.no_network_reason = report.no_network_reason;
  run.seconds = seconds;
  run.distinct_urls = report.checks.size();
  for (const auto& check : report.checks) {
    ++run.counts[check.state];
    run.from_cache += check.from_cache ? 1 : 0;
  }
  for (const auto& parsed : documents) {
    CheckedDocument doc;
    doc.path = parsed.path;
    doc.format = parsed.format;
    doc.warnings = parsed.warnings;
    std::map<std::string, const CitationResolutions*> resolved_by_id;
    const std::size_t index = static_cast<std::size_t>(&parsed - documents.data());
    if (index < resolutions.size()) {
      for (const auto& r : resolutions[index]) {
        resolved_by_id[r.citation_id] = &r;
      }
    }
    for (const auto& footnote : parsed.footnotes) {
      for (const auto& citation : footnote.citations) {
        ++doc.citations;
        if (auto it = resolved_by_id.find(citation.id);
            it != resolved_by_id.end() && !it->second->resolutions.empty()) {
          ResolvedCitation& resolved = doc.resolved.emplace_back(
              ResolvedCitation{citation.id,
                               footnote.number,
                               citation.span.line > 0 ? citation.span.line : footnote.span.line,
                               citation.kind,
                               cited_identity(citation),
                               it->second->resolutions,
                               {}});
          for (const auto& url : citation.urls) {
            resolved.links.push_back(source_link(url, by_key));
          }
        }
        if (citation.urls.empty()) {
          ++doc.citations_without_links;
        }
        for (const auto& url : citation.urls) {
          const LinkCheck* found = nullptr;
          // Most citations print a URL as the checker saw it first: no need to normalize.
          if (const auto same = by_cited.find(url); same != by_cited.end()) {
            found = same->second;
          } else {
            const std::string fetch = fetchable_url(url);
            const auto it = by_key.find(fetch.empty() ? url : normalize_url(fetch));
            found = it == by_key.end() ? nullptr : it->second;
          }
          CheckedLink link;
          link.footnote = footnote.number;
          link.line = citation.span.line > 0 ? citation.span.line : footnote.span.line;
          link.citation_id = citation.id;
          link.kind = citation.kind;
          link.title = citation.title;
          link.url = url;
          link.checked = found;
          doc.links.push_back(std::move(link));
        }
      }
    }
    run.documents.push_back(std::move(doc));
  }
  return run;
}

nlohmann::json to_json(const ResolvedCitation& citation) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& r : citation.resolutions) {
    nlohmann::json details =
        nlohmann::json::parse(r.details_json.empty() ? "{}" : r.details_json, nullptr, false);
    list.push_back(
        {{"plugin", r.plugin},
         {"status", r.status},
         {"reason", r.reason},
         {"identity", r.identity},
         {"title", r.title},
         {"date", r.date},
         {"url", r.url},
         {"confidence", r.confidence},
         {"details", details.is_discarded() ? nlohmann::json(r.details_json) : details}});
  }
  nlohmann::json links = nlohmann::json::array();
  for (const auto& link : citation.links) {
    links.push_back({{"url", link.url},
                     {"state", link.checked ? nlohmann::json(std::string(to_string(link.state)))
                                            : nlohmann::json()},
                     {"status", link.status},
                     {"moved_to", link.moved_to}});
  }
  return {{"citation", citation.citation_id},
          {"footnote", citation.footnote},
          {"line", citation.line},
          {"kind", std::string(to_string(citation.kind))},
          {"cited", citation.cited},
          {"links", links},
          {"resolutions", list}};
}

std::optional<CheckFormat> check_format_from_string(std::string_view name) {
  for (const auto& [format, text] : k_formats) {
    if (text == name) {
      return format;
    }
  }
  return std::nullopt;
}

std::vector<std::string> check_format_names() {
  std::vector<std::string> out;
  for (const auto& entry : k_formats) {
    out.emplace_back(entry.second);
  }
  return out;
}

std::unique_ptr<CheckReporter> make_check_reporter(CheckFormat format, bool colour) {
  switch (format) {
    case CheckFormat::table:
      return make_check_table_reporter(colour);
    case CheckFormat::json:
      return make_check_json_reporter();
    case CheckFormat::jsonl:
      return make_check_jsonl_reporter();
    case CheckFormat::markdown:
      return make_check_markdown_reporter();
    case CheckFormat::junit:
      return make_check_junit_reporter();
    case CheckFormat::csv:
      return make_check_csv_reporter();
  }
  return make_check_json_reporter();
}

}  // namespace citecheck::cli

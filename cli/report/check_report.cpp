#include "report/check_report.hpp"

#include <array>
#include <map>

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

#include "report/report.hpp"

#include <array>
#include <string>
#include <utility>

namespace citecheck::cli {
namespace {

constexpr std::array<std::pair<ReportFormat, std::string_view>, 5> k_names{{
    {ReportFormat::table, "table"},
    {ReportFormat::json, "json"},
    {ReportFormat::jsonl, "jsonl"},
    {ReportFormat::csl_json, "csl-json"},
    {ReportFormat::bibtex, "bibtex"},
}};

}  // namespace

std::string_view to_string(ReportFormat format) {
  for (const auto& [f, name] : k_names) {
    if (f == format) {
      return name;
    }
  }
  return "json";
}

std::optional<ReportFormat> report_format_from_string(std::string_view name) {
  for (const auto& [f, n] : k_names) {
    if (n == name) {
      return f;
    }
  }
  return std::nullopt;
}

std::vector<std::string> report_format_names() {
  std::vector<std::string> out;
  for (const auto& [f, name] : k_names) {
    out.emplace_back(name);
  }
  return out;
}

std::unique_ptr<Reporter> make_reporter(ReportFormat format) {
  switch (format) {
    case ReportFormat::table:
      return make_table_reporter();
    case ReportFormat::json:
      return make_json_reporter();
    case ReportFormat::jsonl:
      return make_jsonl_reporter();
    case ReportFormat::csl_json:
      return make_csl_json_reporter();
    case ReportFormat::bibtex:
      return make_bibtex_reporter();
  }
  return make_json_reporter();
}

}  // namespace citecheck::cli

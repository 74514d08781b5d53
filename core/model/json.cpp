#include <citecheck/json.hpp>

namespace citecheck {
namespace {

nlohmann::json optional_int(const std::optional<int>& value) {
  return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

nlohmann::json span_json(const SourceSpan& span) {
  nlohmann::json out{{"begin", span.begin}, {"end", span.end}, {"line", span.line}};
  if (span.page > 0) {
    out["page"] = span.page;
  }
  if (!span.element.empty()) {
    out["element"] = span.element;
  }
  if (span.position) {
    out["position"] = {{"x", span.position->x}, {"y", span.position->y}};
  }
  return out;
}

}  // namespace

nlohmann::json to_json(const Repair& repair) {
  return {{"step", repair.step},
          {"before", repair.before},
          {"after", repair.after},
          {"detail", repair.detail}};
}

nlohmann::json to_json(const Citation& citation) {
  nlohmann::json repairs = nlohmann::json::array();
  for (const auto& repair : citation.repairs) {
    repairs.push_back(to_json(repair));
  }
  nlohmann::json out{
      {"id", citation.id},
      {"footnote", citation.footnote},
      {"kind", to_string(citation.kind)},
      {"raw", citation.raw},
      {"span", span_json(citation.span)},
      {"urls", citation.urls},
      {"dois", citation.dois},
      {"un_symbols", citation.un_symbols},
      {"ibid_of", optional_int(citation.ibid_of)},
      {"title", citation.title},
      {"authors", citation.authors},
      {"container_title", citation.container_title},
      {"publisher", citation.publisher},
      {"issued", citation.issued},
      {"year", optional_int(citation.year())},
      {"accessed", citation.accessed},
      {"volume", citation.volume},
      {"issue", citation.issue},
      {"pages", citation.pages},
      {"plugin", citation.plugin},
      {"confidence", citation.confidence},
      {"repairs", repairs},
  };
  if (!citation.url_candidates.empty()) {
    out["url_candidates"] = citation.url_candidates;
  }
  if (!citation.pinpoint.empty()) {
    out["pinpoint"] = citation.pinpoint;
  }
  return out;
}

nlohmann::json to_json(const Footnote& footnote) {
  nlohmann::json citations = nlohmann::json::array();
  for (const auto& citation : footnote.citations) {
    citations.push_back(to_json(citation));
  }
  nlohmann::json repairs = nlohmann::json::array();
  for (const auto& repair : footnote.repairs) {
    repairs.push_back(to_json(repair));
  }
  nlohmann::json marker = nullptr;
  if (footnote.marker) {
    marker = {{"offset", footnote.marker->offset},
              {"line", footnote.marker->line},
              {"glyph", footnote.marker->glyph},
              {"confidence", footnote.marker->confidence}};
  }
  nlohmann::json out{{"number", footnote.number},
                     {"series", footnote.series},
                     {"text", footnote.text},
                     {"line", footnote.span.line},
                     {"span", span_json(footnote.span)},
                     {"marker", marker},
                     {"number_inferred", footnote.number_inferred},
                     {"repairs", repairs},
                     {"citations", citations}};
  if (footnote.span.page > 0) {
    out["page"] = footnote.span.page;  // beside "line": where an editor looks in a PDF
  }
  return out;
}

nlohmann::json to_json(const ParsedDocument& document) {
  nlohmann::json footnotes = nlohmann::json::array();
  for (const auto& footnote : document.footnotes) {
    footnotes.push_back(to_json(footnote));
  }
  return {{"document", document.path},
          {"format", to_string(document.format)},
          {"footnotes", footnotes},
          {"warnings", document.warnings}};
}

}  // namespace citecheck

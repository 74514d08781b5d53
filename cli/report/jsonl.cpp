// JSON Lines: one citation per line, each carrying its document and footnote, for grep,
// jq and spreadsheets.
//
// Streamed, not built as a tree: a tree per citation (a std::map per object) was a third of
// `parse --format jsonl`. The lines stay byte for byte what nlohmann's dump of core's
// to_json(citation), plus the four members below, wrote: members in nlohmann's sorted key
// order, strings and doubles as nlohmann writes them.
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <citecheck/citation.hpp>

#include "report/json_stream.hpp"
#include "report/report.hpp"

namespace citecheck::cli {
namespace {

/// What each line adds to the citation: where it comes from.
struct LineContext {
  std::string_view document;
  std::string_view format;
  const Footnote& footnote;
};

void write_strings(JsonStream& json, const std::vector<std::string>& items) {
  json.begin_array();
  for (const auto& item : items) {
    json.value_as_nlohmann(item);
  }
  json.end_array();
}

void write_optional_int(JsonStream& json, const std::optional<int>& number) {
  if (number) {
    json.value(*number);
  } else {
    json.null();
  }
}

void write_repairs(JsonStream& json, const std::vector<Repair>& repairs) {
  json.begin_array();
  for (const auto& repair : repairs) {
    json.begin_object();
    json.key("after");
    json.value_as_nlohmann(repair.after);
    json.key("before");
    json.value_as_nlohmann(repair.before);
    json.key("detail");
    json.value_as_nlohmann(repair.detail);
    json.key("step");
    json.value_as_nlohmann(repair.step);
    json.end_object();
  }
  json.end_array();
}

void write_span(JsonStream& json, const SourceSpan& span) {
  json.begin_object();
  json.key("begin");
  json.value(span.begin);
  if (!span.element.empty()) {
    json.key("element");
    json.value_as_nlohmann(span.element);
  }
  json.key("end");
  json.value(span.end);
  json.key("line");
  json.value(span.line);
  if (span.page > 0) {
    json.key("page");
    json.value(span.page);
  }
  if (span.position) {
    json.key("position");
    json.begin_object();
    json.key("x");
    json.value_as_nlohmann(span.position->x);
    json.key("y");
    json.value_as_nlohmann(span.position->y);
    json.end_object();
  }
  json.end_object();
}

void write_text_member(JsonStream& json, std::string_view name, std::string_view text) {
  json.key(name);
  json.value_as_nlohmann(text);
}

// The members in sorted order, as nlohmann's std::map keeps them.
void write_line(JsonStream& json, const Citation& citation, const LineContext& context) {
  json.begin_object();
  write_text_member(json, "accessed", citation.accessed);
  json.key("authors");
  write_strings(json, citation.authors);
  json.key("confidence");
  json.value_as_nlohmann(citation.confidence);
  write_text_member(json, "container_title", citation.container_title);
  write_text_member(json, "document", context.document);
  json.key("dois");
  write_strings(json, citation.dois);
  json.key("footnote");
  json.value(citation.footnote);
  json.key("footnote_line");
  json.value(context.footnote.span.line);
  write_text_member(json, "footnote_text", context.footnote.text);
  write_text_member(json, "format", context.format);
  json.key("ibid_of");
  write_optional_int(json, citation.ibid_of);
  write_text_member(json, "id", citation.id);
  write_text_member(json, "issue", citation.issue);
  write_text_member(json, "issued", citation.issued);
  write_text_member(json, "kind", to_string(citation.kind));
  write_text_member(json, "pages", citation.pages);
  if (!citation.pinpoint.empty()) {
    write_text_member(json, "pinpoint", citation.pinpoint);
  }
  write_text_member(json, "plugin", citation.plugin);
  write_text_member(json, "publisher", citation.publisher);
  write_text_member(json, "raw", citation.raw);
  json.key("repairs");
  write_repairs(json, citation.repairs);
  json.key("span");
  write_span(json, citation.span);
  write_text_member(json, "title", citation.title);
  json.key("un_symbols");
  write_strings(json, citation.un_symbols);
  if (!citation.url_candidates.empty()) {
    json.key("url_candidates");
    write_strings(json, citation.url_candidates);
  }
  json.key("urls");
  write_strings(json, citation.urls);
  write_text_member(json, "volume", citation.volume);
  json.key("year");
  write_optional_int(json, citation.year());
  json.end_object();
}

class JsonlReporter final : public Reporter {
 public:
  void document(std::ostream& out, const ParsedDocument& parsed) override {
    JsonStream json(out, JsonStream::Layout::compact);
    for (const auto& footnote : parsed.footnotes) {
      const LineContext context{parsed.path, to_string(parsed.format), footnote};
      for (const auto& citation : footnote.citations) {
        write_line(json, citation, context);
        json.end_document();
      }
    }
  }
};

}  // namespace

std::unique_ptr<Reporter> make_jsonl_reporter() {
  return std::make_unique<JsonlReporter>();
}

}  // namespace citecheck::cli

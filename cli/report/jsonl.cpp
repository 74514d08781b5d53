// JSON Lines: one citation per line, each carrying its document and footnote, for grep,
// jq and spreadsheets.
#include <ostream>

#include <citecheck/json.hpp>

#include "report/report.hpp"

namespace citecheck::cli {
namespace {

class JsonlReporter final : public Reporter {
 public:
  void document(std::ostream& out, const ParsedDocument& parsed) override {
    for (const auto& footnote : parsed.footnotes) {
      for (const auto& citation : footnote.citations) {
        nlohmann::json line = to_json(citation);
        line["document"] = parsed.path;
        line["format"] = to_string(parsed.format);
        line["footnote_text"] = footnote.text;
        line["footnote_line"] = footnote.span.line;
        out << line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
      }
    }
  }
};

}  // namespace

std::unique_ptr<Reporter> make_jsonl_reporter() {
  return std::make_unique<JsonlReporter>();
}

}  // namespace citecheck::cli

#pragma once
// Output formats of `parse`. One file per format, each a Reporter that renders finished
// records and decides nothing (lychee's formatters). Streaming: `document` is called once
// per parsed input, in order, so a long batch never has to sit in memory as text.

#include <iosfwd>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include <citecheck/pipeline.hpp>

namespace citecheck::cli {

enum class ReportFormat { table, json, jsonl, csl_json, bibtex };

std::string_view to_string(ReportFormat format);
std::optional<ReportFormat> report_format_from_string(std::string_view name);
/// Every format's name, for --help and option checking.
std::vector<std::string> report_format_names();

/// Renders parsed documents in one format.
class Reporter {
 public:
  virtual ~Reporter() = default;
  /// Before the first document; `inputs` is how many files were asked for.
  virtual void begin(std::ostream& out, std::size_t inputs) {
    (void)out;
    (void)inputs;
  }
  virtual void document(std::ostream& out, const ParsedDocument& parsed) = 0;
  /// After the last document.
  virtual void end(std::ostream& out) { (void)out; }
  /// True when the output itself shows the document warnings (else they go to stderr).
  virtual bool shows_warnings() const { return false; }
};

std::unique_ptr<Reporter> make_reporter(ReportFormat format);

// One factory per format file.
std::unique_ptr<Reporter> make_table_reporter();
std::unique_ptr<Reporter> make_json_reporter();
std::unique_ptr<Reporter> make_jsonl_reporter();
std::unique_ptr<Reporter> make_csl_json_reporter();
std::unique_ptr<Reporter> make_bibtex_reporter();

}  // namespace citecheck::cli

// JSON: the records as citecheck::to_json writes them (field names as in the gold files).
// One input gives one object; several give an array of objects, one per document read.
#include <memory>
#include <ostream>

#include <citecheck/json.hpp>

#include "report/json_stream.hpp"
#include "report/report.hpp"

namespace citecheck::cli {
namespace {

// Streamed one footnote at a time: the tree of a whole document (a std::map per object)
// took 80 MB for a 5,000-note file, ten times the records themselves.
class JsonReporter final : public Reporter {
 public:
  void begin(std::ostream& out, std::size_t inputs) override {
    m_json = std::make_unique<JsonStream>(out);
    m_array = inputs != 1;
    if (m_array) {
      m_json->begin_array();
    }
  }

  void document(std::ostream& /*out*/, const ParsedDocument& parsed) override {
    JsonStream& json = *m_json;
    json.begin_object();
    json.key("document");
    json.value(parsed.path);
    json.key("footnotes");
    json.begin_array();
    for (const auto& footnote : parsed.footnotes) {
      json.value(to_json(footnote));
    }
    json.end_array();
    json.key("format");
    json.value(to_string(parsed.format));
    json.key("warnings");
    json.begin_array();
    for (const auto& warning : parsed.warnings) {
      json.value(warning);
    }
    json.end_array();
    json.end_object();
    if (!m_array) {
      json.end_document();
    }
  }

  void end(std::ostream& /*out*/) override {
    if (m_array) {
      m_json->end_array();
      m_json->end_document();
    }
    m_json->flush();
  }

  bool shows_warnings() const override { return true; }

 private:
  std::unique_ptr<JsonStream> m_json;
  bool m_array = false;
};

}  // namespace

std::unique_ptr<Reporter> make_json_reporter() {
  return std::make_unique<JsonReporter>();
}

}  // namespace citecheck::cli

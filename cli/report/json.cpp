// JSON: the records as citecheck::to_json writes them (field names as in the gold files).
// One input gives one object; several give an array of objects, one per document read.
#include <ostream>

#include <citecheck/json.hpp>

#include "report/report.hpp"

namespace citecheck::cli {
namespace {

class JsonReporter final : public Reporter {
 public:
  void begin(std::ostream& out, std::size_t inputs) override {
    m_array = inputs != 1;
    if (m_array) {
      out << '[';
    }
  }

  void document(std::ostream& out, const ParsedDocument& parsed) override {
    if (m_array) {
      out << (m_count == 0 ? "\n" : ",\n");
    }
    out << to_json(parsed).dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
    if (!m_array) {
      out << '\n';
    }
    ++m_count;
  }

  void end(std::ostream& out) override {
    if (m_array) {
      out << (m_count == 0 ? "]\n" : "\n]\n");
    }
  }

  bool shows_warnings() const override { return true; }

 private:
  bool m_array = false;
  std::size_t m_count = 0;
};

}  // namespace

std::unique_ptr<Reporter> make_json_reporter() {
  return std::make_unique<JsonReporter>();
}

}  // namespace citecheck::cli

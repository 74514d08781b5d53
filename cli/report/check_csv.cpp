// `check --format csv`: one row per cited link, RFC 4180 quoting, for spreadsheets.
#include <ostream>

#include "report/check_report.hpp"

namespace citecheck::cli {
namespace {

std::string quoted(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    out += c;
    if (c == '"') {
      out += '"';
    }
  }
  return out + "\"";
}

class CsvReporter final : public CheckReporter {
 public:
  void begin(std::ostream& out, bool /*links_checked*/) override {
    out << "document,footnote,line,citation,kind,url,state,status,final_url,moved_to,checked_at,"
           "from_cache,signal\r\n";
  }

  void end(std::ostream& /*out*/, const CheckRun& /*run*/) override {}

  void documents(std::ostream& out, const CheckRun& batch) override {
    for (const auto& doc : batch.documents) {
      for (const auto& link : doc.links) {
        const LinkCheck& c = link.check();
        out << quoted(doc.path) << ',' << link.footnote << ',' << link.line << ','
            << quoted(link.citation_id) << ',' << to_string(link.kind) << ',' << quoted(link.url)
            << ',' << to_string(c.state) << ',' << c.status << ',' << quoted(c.final_url) << ','
            << quoted(c.moved_to) << ',' << quoted(c.checked_at) << ','
            << (c.from_cache ? "true" : "false") << ',' << quoted(c.evidence.signal) << "\r\n";
      }
    }
  }
};

}  // namespace

std::unique_ptr<CheckReporter> make_check_csv_reporter() {
  return std::make_unique<CsvReporter>();
}

}  // namespace citecheck::cli

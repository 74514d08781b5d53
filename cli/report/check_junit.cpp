// `check --format junit`: for CI systems that show JUnit XML; a broken link is a failure,
// a link that could not be judged (blocked, no network) is skipped, never a failure.
#include <ostream>

#include <pugixml.hpp>

#include "report/check_report.hpp"

namespace citecheck::cli {
namespace {

class JunitReporter final : public CheckReporter {
 public:
  // Written a suite at a time: the root element's tags by hand, each suite by pugixml, as
  // xml_document::save would indent them.
  void begin(std::ostream& out, bool /*links_checked*/) override {
    out << "<?xml version=\"1.0\"?>\n<testsuites name=\"citecheck\">\n";
  }

  void end(std::ostream& out, const CheckRun& /*run*/) override { out << "</testsuites>\n"; }

  void documents(std::ostream& out, const CheckRun& batch) override {
    pugi::xml_document xml;
    auto suites = xml.append_child("testsuites");
    for (const auto& doc : batch.documents) {
      auto suite = suites.append_child("testsuite");
      suite.append_attribute("name") = doc.path.c_str();
      std::size_t failures = 0;
      std::size_t skipped = 0;
      for (const auto& link : doc.links) {
        auto test = suite.append_child("testcase");
        const std::string name = "fn " + std::to_string(link.footnote) + " (line " +
                                 std::to_string(link.line) + "): " + link.url;
        test.append_attribute("name") = name.c_str();
        test.append_attribute("classname") = doc.path.c_str();
        test.append_attribute("time") = link.check().evidence.seconds;
        const std::string state(to_string(link.check().state));
        const std::string message =
            state + (link.check().status ? " (" + std::to_string(link.check().status) + ")" : "") +
            ": " + link.check().evidence.signal;
        if (is_broken(link.check().state)) {
          ++failures;
          auto failure = test.append_child("failure");
          failure.append_attribute("type") = state.c_str();
          failure.append_attribute("message") = message.c_str();
        } else if (link.check().state == LinkState::blocked ||
                   link.check().state == LinkState::unknown ||
                   link.check().state == LinkState::skipped) {
          ++skipped;
          test.append_child("skipped").append_attribute("message") = message.c_str();
        }
      }
      suite.append_attribute("tests") = doc.links.size();
      suite.append_attribute("failures") = failures;
      suite.append_attribute("skipped") = skipped;
    }
    for (const auto& suite : suites.children()) {
      suite.print(out, "  ", pugi::format_default, pugi::encoding_auto, 1);
    }
  }
};

}  // namespace

std::unique_ptr<CheckReporter> make_check_junit_reporter() {
  return std::make_unique<JunitReporter>();
}

}  // namespace citecheck::cli

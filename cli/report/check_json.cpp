// `check --format json`: one object for the run; per document, per cited link, the state
// and its evidence. `jsonl` writes the same link objects, one per line.
#include <ostream>

#include <citecheck/json.hpp>

#include "report/check_report.hpp"

namespace citecheck::cli {
namespace {

nlohmann::json summary(const CheckRun& run) {
  nlohmann::json counts = nlohmann::json::object();
  for (const auto& [state, n] : run.counts) {
    counts[std::string(to_string(state))] = n;
  }
  return {{"distinct_urls", run.distinct_urls},
          {"from_cache", run.from_cache},
          {"seconds", run.seconds},
          {"states", counts},
          {"no_network", run.no_network},
          {"no_network_reason", run.no_network_reason}};
}

class JsonReporter final : public CheckReporter {
 public:
  void render(std::ostream& out, const CheckRun& run) override {
    nlohmann::json documents = nlohmann::json::array();
    for (const auto& doc : run.documents) {
      nlohmann::json links = nlohmann::json::array();
      for (const auto& link : doc.links) {
        links.push_back(to_json(link));
      }
      nlohmann::json sources = nlohmann::json::array();
      for (const auto& citation : doc.resolved) {
        sources.push_back(to_json(citation));
      }
      documents.push_back({{"document", doc.path},
                           {"sources", sources},
                           {"format", std::string(to_string(doc.format))},
                           {"citations", doc.citations},
                           {"citations_without_links", doc.citations_without_links},
                           {"links", run.links_checked ? links : nlohmann::json::array()},
                           {"warnings", doc.warnings}});
    }
    out << nlohmann::json{{"documents", documents}, {"summary", summary(run)}}.dump(2) << '\n';
  }
};

class JsonlReporter final : public CheckReporter {
 public:
  void render(std::ostream& out, const CheckRun& run) override {
    for (const auto& doc : run.documents) {
      for (const auto& link : doc.links) {
        nlohmann::json line = to_json(link);
        line["document"] = doc.path;
        out << line.dump() << '\n';
      }
    }
  }
};

}  // namespace

std::unique_ptr<CheckReporter> make_check_json_reporter() {
  return std::make_unique<JsonReporter>();
}

std::unique_ptr<CheckReporter> make_check_jsonl_reporter() {
  return std::make_unique<JsonlReporter>();
}

}  // namespace citecheck::cli

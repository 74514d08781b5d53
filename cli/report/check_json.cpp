// `check --format json`: one object for the run; per document, per cited link, the state
// and its evidence. `jsonl` writes the same link objects, one per line.
#include <ostream>

#include <citecheck/json.hpp>

#include "report/check_report.hpp"
#include "report/json_stream.hpp"
#include "report/link_json.hpp"

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
  // Streamed: the text nlohmann would dump for the whole tree, without building it.
  void render(std::ostream& out, const CheckRun& run) override {
    JsonStream json(out);
    json.begin_object();
    json.key("documents");
    json.begin_array();
    for (const auto& doc : run.documents) {
      json.begin_object();
      json.key("citations");
      json.value(doc.citations);
      json.key("citations_without_links");
      json.value(doc.citations_without_links);
      json.key("document");
      json.value(doc.path);
      json.key("format");
      json.value(std::string(to_string(doc.format)));
      json.key("links");
      json.begin_array();
      if (run.links_checked) {
        for (const auto& link : doc.links)
          write_link(json, link);
      }
      json.end_array();
      json.key("sources");
      json.begin_array();
      for (const auto& citation : doc.resolved)
        json.value(to_json(citation));
      json.end_array();
      json.key("warnings");
      json.value(doc.warnings);
      json.end_object();
    }
    json.end_array();
    json.key("summary");
    json.value(summary(run));
    json.end_object();
    json.end_document();
  }
};

class JsonlReporter final : public CheckReporter {
 public:
  void render(std::ostream& out, const CheckRun& run) override {
    JsonStream json(out, JsonStream::Layout::compact);
    for (const auto& doc : run.documents) {
      for (const auto& link : doc.links) {
        write_link(json, link, doc.path);
        json.end_document();
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

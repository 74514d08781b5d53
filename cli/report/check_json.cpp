// `check --format json`: one object for the run; per document, per cited link, the state
// and its evidence. `jsonl` writes the same link objects, one per line.
#include <optional>
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
  void begin(std::ostream& out, bool /*links_checked*/) override {
    m_json.emplace(out);
    m_json->begin_object();
    m_json->key("documents");
    m_json->begin_array();
  }

  void documents(std::ostream& /*out*/, const CheckRun& batch) override {
    JsonStream& json = *m_json;
    for (const auto& doc : batch.documents) {
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
      if (batch.links_checked) {
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
  }

  void end(std::ostream& /*out*/, const CheckRun& run) override {
    m_json->end_array();
    m_json->key("summary");
    m_json->value(summary(run));
    m_json->end_object();
    m_json->end_document();
    m_json.reset();
  }

 private:
  std::optional<JsonStream> m_json;
};

class JsonlReporter final : public CheckReporter {
 public:
  void begin(std::ostream& out, bool /*links_checked*/) override {
    m_json.emplace(out, JsonStream::Layout::compact);
  }

  void documents(std::ostream& /*out*/, const CheckRun& batch) override {
    for (const auto& doc : batch.documents) {
      for (const auto& link : doc.links) {
        write_link(*m_json, link, doc.path);
        m_json->end_document();
      }
    }
  }

  void end(std::ostream& /*out*/, const CheckRun& /*run*/) override { m_json.reset(); }

 private:
  std::optional<JsonStream> m_json;
};

}  // namespace

std::unique_ptr<CheckReporter> make_check_json_reporter() {
  return std::make_unique<JsonReporter>();
}

std::unique_ptr<CheckReporter> make_check_jsonl_reporter() {
  return std::make_unique<JsonlReporter>();
}

}  // namespace citecheck::cli

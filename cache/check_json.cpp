#include "check_json.hpp"

namespace citecheck::cache {

Evidence evidence_from_text(const std::string& text) {
  return evidence_from_json(nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false));
}

nlohmann::json run_to_json(const RunRecord& run) {
  return {{"id", run.id},
          {"document", run.document},
          {"started_at", run.started_at},
          {"finished_at", run.finished_at},
          {"tool_version", run.tool_version},
          {"counts", run.counts}};
}

}  // namespace citecheck::cache

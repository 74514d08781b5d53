#include "check_json.hpp"

namespace citecheck::cache {

nlohmann::json run_to_json(const RunRecord& run) {
  return {{"id", run.id},
          {"document", run.document},
          {"started_at", run.started_at},
          {"finished_at", run.finished_at},
          {"tool_version", run.tool_version},
          {"counts", run.counts}};
}

}  // namespace citecheck::cache

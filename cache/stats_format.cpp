#include <sstream>

#include <citecheck/store.hpp>

namespace citecheck {

std::string format_stats(const StoreStats& stats) {
  std::ostringstream out;
  out << "cache:        " << stats.location << '\n'
      << "entries:      " << stats.entries << " (" << stats.fresh_entries << " fresh)\n";
  for (const auto& [state, count] : stats.entries_per_state) {
    out << "  " << state << ": " << count << '\n';
  }
  out << "history rows: " << stats.history_rows << '\n'
      << "resolutions:  " << stats.resolutions << '\n'
      << "responses:    " << stats.responses << '\n'
      << "parses:       " << stats.parsed_documents << '\n'
      << "runs:         " << stats.runs << '\n'
      << "file size:    " << stats.file_bytes << " bytes\n";
  if (!stats.oldest_check.empty()) {
    out << "checks from:  " << stats.oldest_check << " to " << stats.newest_check << '\n';
  }
  return out.str();
}

nlohmann::json to_json(const StoreStats& stats) {
  return {{"location", stats.location},
          {"entries", stats.entries},
          {"fresh_entries", stats.fresh_entries},
          {"entries_per_state", stats.entries_per_state},
          {"history_rows", stats.history_rows},
          {"resolutions", stats.resolutions},
          {"responses", stats.responses},
          {"parsed_documents", stats.parsed_documents},
          {"runs", stats.runs},
          {"file_bytes", stats.file_bytes},
          {"oldest_check", stats.oldest_check},
          {"newest_check", stats.newest_check}};
}

nlohmann::json to_json(const PruneResult& result) {
  return {{"entries", result.entries},
          {"history_rows", result.history_rows},
          {"resolutions", result.resolutions},
          {"responses", result.responses},
          {"parsed_documents", result.parsed_documents},
          {"runs", result.runs}};
}

}  // namespace citecheck

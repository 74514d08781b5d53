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
      << "runs:         " << stats.runs << '\n'
      << "file size:    " << stats.file_bytes << " bytes\n";
  if (!stats.oldest_check.empty()) {
    out << "checks from:  " << stats.oldest_check << " to " << stats.newest_check << '\n';
  }
  return out.str();
}

}  // namespace citecheck

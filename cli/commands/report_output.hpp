#pragma once
// Where a command writes its report: standard output, or the --output file. The file is
// opened before any work is done, so a bad path fails in a second rather than after an
// hour of link checks; a write that fails (full disk, closed pipe) is an error naming the
// target, never a silently truncated report.

#include <fstream>
#include <ostream>
#include <string>

namespace citecheck::cli {

/// The report's destination for one command run.
class ReportOutput {
 public:
  /// `path` empty: `standard_output`. Throws InputError when the file cannot be opened.
  ReportOutput(const std::string& path, std::ostream& standard_output);
  ReportOutput(const ReportOutput&) = delete;
  ReportOutput& operator=(const ReportOutput&) = delete;

  std::ostream& stream() { return *m_out; }
  bool to_file() const { return !m_path.empty(); }
  /// Flushes and throws InputError when anything written was lost.
  void finish();

 private:
  std::string m_path;
  std::ofstream m_file;
  std::ostream* m_out;
};

}  // namespace citecheck::cli

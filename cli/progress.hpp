#pragma once
// A progress line on standard error while links are checked: done/total, rate, ETA.
// Drawn only when standard error is a terminal, at most ten times a second.

#include <chrono>
#include <cstddef>
#include <iosfwd>

namespace citecheck::cli {

class ProgressBar {
 public:
  ProgressBar(std::ostream& err, bool enabled);
  void update(std::size_t done, std::size_t total);
  /// Clears the line.
  void finish();

 private:
  std::ostream& m_err;
  bool m_enabled;
  bool m_drawn = false;
  std::chrono::steady_clock::time_point m_start;
  std::chrono::steady_clock::time_point m_last_draw;
};

}  // namespace citecheck::cli

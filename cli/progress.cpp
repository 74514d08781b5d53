#include "progress.hpp"

#include <cstdio>
#include <ostream>
#include <string>

namespace citecheck::cli {

ProgressBar::ProgressBar(std::ostream& err, bool enabled)
    : m_err(err), m_enabled(enabled), m_start(std::chrono::steady_clock::now()) {}

void ProgressBar::update(std::size_t done, std::size_t total) {
  if (!m_enabled || total == 0) {
    return;
  }
  const auto now = std::chrono::steady_clock::now();
  if (done < total && m_drawn && now - m_last_draw < std::chrono::milliseconds(100)) {
    return;
  }
  m_last_draw = now;
  m_drawn = true;
  const double elapsed = std::chrono::duration<double>(now - m_start).count();
  const double rate = elapsed > 0 ? static_cast<double>(done) / elapsed : 0.0;
  const double eta = rate > 0 ? static_cast<double>(total - done) / rate : 0.0;
  constexpr int k_width = 30;
  const int filled = static_cast<int>(k_width * done / total);
  char line[160];
  std::snprintf(line, sizeof line, "\r[%s%s] %zu/%zu  %.1f links/s  ETA %.0fs ",
                std::string(filled, '#').c_str(), std::string(k_width - filled, ' ').c_str(), done,
                total, rate, eta);
  m_err << line << std::flush;
}

void ProgressBar::finish() {
  if (m_drawn) {
    m_err << "\r\033[K" << std::flush;
    m_drawn = false;
  }
}

}  // namespace citecheck::cli

#include "commands/report_output.hpp"

#include <citecheck/errors.hpp>

namespace citecheck::cli {

ReportOutput::ReportOutput(const std::string& path, std::ostream& standard_output)
    : m_path(path), m_out(&standard_output) {
  if (m_path.empty())
    return;
  m_file.open(m_path, std::ios::binary | std::ios::trunc);
  if (!m_file)
    throw InputError(m_path, "cannot open the output file for writing");
  m_out = &m_file;
}

void ReportOutput::finish() {
  m_out->flush();
  if (!*m_out)
    throw InputError(m_path.empty() ? "standard output" : m_path, "writing the report failed");
}

}  // namespace citecheck::cli

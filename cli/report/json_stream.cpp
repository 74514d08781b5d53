#include "report/json_stream.hpp"

#include <string>

namespace citecheck::cli {

void JsonStream::indent(std::size_t levels) {
  for (std::size_t i = 0; i < levels; ++i)
    m_out << "  ";
}

void JsonStream::before_item() {
  if (m_after_key) {
    m_after_key = false;
    return;
  }
  if (m_levels.empty())
    return;
  Level& level = m_levels.back();
  if (level.items++ > 0)
    m_out << ',';
  m_out << '\n';
  indent(m_levels.size());
}

void JsonStream::open(char bracket) {
  before_item();
  m_out << bracket;
  m_levels.emplace_back();
}

void JsonStream::close(char bracket) {
  const bool empty = m_levels.back().items == 0;
  m_levels.pop_back();
  if (!empty) {
    m_out << '\n';
    indent(m_levels.size());
  }
  m_out << bracket;
  if (m_levels.empty())
    m_out << '\n';
}

void JsonStream::key(std::string_view name) {
  before_item();
  m_out << nlohmann::json(name).dump() << ": ";
  m_after_key = true;
}

void JsonStream::value(const nlohmann::json& item) {
  before_item();
  const std::string text = item.dump(2);
  if (m_levels.empty()) {
    m_out << text << '\n';  // a whole document, ended like one streamed by containers
    return;
  }
  if (text.find('\n') == std::string::npos) {
    m_out << text;
    return;
  }
  // Strings in JSON hold no raw newline, so every '\n' is layout: indent it to this depth.
  const std::string pad(2 * m_levels.size(), ' ');
  std::size_t from = 0;
  for (std::size_t nl = text.find('\n'); nl != std::string::npos; nl = text.find('\n', from)) {
    m_out.write(text.data() + from, static_cast<std::streamsize>(nl + 1 - from));
    m_out << pad;
    from = nl + 1;
  }
  m_out.write(text.data() + from, static_cast<std::streamsize>(text.size() - from));
}

}  // namespace citecheck::cli

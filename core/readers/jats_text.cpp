#include "readers/jats_text.hpp"

#include <algorithm>

#include "text/strings.hpp"
#include "text/utf8.hpp"

namespace citecheck::readers::jats {

void TextBuilder::append(std::string_view data) {
  append_valid(data, true);
}

void TextBuilder::append_raw(std::string_view data) {
  append_valid(data, false);
}

void TextBuilder::append_valid(std::string_view data, bool fold) {
  // Each chunk is made valid UTF-8 before it lands, so offsets handed out stay final.
  std::string repaired;
  if (text::first_invalid_utf8(data)) {
    text::Utf8Repair repair = text::repair_utf8(data);
    m_replaced += repair.replaced;
    repaired = std::move(repair.text);
    data = repaired;
  }
  if (!fold) {
    m_text.append(data);
    return;
  }
  for (char c : data) {
    if (text::is_space(c)) {
      if (!at_line_start() && m_text.back() != ' ') {
        m_text.push_back(' ');
      }
    } else {
      m_text.push_back(c);
    }
  }
}

void TextBuilder::trim_trailing_space() {
  while (m_text.size() > m_floor && m_text.back() == ' ') {
    m_text.pop_back();
  }
}

void TextBuilder::trim_trailing_breaks(std::size_t floor) {
  while (m_text.size() > std::max(floor, m_floor) &&
         (m_text.back() == ' ' || m_text.back() == '\n')) {
    m_text.pop_back();
  }
}

void TextBuilder::end_line() {
  trim_trailing_space();
  if (!at_line_start()) {
    m_text.push_back('\n');
  }
}

void TextBuilder::end_paragraph() {
  end_line();
  if (!m_text.empty() && !m_text.ends_with("\n\n")) {
    m_text.push_back('\n');
  }
}

void TextBuilder::add_link(std::size_t begin, std::string url) {
  std::size_t end = m_text.size();
  while (end > begin && m_text[end - 1] == ' ') {
    --end;
  }
  if (url.empty() || end <= begin) {
    return;
  }
  Link link;
  link.begin = begin;
  link.end = end;
  link.url = std::move(url);
  m_links.push_back(std::move(link));
}

}  // namespace citecheck::readers::jats

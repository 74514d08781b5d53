#include "engine/header_sink.hpp"

#include <string>
#include <string_view>

namespace citecheck::engine {
namespace {

std::string_view trim(std::string_view text) {
  const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!text.empty() && blank(text.front())) {
    text.remove_prefix(1);
  }
  while (!text.empty() && blank(text.back())) {
    text.remove_suffix(1);
  }
  return text;
}

}  // namespace

void HeaderSink::reset() {
  m_headers.clear();
  m_bytes = 0;
}

std::size_t HeaderSink::write(char* data, std::size_t size, std::size_t count, void* self) {
  static_cast<HeaderSink*>(self)->line(std::string_view(data, size * count));
  return size * count;
}

void HeaderSink::line(std::string_view text) {
  if (text.substr(0, 5) == "HTTP/") {
    reset();  // a new response starts; only the last one's headers describe the answer
    return;
  }
  if (m_headers.size() >= k_max_headers || m_bytes + text.size() > k_max_bytes) {
    return;
  }
  const bool continuation = !text.empty() && (text.front() == ' ' || text.front() == '\t');
  const std::string_view value_only = trim(text);
  if (value_only.empty()) {
    return;  // the blank line that ends the header block
  }
  m_bytes += text.size();
  if (continuation) {
    if (!m_headers.empty()) {
      m_headers.back().second += " ";
      m_headers.back().second += value_only;
    }
    return;
  }
  const auto colon = text.find(':');
  if (colon == std::string_view::npos) {
    return;
  }
  m_headers.emplace_back(std::string(trim(text.substr(0, colon))),
                         std::string(trim(text.substr(colon + 1))));
}

}  // namespace citecheck::engine

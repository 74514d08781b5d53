#include "engine/body_sink.hpp"

#include <algorithm>

namespace citecheck::engine {

void BodySink::reset(std::size_t cap) {
  m_body.clear();
  m_body.shrink_to_fit();
  m_cap = cap;
  m_capped = false;
}

std::size_t BodySink::write(char* data, std::size_t size, std::size_t count, void* self) {
  return static_cast<BodySink*>(self)->accept(data, size * count);
}

std::size_t BodySink::accept(const char* data, std::size_t length) {
  const std::size_t room = m_cap - std::min(m_cap, m_body.size());
  if (length <= room) {
    m_body.append(data, length);
    return length;
  }
  // A short count makes curl abort with CURLE_WRITE_ERROR: a gzip bomb or an endless
  // body costs at most the cap plus one decompression buffer.
  m_body.append(data, room);
  m_capped = true;
  return room;
}

}  // namespace citecheck::engine

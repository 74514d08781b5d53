#include "engine/easy_pool.hpp"

namespace citecheck::engine {

EasyPool::~EasyPool() {
  for (CURL* easy : m_idle) {
    curl_easy_cleanup(easy);
  }
}

CURL* EasyPool::acquire() {
  if (m_idle.empty()) {
    CURL* easy = curl_easy_init();
    m_created += easy != nullptr ? 1 : 0;
    return easy;
  }
  CURL* easy = m_idle.back();
  m_idle.pop_back();
  return easy;
}

void EasyPool::release(CURL* easy) {
  if (easy == nullptr) {
    return;
  }
  if (m_idle.size() >= m_max_idle) {
    curl_easy_cleanup(easy);
    return;
  }
  // Reset drops every option (and the pointers into the finished transfer) but keeps
  // the handle's caches; the connections themselves live in the multi handle.
  curl_easy_reset(easy);
  m_idle.push_back(easy);
}

}  // namespace citecheck::engine

#pragma once
// Easy handles are reused: a finished transfer's handle is reset and handed to the next,
// so handles never outnumber the transfers in flight.

#include <curl/curl.h>

#include <cstddef>
#include <vector>

namespace citecheck::engine {

/// Idle easy handles, at most `max_idle` kept.
class EasyPool {
 public:
  explicit EasyPool(std::size_t max_idle) : m_max_idle(max_idle) {}
  EasyPool(const EasyPool&) = delete;
  EasyPool& operator=(const EasyPool&) = delete;
  ~EasyPool();

  /// A clean handle (fresh or reset); nullptr only when curl cannot allocate one.
  CURL* acquire();
  void release(CURL* easy);
  std::size_t idle() const { return m_idle.size(); }
  /// Handles ever made: stays at the peak number in flight however many transfers run.
  std::size_t created() const { return m_created; }

 private:
  std::vector<CURL*> m_idle;
  std::size_t m_max_idle;
  std::size_t m_created = 0;
};

}  // namespace citecheck::engine

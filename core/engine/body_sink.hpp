#pragma once
// The write side of a transfer: at most `cap` bytes of the (decompressed) body are kept;
// past the cap the sink refuses the data so curl stops the transfer at once.

#include <cstddef>
#include <string>

namespace citecheck::engine {

/// Bounded body buffer behind CURLOPT_WRITEFUNCTION.
class BodySink {
 public:
  /// Empties the sink for a new step; `cap` 0 keeps nothing and stops at the first byte.
  void reset(std::size_t cap);
  /// CURLOPT_WRITEFUNCTION; `self` is the BodySink.
  static std::size_t write(char* data, std::size_t size, std::size_t count, void* self);

  /// True once data arrived past the cap (curl then reports CURLE_WRITE_ERROR).
  bool capped() const { return m_capped; }
  std::string take() { return std::move(m_body); }
  std::size_t size() const { return m_body.size(); }

 private:
  std::size_t accept(const char* data, std::size_t length);

  std::string m_body;
  std::size_t m_cap = 0;
  bool m_capped = false;
};

}  // namespace citecheck::engine

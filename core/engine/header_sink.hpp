#pragma once
// The header side of a transfer: the headers of the last response only (a 100 Continue
// or a proxy's answer comes first), bounded in count and size.

#include <cstddef>
#include <vector>

#include <citecheck/http.hpp>

namespace citecheck::engine {

/// Header collector behind CURLOPT_HEADERFUNCTION.
class HeaderSink {
 public:
  static constexpr std::size_t k_max_headers = 256;
  static constexpr std::size_t k_max_bytes = 256 * 1024;

  void reset();
  /// CURLOPT_HEADERFUNCTION; `self` is the HeaderSink.
  static std::size_t write(char* data, std::size_t size, std::size_t count, void* self);
  /// One raw header line as curl hands it over (with its CRLF).
  void line(std::string_view text);

  std::vector<Header> take() { return std::move(m_headers); }
  const std::vector<Header>& headers() const { return m_headers; }

 private:
  std::vector<Header> m_headers;
  std::size_t m_bytes = 0;
};

}  // namespace citecheck::engine

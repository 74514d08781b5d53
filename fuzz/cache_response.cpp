// A cached HTTP answer as a damaged cache file may hold it: any bytes either read back as an
// answer or are refused, never crash; an answer read back survives another round unchanged.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include <citecheck/engine.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const auto first = citecheck::parse_response(bytes);
  if (!first) {
    return 0;
  }
  const std::string stored = citecheck::serialize_response(*first);
  const auto again = citecheck::parse_response(stored);
  if (!again || citecheck::serialize_response(*again) != stored) {
    std::abort();
  }
  return 0;
}

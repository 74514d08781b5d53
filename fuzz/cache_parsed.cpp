// The parse cache's column as a damaged or foreign file may hold it: any bytes must read
// back as a parsed document or a miss, never crash, and a document read must store and read
// back to the same bytes.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "cache/parsed_codec.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const auto first = citecheck::cache::parsed_from_stored(bytes);
  if (!first) {
    return 0;
  }
  const std::string stored = citecheck::cache::parsed_to_stored(*first);
  const auto again = citecheck::cache::parsed_from_stored(stored);
  if (!again || citecheck::cache::parsed_to_stored(*again) != stored) {
    std::abort();
  }
  return 0;
}

// The cache's evidence column as a damaged or foreign file may hold it: any bytes, CBOR or
// JSON text, must read back as some evidence (empty when unreadable), never crash, and what
// was read must survive being stored and read again unchanged.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "cache/check_json.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const citecheck::Evidence first = citecheck::cache::evidence_from_stored(bytes);
  const std::string stored = citecheck::cache::evidence_to_stored(first);
  const citecheck::Evidence again = citecheck::cache::evidence_from_stored(stored);
  // Stored text is valid UTF-8 (repaired on the way in), so a second trip changes nothing.
  if (citecheck::cache::evidence_to_stored(again) != stored) {
    std::abort();
  }
  return 0;
}

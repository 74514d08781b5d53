// What the plugins keep in the store, as a damaged cache file may hold it: the first byte
// picks the record (a news page, an archive lookup, a Crossref work), the rest is its text.
// Any bytes are read or refused, never crash; a record read back is written the same way
// after another round.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "crossref_work.hpp"
#include "outcome.hpp"
#include "page_record.hpp"

namespace {

template <typename Read, typename Write>
void round_trip(const std::string& text, Read read, Write write) {
  const auto first = read(text);
  if (!first) {
    return;
  }
  const std::string stored = write(*first);
  const auto again = read(stored);
  if (!again || write(*again) != stored) {
    std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) {
    return 0;
  }
  const std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
  namespace plugins = citecheck::plugins;
  switch (data[0] % 3) {
    case 0:
      round_trip(
          text, [](const std::string& t) { return plugins::news::parse_record(t); },
          [](const plugins::news::PageRecord& r) { return plugins::news::serialize_record(r); });
      break;
    case 1:
      round_trip(
          text, [](const std::string& t) { return plugins::archive::outcome_from_json(t); },
          [](const plugins::archive::Outcome& o) {
            return plugins::archive::to_json(o).dump(-1, ' ', false,
                                                     nlohmann::json::error_handler_t::replace);
          });
      break;
    default:
      round_trip(
          text, [](const std::string& t) { return plugins::journals::work_from_cache(t); },
          [](const plugins::journals::CrossrefWork& w) {
            return plugins::journals::work_to_cache(w);
          });
      break;
  }
  return 0;
}

// One reader, forced by --input-format, on arbitrary bytes. An InputError is a correct answer
// to bad input; anything else escaping (or any sanitizer report) is a bug.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include <citecheck/errors.hpp>
#include <citecheck/readers.hpp>

namespace {

citecheck::Format fuzzed_format() {
  const std::optional<citecheck::Format> format =
      citecheck::format_from_string(CITECHECK_FUZZ_FORMAT);
  if (!format) {
    __builtin_trap();  // a misconfigured target must not pass silently
  }
  return *format;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const citecheck::Format k_format = fuzzed_format();
  std::string bytes(reinterpret_cast<const char*>(data), size);
  try {
    const citecheck::Document doc =
        citecheck::read_document_bytes("fuzz-input", std::move(bytes), k_format);
    // Spans must lie inside the text: later stages index with them.
    for (const citecheck::Link& link : doc.links) {
      if (link.begin > link.end || link.end > doc.text.size()) {
        __builtin_trap();
      }
    }
    for (const citecheck::ExplicitNote& note : doc.notes) {
      if (note.begin > note.end || note.end > doc.text.size() ||
          (note.marker && *note.marker > doc.text.size())) {
        __builtin_trap();
      }
    }
  } catch (const citecheck::InputError&) {
  }
  return 0;
}

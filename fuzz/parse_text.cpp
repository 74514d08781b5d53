// The whole offline pipeline on plain text: read -> segment -> split -> recognize (no
// plugins), where most of the guessing happens.
#include <cstddef>
#include <cstdint>
#include <string>

#include <citecheck/errors.hpp>
#include <citecheck/pipeline.hpp>
#include <citecheck/plugin_host.hpp>
#include <citecheck/readers.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const citecheck::PluginSet k_plugins;
  std::string bytes(reinterpret_cast<const char*>(data), size);
  try {
    const citecheck::Document doc =
        citecheck::read_document_bytes("fuzz-input", std::move(bytes), citecheck::Format::text);
    (void)citecheck::parse_document(doc, k_plugins);
  } catch (const citecheck::InputError&) {
  }
  return 0;
}

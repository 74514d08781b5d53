#pragma once
// The seam between core and the PDF reader, which is a module loaded on first use: poppler
// and what it links (cairo, GLib, NSS, X11: 70 libraries) cost every run ~8 ms to map and
// ~9 MB of memory, and most runs read no PDF.

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include <boost/dll/shared_library.hpp>

#include <citecheck/document.hpp>

#include "readers/formats.hpp"

namespace citecheck::readers {

/// What the module hands back. Errors come back as values: an exception's type is not
/// reliably the same type on both sides of a dlopen boundary.
struct PdfModuleResult {
  Document document;
  bool failed = false;
  bool input_error = false;  ///< the file's fault (InputError), not the reader's
  std::string message;       ///< InputError's reason, or what went wrong
};

/// The module's entry point, exported as `citecheck_read_pdf`.
using PdfModuleEntry = PdfModuleResult(RawInput&);

/// Exported as `citecheck_pdf_module_build`: the module must come from the same citecheck
/// as the executable, since Document crosses between them by layout. The version and the
/// layouts' sizes, computed alike on both sides.
inline std::string pdf_module_build() {
  return std::string(CITECHECK_VERSION) + "/" + std::to_string(sizeof(Document)) + "/" +
         std::to_string(sizeof(RawInput)) + "/" + std::to_string(sizeof(PdfModuleResult));
}
using PdfModuleBuild = std::string();

/// A loaded module, or why there is none.
struct PdfModule {
  boost::dll::shared_library library;
  std::function<PdfModuleEntry> read;
  std::string failure;  ///< a sentence naming the file(s); empty when loaded
};

/// Where the module is looked for, in order: next to the executable (the build tree mirrors
/// the install tree), then the build and install directories compiled in, so that tests
/// and benchmarks outside bin/ find it too.
std::vector<std::filesystem::path> pdf_module_candidates();

/// Loads the first candidate that exists and checks it belongs to this build.
PdfModule load_pdf_module(const std::vector<std::filesystem::path>& candidates);

/// Reads through `module`; InputError for a bad file, or naming the module's failure.
Document read_pdf_with(const PdfModule& module, RawInput input);

/// Reads a PDF through the module, loaded from pdf_module_candidates() on first use.
Document read_pdf_via_module(RawInput input);

}  // namespace citecheck::readers

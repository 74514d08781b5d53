// Finds, checks and loads the PDF reader module on the first PDF of a run.
#include <filesystem>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include <boost/dll/import.hpp>
#include <boost/dll/runtime_symbol_info.hpp>
#include <boost/dll/shared_library.hpp>

#include <citecheck/errors.hpp>

#include "readers/pdf_module.hpp"

#ifndef CITECHECK_PDF_MODULE_NAME
#error \
    "CITECHECK_PDF_MODULE_NAME, _BUILD_DIR and _INSTALL_DIR come from core/readers/CMakeLists.txt"
#endif

namespace citecheck::readers {

namespace fs = std::filesystem;

std::vector<fs::path> pdf_module_candidates() {
  std::vector<fs::path> out;
  std::error_code error;
  const fs::path exe = boost::dll::program_location(error).string();
  if (!error && exe.has_parent_path()) {
    out.push_back(exe.parent_path() / ".." / "lib" / "citecheck" / "readers" /
                  CITECHECK_PDF_MODULE_NAME);
  }
  out.push_back(fs::path(CITECHECK_PDF_MODULE_BUILD_DIR) / CITECHECK_PDF_MODULE_NAME);
  out.push_back(fs::path(CITECHECK_PDF_MODULE_INSTALL_DIR) / CITECHECK_PDF_MODULE_NAME);
  return out;
}

PdfModule load_pdf_module(const std::vector<fs::path>& candidates) {
  PdfModule loaded;
  std::string looked;
  for (const fs::path& candidate : candidates) {
    std::error_code exists_error;
    looked += (looked.empty() ? "" : ", ") + candidate.lexically_normal().string();
    if (!fs::exists(candidate, exists_error)) {
      continue;
    }
    const std::string where = candidate.lexically_normal().string();
    try {
      loaded.library.load(candidate.string(),
                          boost::dll::load_mode::rtld_lazy | boost::dll::load_mode::rtld_local);
      const auto build = loaded.library.get_alias<PdfModuleBuild>("citecheck_pdf_module_build");
      const std::string found = build();
      if (found != pdf_module_build()) {
        loaded.failure = "the PDF reader module " + where + " belongs to another citecheck (" +
                         found + ", this one is " + pdf_module_build() + "); reinstall citecheck";
        loaded.library.unload();
        return loaded;
      }
      loaded.read = loaded.library.get_alias<PdfModuleEntry>("citecheck_read_pdf");
      return loaded;
    } catch (const std::exception& error) {
      loaded.failure = "the PDF reader module " + where + " could not be loaded (" + error.what() +
                       "); reinstall citecheck";
      return loaded;
    }
  }
  loaded.failure = "PDF reading needs the module " + std::string(CITECHECK_PDF_MODULE_NAME) +
                   ", which is not installed (looked in " + looked + ")";
  return loaded;
}

Document read_pdf_with(const PdfModule& module, RawInput input) {
  if (!module.read) {
    throw InputError(input.path, module.failure);
  }
  const std::string path = input.path;
  PdfModuleResult result = module.read(input);
  if (result.failed) {
    throw InputError(
        path, result.input_error ? result.message : "the PDF reader failed: " + result.message);
  }
  return std::move(result.document);
}

Document read_pdf_via_module(RawInput input) {
  // Loaded once per process and never unloaded, as a library linked at start would be:
  // unloading poppler between documents would only cost the mapping again, and poppler
  // keeps process-wide state (fonts) of its own.
  static std::once_flag once;
  static PdfModule loaded;
  std::call_once(once, [] { loaded = load_pdf_module(pdf_module_candidates()); });
  return read_pdf_with(loaded, std::move(input));
}

}  // namespace citecheck::readers

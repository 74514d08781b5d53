// The PDF reader module's exports (see pdf_module.hpp): the reader, with its errors turned
// into values, and the build it belongs to.
#include <boost/dll/alias.hpp>

#include <citecheck/errors.hpp>

#include "readers/pdf_module.hpp"

namespace citecheck::readers {

PdfModuleResult read_pdf_entry(RawInput& input) {
  PdfModuleResult result;
  const std::string path = input.path;
  try {
    result.document = read_pdf(std::move(input));
  } catch (const InputError& error) {
    result.failed = true;
    result.input_error = true;
    // The host names the file itself: hand back the problem alone.
    const std::string what = error.what();
    const std::string prefix = path + ": ";
    result.message = what.rfind(prefix, 0) == 0 ? what.substr(prefix.size()) : what;
  } catch (const std::exception& error) {
    result.failed = true;
    result.message = error.what();
  }
  return result;
}

std::string pdf_module_build_entry() {
  return pdf_module_build();
}

}  // namespace citecheck::readers

BOOST_DLL_ALIAS(citecheck::readers::read_pdf_entry, citecheck_read_pdf)
BOOST_DLL_ALIAS(citecheck::readers::pdf_module_build_entry, citecheck_pdf_module_build)

// Formats whose reader is not built yet. Each says so plainly, with a way around it,
// rather than handing the segmenter markup it would misread.
#include <citecheck/errors.hpp>

#include "readers/formats.hpp"

namespace citecheck::readers {
namespace {

[[noreturn]] void not_yet(const RawInput& input, Format format, const std::string& way_around) {
  throw InputError(input.path, std::string(to_string(format)) + " input is not supported yet (" +
                                   way_around + ")");
}

}  // namespace

Document read_html(RawInput input) {
  not_yet(input, Format::html,
          "convert the page to Markdown or text, e.g. `pandoc -t gfm`, or pass "
          "--input-format text");
}

Document read_wikitext(RawInput input) {
  not_yet(input, Format::wikitext, "pass --input-format text to read it as plain text");
}

}  // namespace citecheck::readers

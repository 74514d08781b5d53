#pragma once
// A footnote number that ran into the previous note during extraction:
// '... S/RES/2100.6 United Nations S/2014/692.' where note 6 reads 'United Nations,
// S/2014/692.'. Accepted only when the text after the glued number repeats that later
// note, so an ordinary number is never cut.

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace citecheck::split {

/// Where the glued number starts and which note it opens.
struct GluedNumber {
  std::size_t cut = 0;  ///< offset of the glued digits in the text
  int number = 0;
};

/// Looks for a later note's number glued to the end of a sentence in `text` (note
/// `footnote_number`). `text_of(n)` gives note n's display text, or nullptr.
std::optional<GluedNumber> find_glued_number(std::string_view text, int footnote_number,
                                             const std::function<const std::string*(int)>& text_of);

}  // namespace citecheck::split

#pragma once
// From the chosen numbered lines to notes: walks each note's text, groups notes into
// blocks (a page's footnote area), reads blocks whose numbers were printed apart from
// their texts, joins notes continued across pages and fills lost numbers.

#include <string_view>
#include <vector>

#include "segment/lines.hpp"
#include "segment/notes.hpp"
#include "segment/pages.hpp"
#include "segment/sequence.hpp"

namespace citecheck::segmentation {

Segmentation build_notes(std::string_view text, const std::vector<Line>& lines, const Pages& pages,
                         const Sequence& sequence);

}  // namespace citecheck::segmentation

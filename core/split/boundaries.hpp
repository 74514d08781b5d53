#pragma once
// Where one citation ends and the next begins inside a footnote: at ';' outside quotes,
// parentheses and URLs, or where a lead phrase ("See also", "For further information,
// see") opens a sentence — and only when both sides name a source. Commentary without a
// source stays with its neighbour; "See section II" points into the same document.

#include <string_view>
#include <vector>

#include "split/generic_fields.hpp"
#include "split/text_util.hpp"

namespace citecheck::split {

/// True when `text` (one candidate citation) names something a reader could look up: a
/// URL, a quoted title, a date, a symbol-like identifier ("S/2014/692"), a back reference.
bool has_source_evidence(std::string_view text, const std::vector<Range>& urls);

/// Splits text[0, limit) into citation ranges (trimmed, leading "and " dropped).
/// `urls` are URL ranges of `text`.
std::vector<Range> citation_boundaries(std::string_view text, std::size_t limit,
                                       const std::vector<Range>& urls);

}  // namespace citecheck::split

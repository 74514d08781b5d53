#pragma once
// Other spellings of a symbol, for asking the UN Digital Library: the two spacings of a
// qualifier that the catalogue uses ("S/RES/2049(2012)" vs "S/RES/2273 (2016)", reference
// 2.1), and the near misses of a symbol it does not know (OCR'd 'O' for '0', 'l' for '1',
// a dropped, doubled or swapped digit), so that a report can name what was probably meant.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace citecheck::plugins::un_documents {

/// The symbol with no space before its qualifier, as undocs.org and file names write it:
/// "S/RES/2100 (2013)" -> "S/RES/2100(2013)". Other text is kept.
std::string compact_form(std::string_view symbol);

/// The spellings to search for: the normalized one first, then the other spacing of its
/// qualifier when it has one. Each once.
std::vector<std::string> spacing_forms(std::string_view symbol);

/// A key under which two spellings of one symbol compare equal: upper case, no spaces.
std::string symbol_key(std::string_view symbol);

/// Plausible symbols one slip away from `symbol` (which must parse), nearest kinds of slip
/// first, at most `limit`; `symbol` itself is not among them. A Security Council resolution
/// number gets the year the resolution table gives it.
std::vector<std::string> near_variants(std::string_view symbol, std::size_t limit);

}  // namespace citecheck::plugins::un_documents

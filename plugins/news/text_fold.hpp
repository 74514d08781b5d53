#pragma once
// Text as a comparison sees it: titles from a footnote (OCR'd, typographic quotes, dashes of
// every width) and titles from a web page (entities, accents, site names) brought to one
// plain form before they are measured against each other.

#include <string>
#include <string_view>
#include <vector>

namespace citecheck::plugins::news {

/// Lower-case ASCII words separated by single spaces: Latin letters lose their diacritics
/// ("é" -> "e", "ß" -> "ss", "œ" -> "oe"), apostrophes and quotes vanish ("Ban's" ->
/// "bans"), dashes and other punctuation become spaces, "&" reads "and". Letters of other
/// scripts are kept as they are.
std::string fold_for_match(std::string_view text);

/// The words of `fold_for_match(text)`.
std::vector<std::string> match_tokens(std::string_view text);

/// The words of a text already folded: split at single spaces, empty pieces dropped.
std::vector<std::string> folded_words(std::string_view folded);

/// Decodes the HTML character references that survive in metadata values (JSON-LD and
/// double-encoded attributes): named ones in common use and numeric ones. Unknown names are
/// left as written.
std::string decode_entities(std::string_view text);

/// Collapses runs of white space (ASCII and no-break spaces) to one space and trims.
std::string squeeze_space(std::string_view text);

}  // namespace citecheck::plugins::news

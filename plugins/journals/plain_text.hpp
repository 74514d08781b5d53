#pragma once
// Citation text without its markup, so one reading serves Markdown (*Survival*), wikitext
// (''Diacritics'', '''5''', [url "Title"]) and plain text alike. URLs are kept as printed.

#include <string>
#include <string_view>

namespace citecheck::plugins::journals {

/// `raw` with emphasis marks dropped, external links reduced to their label ("[http://x
/// Label]" -> "Label", "[Label](http://x)" -> "Label") and internal wiki links to their text.
std::string plain_text(std::string_view raw);

}  // namespace citecheck::plugins::journals

#pragma once
// A title set in italics, as wikitext (''Title'') and Markdown (*Title*, _Title_) print
// it: citation styles italicise the titles of books and other stand-alone works, and put
// articles and chapters in quotes.

#include <optional>
#include <string_view>

namespace citecheck::split {

/// The first italic span of at least two words in `raw` (its text, without the marks);
/// nullopt when there is none. Bold (''' or **) alone is not italic.
std::optional<std::string_view> italic_title(std::string_view raw);

}  // namespace citecheck::split

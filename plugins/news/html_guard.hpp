#pragma once
// Gumbo builds a tree as deep as the markup nests, checks scopes by walking the stack of
// open elements and frees the tree recursively: a hostile page of nested tags (a megabyte
// of "<div>") takes minutes and then overflows the stack. Before a page reaches the
// parser, a cheap scan estimates how deep it nests and cuts it where it gets too deep.
// Metadata sits in the head and the start of the body; what is cut is the far end.

#include <cstddef>
#include <string_view>

namespace citecheck::plugins::news {

/// Deeper than this the scan cuts; real pages nest a few dozen levels.
inline constexpr std::size_t k_max_nesting = 192;

/// The length of the prefix of `html` that stays within `max_depth` open elements, by an
/// estimate that follows the parser's common implied closings ("<p>" closes an open "<p>",
/// "<li>" an "<li>", a block closes a "<p>") and skips comments, doctypes and the content
/// of raw-text elements. `html.size()` when the whole page is within bounds.
std::size_t safe_parse_length(std::string_view html, std::size_t max_depth = k_max_nesting);

}  // namespace citecheck::plugins::news

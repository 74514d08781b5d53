#pragma once
// Footnotes and endnotes as HTML generators write them: a notes container (Pandoc's
// `section.footnotes`/`aside#footnotes`, WordPress's `ol.footnotes` and
// `ol.easy-footnotes-wrapper`, Wikipedia's `ol.references`), `role="doc-endnote"` /
// `doc-footnote` elements, and list items a superscript link in the body points at.

#include <string>
#include <vector>

#include <citecheck/document.hpp>

#include "readers/html_walk.hpp"

namespace citecheck::readers::html {

/// Notes in document order: number = printed position in their list, marker = the first
/// in-body link to them, element = the note's id.
std::vector<ExplicitNote> find_notes(const GumboNode* root, const Rendered& rendered);

}  // namespace citecheck::readers::html

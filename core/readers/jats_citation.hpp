#pragma once
// A JATS <element-citation> (fields, no punctuation) written out as the citation a reader
// would print, so the splitter and the plugins read it like any other footnote.

#include <string>

#include <pugixml.hpp>

#include "readers/jats_text.hpp"

namespace citecheck::readers::jats {

/// Writes `citation` as "Authors (Year). Title. Source, Vol(Issue), pages. Publisher.
/// doi:... URL" into `out`, links recorded. Returns false (writing nothing) when the element
/// has none of the fields it knows, so the caller can fall back to its plain text.
bool write_element_citation(const pugi::xml_node& citation, TextBuilder& out);

/// The element's text with whitespace folded and references decoded (no links kept).
std::string flat_text(const pugi::xml_node& node);

/// The DOI an identifier element names (<pub-id pub-id-type="doi">, <ext-link
/// ext-link-type="doi">, a doi.org href), or empty.
std::string doi_of(const pugi::xml_node& element);

/// The xlink:href of an element, whatever prefix the file bound the XLink namespace to.
std::string href_of(const pugi::xml_node& element);

}  // namespace citecheck::readers::jats

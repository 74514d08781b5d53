#pragma once
// Parsing a JATS file with pugixml, safely: no DTD is fetched and no custom entity is
// expanded (pugixml does neither), so billion-laughs and external-entity files stay inert.

#include <string>
#include <string_view>

#include <pugixml.hpp>

namespace citecheck::readers::jats {

/// Parses `bytes`; throws InputError naming `path`, the line and the column for malformed XML.
/// Character references are left undecoded: jats::decoded() decodes them once, so a custom
/// entity such as "&lol9;" stays text as written.
pugi::xml_document parse_xml(const std::string& path, std::string_view bytes);

/// 1-based line and column of byte `offset` in `bytes`.
struct LineColumn {
  int line = 1;
  int column = 1;
};
LineColumn line_column(std::string_view bytes, std::size_t offset);

/// Text of a node value with numeric and common named references decoded; unknown ones kept.
std::string decoded(std::string_view raw);

/// Local name of an element ("mml:math" -> "math").
std::string_view local_name(const pugi::xml_node& node);

}  // namespace citecheck::readers::jats

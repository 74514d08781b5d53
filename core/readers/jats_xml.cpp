#include "readers/jats_xml.hpp"

#include <algorithm>

#include <citecheck/errors.hpp>

#include "text/entities.hpp"

namespace citecheck::readers::jats {

LineColumn line_column(std::string_view bytes, std::size_t offset) {
  offset = std::min(offset, bytes.size());
  LineColumn at;
  const std::string_view before = bytes.substr(0, offset);
  at.line = 1 + static_cast<int>(std::count(before.begin(), before.end(), '\n'));
  const std::size_t line_start = before.find_last_of('\n');
  at.column =
      1 + static_cast<int>(line_start == std::string_view::npos ? offset : offset - line_start - 1);
  return at;
}

pugi::xml_document parse_xml(const std::string& path, std::string_view bytes) {
  pugi::xml_document doc;
  // Whitespace-only text matters between inline elements ("<italic>a</italic> <bold>b</bold>").
  // References are decoded by us, once, so unknown (custom) entities stay literal text.
  const unsigned options = (pugi::parse_default | pugi::parse_ws_pcdata) & ~pugi::parse_escapes &
                           ~pugi::parse_wconv_attribute;
  const pugi::xml_parse_result result =
      doc.load_buffer(bytes.data(), bytes.size(), options, pugi::encoding_auto);
  if (!result) {
    const std::size_t offset = result.offset < 0 ? 0 : static_cast<std::size_t>(result.offset);
    const LineColumn at = line_column(bytes, offset);
    throw InputError(path, "malformed XML at line " + std::to_string(at.line) + ", column " +
                               std::to_string(at.column) + " (byte " + std::to_string(offset) +
                               "): " + result.description());
  }
  return doc;
}

std::string decoded(std::string_view raw) {
  return text::decode_entities(raw);
}

std::string_view local_name(const pugi::xml_node& node) {
  const std::string_view name = node.name();
  const std::size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

}  // namespace citecheck::readers::jats

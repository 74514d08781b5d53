#pragma once
// HTML character references in attribute values and Markdown link destinations. Covers
// numeric references and the named ones that occur in URLs and citations; unknown names are
// left as written rather than guessed.

#include <optional>
#include <string>
#include <string_view>

namespace citecheck::text {

/// Decodes one reference written with its '&' and ';' ("&amp;", "&#x2F;"); nullopt when it
/// is not one this knows.
std::optional<std::string> decode_entity(std::string_view entity);

/// Replaces every reference decode_entity knows.
std::string decode_entities(std::string_view s);

}  // namespace citecheck::text

#pragma once
// The parse cache's column: a parsed document as CBOR arrays, fields in a fixed order. Only
// this build reads what it wrote (the key holds the parser's identity), so the layout is
// positional and versioned by its first item; anything else reads as a miss.

#include <optional>
#include <string>
#include <string_view>

#include <citecheck/pipeline.hpp>

namespace citecheck::cache {

/// The bytes, in a buffer of exactly their size (counted first: a document of tens of
/// thousands of citations is megabytes).
std::string parsed_to_stored(const ParsedDocument& document);
/// The same, for a caller that has counted `size` = parsed_stored_size(document) already.
std::string parsed_to_stored(const ParsedDocument& document, std::size_t size);

/// The size parsed_to_stored's bytes would have, without making them.
std::size_t parsed_stored_size(const ParsedDocument& document);

/// nullopt for bytes of another layout version, damaged or cut short.
std::optional<ParsedDocument> parsed_from_stored(std::string_view bytes);

}  // namespace citecheck::cache

#pragma once
// Small text helpers the formats share.

#include <cstddef>
#include <string>
#include <string_view>

namespace citecheck::cli {

/// At most `max_bytes` of `text`, cut at a character boundary, with "..." when cut.
std::string shorten(std::string_view text, std::size_t max_bytes);

/// Lower-case ASCII letters and digits only: Latin letters lose their accents ("Bøås" ->
/// "boas"), everything else is dropped. For citation keys.
std::string ascii_fold(std::string_view text);

/// Text with runs of whitespace (line breaks included) made one space, ends trimmed.
std::string one_line(std::string_view text);

}  // namespace citecheck::cli

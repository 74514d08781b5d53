#pragma once
// Format sniffing: what the content shows first, the file name's extension second.

#include <optional>
#include <string_view>

#include <citecheck/document.hpp>

namespace citecheck::readers {

/// Container formats recognised from their first bytes (PDF, DOCX); nullopt otherwise.
std::optional<Format> sniff_container(std::string_view bytes);

/// The format of a text document, from the start of its UTF-8 text and then `path`'s
/// extension. Never returns pdf or docx.
Format sniff_text_format(std::string_view path, std::string_view text);

/// The format an extension names (".md" -> markdown); nullopt for unknown extensions.
std::optional<Format> format_from_extension(std::string_view path);

}  // namespace citecheck::readers

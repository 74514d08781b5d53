#pragma once
// UTF-8 checks and repair. Readers hand on valid UTF-8 only; what they had to replace is
// reported with its byte offset.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace citecheck::text {

/// Offset of the first invalid byte, or nullopt when `bytes` is valid UTF-8.
std::optional<std::size_t> first_invalid_utf8(std::string_view bytes);

/// Result of replacing invalid sequences with U+FFFD.
struct Utf8Repair {
  std::string text;
  std::size_t replaced = 0;  ///< number of invalid sequences replaced
  std::size_t first_offset = 0;
  /// Valid multi-byte sequences kept: none at all next to invalid bytes suggests a legacy
  /// 8-bit encoding rather than damage.
  std::size_t multibyte = 0;
};

/// Replaces each invalid byte with U+FFFD (`replaced` counts them, `first_offset` is the
/// first one's offset in `bytes`).
Utf8Repair repair_utf8(std::string_view bytes);

/// Length in bytes of the UTF-8 sequence starting at `s[i]` (1 for invalid bytes).
std::size_t sequence_length(std::string_view s, std::size_t i);

/// Decodes the code point at `s[i]`; returns U+FFFD for an invalid sequence.
char32_t decode_at(std::string_view s, std::size_t i);

/// Appends the UTF-8 encoding of `cp`.
void append_utf8(std::string& out, char32_t cp);

}  // namespace citecheck::text

#pragma once
// Telling a binary file from a document: known magic numbers first (so the message can say
// what the file looks like), then NUL and control bytes in the first 64 KiB.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace citecheck::readers {

/// How much of the start of a file the content checks look at.
inline constexpr std::size_t k_sniff_bytes = std::size_t{64} << 10;

/// A recognised non-document file type.
struct BinaryKind {
  std::string_view name;  ///< "gzip", "PNG image", ...
  std::string_view hint;  ///< what the user can do instead; may be empty
};

/// The type of a known binary (non-document) file from its magic number. PDF and ZIP-based
/// office documents are documents, not binaries: they are sniffed as formats instead.
std::optional<BinaryKind> binary_signature(std::string_view bytes);

/// Why `bytes` (already known not to be UTF-16/32) cannot be text: a known magic number, NUL
/// bytes, or too many control bytes in the first 64 KiB. nullopt when it may be text.
std::optional<std::string> binary_reason(std::string_view bytes);

/// The full InputError message for a binary file.
std::string binary_message(const std::string& reason);

}  // namespace citecheck::readers

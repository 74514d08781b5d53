#pragma once
// Readers: bytes of one file -> Document. One function per format, chosen from one table by
// the sniffed type (content first, extension second); `--input-format` overrides.

#include <optional>
#include <string>
#include <string_view>

#include <citecheck/document.hpp>

namespace citecheck {

/// Limits that keep hostile input bounded.
struct ReadLimits {
  std::size_t max_file_bytes = std::size_t{512} << 20;
};

/// Guesses the format from content, then from the file name. Never throws.
Format sniff_format(std::string_view path, std::string_view bytes);

/// Reads and decodes a file ("-" = standard input). Throws InputError naming the file for a
/// missing file, a directory, a binary file, an empty file, or a malformed container.
Document read_document(const std::string& path, std::optional<Format> forced = std::nullopt,
                       const ReadLimits& limits = {});

/// Same, for bytes already in memory (tests, standard input, fuzzers).
Document read_document_bytes(std::string path, std::string bytes,
                             std::optional<Format> forced = std::nullopt);

}  // namespace citecheck

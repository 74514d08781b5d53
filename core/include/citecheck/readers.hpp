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

/// The bytes of a file ("-" = standard input), with read_document's checks on the way in:
/// InputError for a missing file, a directory, one over the limit, a plainly binary stream.
/// For callers that look at the bytes before reading them (the parse cache keys on them).
std::string read_file_bytes(const std::string& path, const ReadLimits& limits = {});

/// What the readers are, as files: the running program and the PDF reader module, each by
/// path, size and change time (as ccache checks its compiler). Changes when either is
/// rebuilt or replaced, so what was read by another build is never taken for this one's.
std::string reader_identity();

/// One file as reader_identity() names it: "PATH SIZE MTIME.NS", or "PATH missing".
std::string file_identity(const std::string& path);

/// Same, for bytes already in memory (tests, standard input, fuzzers).
Document read_document_bytes(std::string path, std::string bytes,
                             std::optional<Format> forced = std::nullopt);

}  // namespace citecheck

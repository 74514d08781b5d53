#pragma once
// Getting the bytes of one input: a file or standard input ("-"), bounded by ReadLimits.

#include <string>

#include <citecheck/readers.hpp>

namespace citecheck::readers {

/// All bytes of `path` ("-" = standard input). Throws InputError naming the file when it is
/// missing, a directory, unreadable, larger than `limits.max_file_bytes`, or (for streams,
/// checked early so /dev/urandom does not fill memory) plainly binary.
std::string read_input_bytes(const std::string& path, const ReadLimits& limits);

}  // namespace citecheck::readers

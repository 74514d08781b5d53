#pragma once
// Builds ZIP archives in memory with libzip, so DOCX test files are written from XML
// strings at test time.

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace citecheck::test {

using ZipEntries = std::vector<std::pair<std::string, std::string>>;

/// A ZIP holding `entries` (name, content), deflated.
std::string make_zip(const ZipEntries& entries);

/// A ZIP holding one entry `name` of `zeros` zero bytes, streamed (never held in memory).
std::string make_zero_bomb(const std::string& name, std::uint64_t zeros);

/// A ZIP whose entries are AES-encrypted with `password`; empty when libzip lacks crypto.
std::string make_encrypted_zip(const ZipEntries& entries, const std::string& password);

}  // namespace citecheck::test

#pragma once
// SHA-256 for evidence (body fingerprints) and cache keys.

#include <string>
#include <string_view>

namespace citecheck {

/// Lower-case hex SHA-256 of `bytes` (OpenSSL's libcrypto).
std::string sha256_hex(std::string_view bytes);

}  // namespace citecheck

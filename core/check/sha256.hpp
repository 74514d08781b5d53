#pragma once
// SHA-256 of a byte string, lower-case hex (OpenSSL's EVP).

#include <string>
#include <string_view>

namespace citecheck::check {

std::string sha256_hex(std::string_view bytes);

}  // namespace citecheck::check

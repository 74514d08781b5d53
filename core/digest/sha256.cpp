#include <citecheck/sha256.hpp>

#include <openssl/evp.h>

#include <array>
#include <memory>
#include <stdexcept>

namespace citecheck {

std::string sha256_hex(std::string_view bytes) {
  const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(),
                                                                        &EVP_MD_CTX_free);
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int size = 0;
  if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1 ||
      EVP_DigestUpdate(context.get(), bytes.data(), bytes.size()) != 1 ||
      EVP_DigestFinal_ex(context.get(), digest.data(), &size) != 1) {
    // Only an OpenSSL without SHA-256 (a broken install) gets here.
    throw std::runtime_error("OpenSSL could not compute a SHA-256 digest");
  }
  static constexpr std::string_view k_hex = "0123456789abcdef";
  std::string out;
  out.reserve(size * 2);
  for (unsigned int i = 0; i < size; ++i) {
    out += k_hex[digest[i] >> 4];
    out += k_hex[digest[i] & 0x0F];
  }
  return out;
}

}  // namespace citecheck

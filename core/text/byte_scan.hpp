#pragma once
// Scans that look at eight bytes per step: for the rare byte in a long text (a digit in
// prose), where a loop testing every byte costs a branch per byte.

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace citecheck::text {

/// Offset of the first ASCII digit in `s` at or after `from`, or s.size() when none.
inline std::size_t find_digit(std::string_view s, std::size_t from) {
  constexpr std::uint64_t k_ones = 0x0101010101010101ull;
  constexpr std::uint64_t k_high_bits = 0x8080808080808080ull;
  static_assert(std::endian::native == std::endian::little);  // first byte lowest
  std::size_t i = from;
  while (i < s.size() && s.size() - i >= 8) {
    std::uint64_t v = 0;
    std::memcpy(&v, s.data() + i, 8);
    // '0'..'9' on the seven low bits, no carry across bytes; bytes >= 0x80 are no digits.
    const std::uint64_t low7 = v & ~k_high_bits;
    const std::uint64_t from_zero = low7 + (0x80 - '0') * k_ones;      // high bit: >= '0'
    const std::uint64_t past_nine = low7 + (0x80 - '9' - 1) * k_ones;  // high bit: > '9'
    const std::uint64_t digits = from_zero & ~past_nine & ~v & k_high_bits;
    if (digits != 0)
      return i + static_cast<std::size_t>(std::countr_zero(digits)) / 8;
    i += 8;
  }
  while (i < s.size() && !(s[i] >= '0' && s[i] <= '9'))
    ++i;
  return i < s.size() ? i : s.size();
}

}  // namespace citecheck::text

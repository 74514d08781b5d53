#pragma once
// Scans that look at eight bytes per step: for the rare byte in a long text (a digit in
// prose), where a loop testing every byte costs a branch per byte, and for counts over a
// whole document (control bytes, NUL bytes) that a table look-up per byte makes slow.

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace citecheck::text {

inline constexpr std::uint64_t k_byte_ones = 0x0101010101010101ull;
inline constexpr std::uint64_t k_byte_high_bits = 0x8080808080808080ull;

/// Eight bytes as one word, the first byte lowest.
inline std::uint64_t load8(const char* p) {
  static_assert(std::endian::native == std::endian::little);
  std::uint64_t v = 0;
  std::memcpy(&v, p, 8);
  return v;
}

/// The high bit of each byte of `x` that is zero, and of no other (no carry crosses a byte).
constexpr std::uint64_t zero_byte_bits(std::uint64_t x) {
  const std::uint64_t low_nonzero = (x & ~k_byte_high_bits) + ~k_byte_high_bits;
  return ~(low_nonzero | x | ~k_byte_high_bits);
}

/// The high bit of each byte of `v` equal to `c`.
constexpr std::uint64_t equal_byte_bits(std::uint64_t v, unsigned char c) {
  return zero_byte_bits(v ^ (c * k_byte_ones));
}

/// The high bit of each byte of `v` in [lo, hi], both below 0x80 (bytes >= 0x80 never are).
constexpr std::uint64_t range_byte_bits(std::uint64_t v, unsigned char lo, unsigned char hi) {
  const std::uint64_t low7 = v & ~k_byte_high_bits;
  const std::uint64_t from_lo = low7 + (0x80 - lo) * k_byte_ones;      // high bit: >= lo
  const std::uint64_t past_hi = low7 + (0x80 - hi - 1) * k_byte_ones;  // high bit: > hi
  return from_lo & ~past_hi & ~v & k_byte_high_bits;
}

/// How many bytes' high bits are set in `mask` (which holds only high bits): a multiply
/// that sums them, since std::popcount is a library call on the baseline x86-64 target.
constexpr std::size_t count_high_bits(std::uint64_t mask) {
  return static_cast<std::size_t>(((mask >> 7) * k_byte_ones) >> 56);
}

/// Offset of the first ASCII digit in `s` at or after `from`, or s.size() when none.
inline std::size_t find_digit(std::string_view s, std::size_t from) {
  std::size_t i = from;
  while (i < s.size() && s.size() - i >= 8) {
    const std::uint64_t digits = range_byte_bits(load8(s.data() + i), '0', '9');
    if (digits != 0)
      return i + static_cast<std::size_t>(std::countr_zero(digits)) / 8;
    i += 8;
  }
  while (i < s.size() && !(s[i] >= '0' && s[i] <= '9'))
    ++i;
  return i < s.size() ? i : s.size();
}

/// Offset of the first byte of `s` at or after `from` that is `a`, `b` or not ASCII (>= 0x80),
/// or s.size() when none: the quote scanners' marks are two ASCII quotes and the typographic
/// ones, which all start with a byte >= 0x80.
inline std::size_t find_pair_or_high(std::string_view s, std::size_t from, unsigned char a,
                                     unsigned char b) {
  std::size_t i = from;
  while (i < s.size() && s.size() - i >= 8) {
    const std::uint64_t v = load8(s.data() + i);
    const std::uint64_t hits =
        equal_byte_bits(v, a) | equal_byte_bits(v, b) | (v & k_byte_high_bits);
    if (hits != 0)
      return i + static_cast<std::size_t>(std::countr_zero(hits)) / 8;
    i += 8;
  }
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == a || c == b || c >= 0x80)
      return i;
    ++i;
  }
  return s.size();
}

}  // namespace citecheck::text

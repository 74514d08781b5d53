#include <doctest/doctest.h>

#include <cstdint>
#include <string>

#include "text/byte_scan.hpp"

namespace citecheck::text {

TEST_SUITE("text") {
  TEST_CASE("eight-byte masks agree with byte-by-byte tests") {
    // Mixed words, so that a carry or borrow between neighbouring bytes would show.
    std::uint64_t state = 0x9E3779B97F4A7C15ull;
    for (int n = 0; n < 20000; ++n) {
      state = state * 6364136223846793005ull + 1442695040888963407ull;
      std::uint64_t v = state;
      if (n % 4 == 0)
        v &= 0x00FF00FF00FF00FFull;  // many zero bytes
      std::uint64_t zero = 0;
      std::uint64_t equal = 0;
      std::uint64_t range = 0;
      for (int k = 0; k < 8; ++k) {
        const auto b = static_cast<unsigned char>(v >> (8 * k));
        const std::uint64_t high = std::uint64_t{0x80} << (8 * k);
        zero |= b == 0 ? high : 0;
        equal |= b == 0x1B ? high : 0;
        range |= (b >= 0x09 && b <= 0x0D) ? high : 0;
      }
      CAPTURE(v);
      CHECK(zero_byte_bits(v) == zero);
      CHECK(equal_byte_bits(v, 0x1B) == equal);
      CHECK(range_byte_bits(v, 0x09, 0x0D) == range);
      std::size_t zeros = 0;
      for (int k = 0; k < 8; ++k)
        zeros += (zero >> (8 * k + 7)) & 1;
      CHECK(count_high_bits(zero) == zeros);
    }
  }

  TEST_CASE("find_digit agrees with a byte-by-byte search at every start") {
    // Digits at chunk edges, none at all, UTF-8 bytes whose low seven bits read as digits
    // ("\xB0" is 0x30 + 0x80), and the ASCII neighbours of '0' and '9'.
    const std::string cases[] = {"",
                                 "7",
                                 "abcdefgh",
                                 "abcdefg9",
                                 "abcdefgh1",
                                 "/:/:/:/:/:/:/:/:5",
                                 "\xB0\xB1\xB9 degr\xC3\xA9s 12",
                                 "see note 12 and 345, p. 6789"};
    for (const std::string& s : cases) {
      for (std::size_t from = 0; from <= s.size() + 1; ++from) {
        std::size_t expected = from;
        while (expected < s.size() && !(s[expected] >= '0' && s[expected] <= '9'))
          ++expected;
        if (expected > s.size())
          expected = s.size();
        CAPTURE(s);
        CAPTURE(from);
        CHECK(find_digit(s, from) == expected);
      }
    }
  }

  TEST_CASE("find_pair_or_high agrees with a byte-by-byte search at every start") {
    // Marks at chunk edges, none at all, and bytes whose low seven bits read as a mark
    // ("\xA2" is 0x22 + 0x80, so it counts as high, not as '"').
    const std::string cases[] = {"",
                                 "\"",
                                 "abcdefgh",
                                 "abcdefg'",
                                 "abcdefgh\"",
                                 "!#!#!#!#&(&(&(&(x'",
                                 "\xA2\xA7 caf\xC3\xA9 \"x\"",
                                 "a \xE2\x80\x9Cquoted\xE2\x80\x9D title, it's"};
    for (const std::string& s : cases) {
      for (std::size_t from = 0; from <= s.size() + 1; ++from) {
        std::size_t expected = from;
        while (expected < s.size() && s[expected] != '"' && s[expected] != '\'' &&
               static_cast<unsigned char>(s[expected]) < 0x80)
          ++expected;
        if (expected > s.size())
          expected = s.size();
        CAPTURE(s);
        CAPTURE(from);
        CHECK(find_pair_or_high(s, from, '"', '\'') == expected);
      }
    }
  }
}

}  // namespace citecheck::text

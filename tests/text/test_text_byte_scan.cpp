#include <doctest/doctest.h>

#include <string>

#include "text/byte_scan.hpp"

namespace citecheck::text {

TEST_SUITE("text") {
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
}

}  // namespace citecheck::text

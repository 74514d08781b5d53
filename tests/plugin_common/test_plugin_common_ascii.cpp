// The scanners of common/ascii.hpp against byte-by-byte answers.
#include <doctest/doctest.h>

#include <string>

#include "common/ascii.hpp"

using namespace citecheck::plugins;

TEST_SUITE("plugin_common") {
  TEST_CASE("skip_blanks agrees with a byte-by-byte walk at every start") {
    // Runs shorter and longer than eight, ending at chunk edges, tabs (not blanks) and none.
    const std::string cases[] = {"",
                                 " ",
                                 "x",
                                 "        ",
                                 "         x",
                                 "       x        ",
                                 "a                 b",
                                 " \t ",
                                 "Title, <                                          >."};
    for (const std::string& s : cases) {
      for (std::size_t from = 0; from <= s.size(); ++from) {
        std::size_t expected = from;
        while (expected < s.size() && s[expected] == ' ')
          ++expected;
        CAPTURE(s);
        CAPTURE(from);
        CHECK(ascii::skip_blanks(s, from) == expected);
      }
    }
  }

  TEST_CASE("the class table answers as the comparisons it replaced") {
    for (int value = 0; value < 256; ++value) {
      const char c = static_cast<char>(value);
      CAPTURE(value);
      CHECK(ascii::is_space(c) ==
            (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'));
      CHECK(ascii::is_alnum(c) ==
            ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')));
      CHECK(ascii::is_alpha(c) == ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')));
    }
  }

  TEST_CASE("in_set is set.find(c) != npos") {
    for (int c = 0; c < 256; ++c) {
      const char byte = static_cast<char>(c);
      for (std::string_view set : {std::string_view(""), std::string_view(",;:*_"),
                                   std::string_view(" \t*_'\",.;:()[]")}) {
        CHECK(ascii::in_set(byte, set) == (set.find(byte) != std::string_view::npos));
      }
    }
  }
}

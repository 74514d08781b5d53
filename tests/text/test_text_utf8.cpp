#include <doctest/doctest.h>

#include <chrono>
#include <string>

#include "text/utf8.hpp"

using namespace citecheck::text;

TEST_SUITE("text") {
  TEST_CASE("first_invalid_utf8 finds the first bad byte") {
    struct Case {
      std::string bytes;
      std::optional<std::size_t> expected;
    };
    const Case cases[] = {
        {"", std::nullopt},
        {"plain ASCII text that is longer than eight bytes", std::nullopt},
        {"B\xC3\xB8\xC3\xA5s", std::nullopt},                         // Bøås
        {"\xE2\x80\x94 dash", std::nullopt},                          // em dash
        {"\xF0\x9F\x98\x80", std::nullopt},                           // emoji
        {"abcdefghijklmnop\xFFq", 16},                                // after a long ASCII run
        {"caf\xE9", 3},                                               // Latin-1
        {"\xC0\xAF", 0},                                              // overlong
        {"\xED\xA0\x80", 0},                                          // surrogate
        {"\xF4\x90\x80\x80", 0},                                      // above U+10FFFF
        {"ok \xE2\x80", 3},                                           // truncated at the end
        {std::string("0123456789abcdef") + "\xC3\xA9" + "\x80", 18},  // stray continuation
    };
    for (const auto& c : cases) {
      CAPTURE(c.bytes);
      CHECK(first_invalid_utf8(c.bytes) == c.expected);
    }
  }

  TEST_CASE("repair_utf8 replaces each invalid byte and counts") {
    const Utf8Repair r = repair_utf8(
        "ab\xFF"
        "cd\xC3\xA9\xFE");
    CHECK(r.text ==
          "ab\xEF\xBF\xBD"
          "cd\xC3\xA9\xEF\xBF\xBD");
    CHECK(r.replaced == 2);
    CHECK(r.first_offset == 2);
    CHECK(r.multibyte == 1);
    CHECK(first_invalid_utf8(r.text) == std::nullopt);
  }

  TEST_CASE("decode and encode round-trip") {
    for (char32_t cp : {char32_t{0x41}, char32_t{0xE9}, char32_t{0x2014}, char32_t{0x1F600}}) {
      std::string s;
      append_utf8(s, cp);
      CHECK(decode_at(s, 0) == cp);
      CHECK(sequence_length(s, 0) == s.size());
    }
    CHECK(decode_at("\xFF", 0) == 0xFFFD);
    CHECK(sequence_length("\xFF", 0) == 1);
  }

  TEST_CASE("validation is fast") {
    // Reading must stay a small part of the parse budget: far above 50 MB/s.
    std::string big;
    while (big.size() < (std::size_t{32} << 20)) {
      big += "Security Council resolution 2100 (2013), para. 4; B\xC3\xB8\xC3\xA5s, 2015.\n";
    }
    const auto start = std::chrono::steady_clock::now();
    CHECK(first_invalid_utf8(big) == std::nullopt);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const double mb_per_s = static_cast<double>(big.size()) / 1e6 / seconds;
    MESSAGE("UTF-8 validation: " << mb_per_s << " MB/s");
    CHECK(mb_per_s > 100.0);
  }
}

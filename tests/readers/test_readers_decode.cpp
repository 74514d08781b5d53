#include <doctest/doctest.h>

#include <chrono>
#include <string>

#include <citecheck/errors.hpp>

#include "readers/decode.hpp"

using namespace citecheck;
using namespace citecheck::readers;

namespace {

std::string utf16le(std::string_view ascii, bool bom) {
  std::string out = bom ? std::string("\xFF\xFE") : std::string();
  for (char c : ascii) {
    out += c;
    out += '\0';
  }
  return out;
}

}  // namespace

TEST_SUITE("readers") {
  TEST_CASE("normalize_newlines keeps the line count") {
    struct Case {
      std::string in;
      std::string out;
    };
    const Case cases[] = {
        {"a\r\nb\r\n", "a\nb\n"},
        {"a\rb\rc", "a\nb\nc"},
        {"a\r\n\r\nb", "a\n\nb"},
        {"a\n\rb", "a\n\nb"},
        {"\r", "\n"},
        {"no returns\n", "no returns\n"},
        {"mixed\r\nlone\rlf\n", "mixed\nlone\nlf\n"},
    };
    for (const auto& c : cases) {
      std::string s = c.in;
      normalize_newlines(s);
      CAPTURE(c.in);
      CHECK(s == c.out);
    }
  }

  TEST_CASE("detect_encoding") {
    CHECK(detect_encoding("\xEF\xBB\xBFtext").bom_length == 3);
    CHECK(detect_encoding("\xFF\xFEt\0").encoding == Encoding::utf16le);
    CHECK(detect_encoding("\xFE\xFF\0t").encoding == Encoding::utf16be);
    CHECK(detect_encoding(std::string("\xFF\xFE\0\0", 4)).encoding == Encoding::utf32le);
    const EncodingGuess guessed = detect_encoding(utf16le("Hello, world", false));
    CHECK(guessed.encoding == Encoding::utf16le);
    CHECK_FALSE(guessed.from_bom);
    CHECK(detect_encoding("plain").encoding == Encoding::utf8);
  }

  TEST_CASE("transcode_to_utf8 handles surrogates and damage") {
    // U+1F600 as a surrogate pair, then an unpaired high surrogate, then 'A'.
    const std::string units(
        "\x3D\xD8\x00\xDE\x3D\xD8"
        "A\0",
        8);
    const Transcoded t = transcode_to_utf8(units, Encoding::utf16le);
    CHECK(t.text ==
          "\xF0\x9F\x98\x80\xEF\xBF\xBD"
          "A");
    CHECK(t.replaced == 1);
    CHECK(t.first_offset == 4);
  }

  TEST_CASE("decode_text warnings and errors") {
    SUBCASE("UTF-8 BOM is stripped silently") {
      const DecodedText d = decode_text("f.txt", "\xEF\xBB\xBFHello\r\nworld\r\n");
      CHECK(d.text == "Hello\nworld\n");
      CHECK(d.warnings.empty());
    }
    SUBCASE("invalid UTF-8: offset in the file and count") {
      const DecodedText d = decode_text("f.txt",
                                        "\xEF\xBB\xBF"
                                        "abc\xFF\xFE ok \xC3\xA9");
      CHECK(d.text == "abc\xEF\xBF\xBD\xEF\xBF\xBD ok \xC3\xA9");
      REQUIRE(d.warnings.size() == 1);
      CHECK(d.warnings[0] ==
            "f.txt: invalid UTF-8 at byte offset 6; 2 invalid bytes replaced with U+FFFD");
    }
    SUBCASE("legacy 8-bit text gets a hint") {
      const DecodedText d = decode_text("old.txt", "Bo\xE5s and caf\xE9");
      REQUIRE(d.warnings.size() == 1);
      CHECK(d.warnings[0].find("byte offset 2; 2 invalid bytes") != std::string::npos);
      CHECK(d.warnings[0].find("Windows-1252") != std::string::npos);
    }
    SUBCASE("UTF-16 with BOM") {
      const DecodedText d = decode_text("w.txt", utf16le("Line 1\r\nLine 2", true));
      CHECK(d.text == "Line 1\nLine 2");
      REQUIRE(d.warnings.size() == 1);
      CHECK(d.warnings[0] == "w.txt: decoded from UTF-16LE (byte-order mark)");
    }
    SUBCASE("UTF-16 without BOM") {
      const DecodedText d = decode_text("w.txt", utf16le("Some longer text here", false));
      CHECK(d.text == "Some longer text here");
      REQUIRE(d.warnings.size() == 1);
      CHECK(d.warnings[0].find("no byte-order mark") != std::string::npos);
    }
    SUBCASE("empty, BOM only, whitespace only") {
      CHECK_THROWS_WITH_AS(decode_text("e.txt", ""), "e.txt: empty file", InputError);
      CHECK_THROWS_WITH_AS(decode_text("e.txt", "\xEF\xBB\xBF"), "e.txt: empty file", InputError);
      CHECK_THROWS_WITH_AS(decode_text("e.txt", " \n\t\r\n"), "e.txt: empty file (only whitespace)",
                           InputError);
    }
    SUBCASE("binary") {
      CHECK_THROWS_WITH_AS(decode_text("b", std::string("ab\0cd", 5)),
                           "b: binary file (NUL byte at offset 2), not a document", InputError);
    }
  }

  TEST_CASE("decoding is fast") {
    std::string big;
    while (big.size() < (std::size_t{32} << 20)) {
      big += "Footnote 12: S/2014/692, para. 4 \xE2\x80\x94 B\xC3\xB8\xC3\xA5s (2015).\r\n";
    }
    const std::size_t size = big.size();
    const auto start = std::chrono::steady_clock::now();
    const DecodedText d = decode_text("big.txt", std::move(big));
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const double mb_per_s = static_cast<double>(size) / 1e6 / seconds;
    MESSAGE("decode (binary check, UTF-8 validation, CRLF): " << mb_per_s << " MB/s");
    CHECK(d.warnings.empty());
    CHECK(mb_per_s > 50.0);
  }
}

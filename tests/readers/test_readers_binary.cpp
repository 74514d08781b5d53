#include <doctest/doctest.h>

#include <string>

#include "readers/binary.hpp"

using namespace citecheck::readers;

TEST_SUITE("readers") {
  TEST_CASE("binary_signature names known binaries") {
    struct Case {
      std::string bytes;
      std::string_view name;  // empty: not a known binary
    };
    const Case cases[] = {
        {std::string("\x1f\x8b\x08\x00", 4), "gzip"},
        {"\x89PNG\r\n\x1A\n....", "PNG image"},
        {std::string("\x7F"
                     "ELF\x02\x01\x01\x00",
                     8),
         "ELF executable"},
        {"\xFF\xD8\xFF\xE0", "JPEG image"},
        {"GIF89a....", "GIF image"},
        {"BZh91AY&SY....", "bzip2"},
        {std::string("SQLite format 3\0", 16), "SQLite database"},
        {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "legacy Microsoft Office file (.doc, .xls, .ppt)"},
        {std::string("PK\x03\x04", 4) + "mimetypeapplication/epub+zip", "EPUB e-book"},
        {std::string("PK\x03\x04", 4) + "content.xml", "ZIP archive"},
        {std::string("MZ\x90\x00", 4), "Windows executable"},
        // Text that merely starts like a magic number.
        {"BZh is a word", ""},
        {"MZ is a postcode prefix", ""},
        {"GIF87 was a year", ""},
        {std::string("PK\x03\x04", 4) + "word/document.xml", ""},  // DOCX is a document
        {"%PDF-1.4", ""},
    };
    for (const auto& c : cases) {
      CAPTURE(c.bytes);
      const auto kind = binary_signature(c.bytes);
      if (c.name.empty()) {
        CHECK_FALSE(kind.has_value());
      } else {
        REQUIRE(kind.has_value());
        CHECK(kind->name == c.name);
      }
    }
  }

  TEST_CASE("binary_reason: NUL and control bytes") {
    CHECK_FALSE(binary_reason("Plain text\twith tabs\fand a form feed\r\n").has_value());
    CHECK_FALSE(binary_reason("\x1B[1mbold\x1B[0m terminal text").has_value());
    const auto nul = binary_reason(std::string("text\0more", 9));
    REQUIRE(nul.has_value());
    CHECK(*nul == "NUL byte at offset 4");
    std::string noisy;
    for (int i = 0; i < 100; ++i) {
      noisy += (i % 5 == 0) ? '\x01' : 'a';
    }
    CHECK(binary_reason(noisy).has_value());
    // A NUL past the first 64 KiB is not looked at.
    std::string late(k_sniff_bytes, 'a');
    late += '\0';
    CHECK_FALSE(binary_reason(late).has_value());
  }
}

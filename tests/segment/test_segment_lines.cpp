#include <doctest/doctest.h>

#include <string>

#include "segment/lines.hpp"

using namespace citecheck::segmentation;

TEST_SUITE("segment") {
  TEST_CASE("split_lines keeps offsets, indentation and form feeds") {
    const std::string text = "a\n  b c \r\n\fpage\n\n";
    const auto lines = split_lines(text);
    REQUIRE(lines.size() == 5);
    CHECK(lines[0].content == "a");
    CHECK(lines[1].content == "b c");
    CHECK(lines[1].indent == 2);
    CHECK(text.substr(lines[1].begin, lines[1].end - lines[1].begin) == "  b c ");
    CHECK(lines[2].page_start);
    CHECK(lines[2].content == "page");
    CHECK(lines[3].blank);
    CHECK(lines[4].number == 5);
    CHECK(split_lines("").empty());
  }

  TEST_CASE("leading_number reads note numbers, not quantities or years") {
    struct Case {
      const char* line;
      int value;  // 0: not a number line
      char punctuation;
      bool has_text;
    };
    const Case cases[] = {
        {"12 Security Council Report", 12, 0, true},
        {"6  United Nations, S/2014/692.", 6, 0, true},
        {"3. See the report", 3, '.', true},
        {"4) Ibid.", 4, ')', true},
        {"17", 17, 0, false},
        {"2014 as part of the Sahel", 0, 0, false},
        {"12,640 uniformed personnel", 0, 0, false},
        {"123456789012345678901234567890 digits", 0, 0, false},  // no overflow on the way
        {"90% of staff", 0, 0, false},
        {"2.5 million", 0, 0, false},
        {"0 items", 0, 0, false},
        {"20 30 people", 0, 0, false},
        {"6 2000 Review Conference of the Parties", 6, 0, true},  // a title opening with a year
        {"6 2000 people fled", 0, 0, false},
        {"6 2000 1999 2001", 0, 0, false},
        {"Ibid.", 0, 0, false},
        {"\xC2\xB9 See the report", 1, 0, true},
        {"[12] Security Council Report", 12, ']', true},
        {"[3]", 3, ']', false},
        {"[0] x", 0, 0, false},
        {"[1234] x", 0, 0, false},
        {"[12]x", 0, 0, false},
        {"[12 x", 0, 0, false},
        {"[a] x", 0, 0, false},
    };
    for (const Case& c : cases) {
      CAPTURE(c.line);
      const auto number = leading_number(c.line);
      if (c.value == 0) {
        CHECK_FALSE(number.has_value());
        continue;
      }
      REQUIRE(number.has_value());
      CHECK(number->value == c.value);
      CHECK(number->punctuation == c.punctuation);
      CHECK((number->text_begin < std::string_view(c.line).size()) == c.has_text);
    }
  }

  TEST_CASE("line shape predicates") {
    CHECK(ends_sentence("S/PV.7274."));
    CHECK(ends_sentence("(Norwegian Refugee Council, June 19, 2014)."));
    CHECK_FALSE(ends_sentence("Headquarters in Bama-"));
    CHECK(ends_with_hyphen("in Bama-"));
    CHECK(ends_with_url("see http://www.un.org/x.shtml"));
    CHECK_FALSE(ends_with_url("see http://www."));
    CHECK(is_url_line("https://www.ft.com/content/67ccea94"));
    CHECK_FALSE(is_url_line("See https://www.ft.com/content"));
    CHECK(is_glyph_line("~"));
    CHECK(is_glyph_line("\xC2\xB0"));
    CHECK_FALSE(is_glyph_line("7"));
    CHECK(is_separator_line("__________________"));
    CHECK_FALSE(is_separator_line("___ a"));
    CHECK(opening_of("its opportunities") == Opening::lowercase);
    CHECK(opening_of("\xE2\x80\x98Mali") == Opening::uppercase);
    CHECK(opening_of("\xC3\xA9t\xC3\xA9") == Opening::lowercase);
    CHECK(code_points("\xE2\x80\x98"
                      "ab") == 3);
  }
}

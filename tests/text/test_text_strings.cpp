#include <doctest/doctest.h>

#include "text/strings.hpp"

using namespace citecheck::text;

TEST_SUITE("text") {
  TEST_CASE("trim and blank") {
    CHECK(trim("  a b \n") == "a b");
    CHECK(trim_left("\t x ") == "x ");
    CHECK(trim_right(" x \r\n") == " x");
    CHECK(trim("   ").empty());
    CHECK(is_blank(" \t\n"));
    CHECK_FALSE(is_blank(" x "));
  }

  TEST_CASE("case-insensitive comparisons") {
    CHECK(iequals("Notes", "NOTES"));
    CHECK_FALSE(iequals("Note", "Notes"));
    CHECK(istarts_with("<SUP>1</SUP>", "<sup>"));
    CHECK(ifind("abc <A href", "<a") == 4);
    CHECK(ifind("abc", "x") == std::string_view::npos);
    CHECK(ifind("abcabc", "ABC", 1) == 3);
    CHECK(to_lower("AbC") == "abc");
  }

  TEST_CASE("parse_small_int") {
    CHECK(parse_small_int("12") == 12);
    CHECK(parse_small_int("007") == 7);
    CHECK_FALSE(parse_small_int("").has_value());
    CHECK_FALSE(parse_small_int("1a").has_value());
    CHECK_FALSE(parse_small_int("1234567890").has_value());
  }

  TEST_CASE("fold_whitespace") {
    CHECK(fold_whitespace("  a \n\n   b\tc  ") == "a b c");
    CHECK(fold_whitespace("").empty());
  }
}

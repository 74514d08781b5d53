#include <doctest/doctest.h>

#include <citecheck/citation.hpp>
#include <citecheck/document.hpp>

using namespace citecheck;

TEST_SUITE("model") {
  TEST_CASE("kind names round-trip") {
    for (Kind kind : {Kind::un_document, Kind::web, Kind::news, Kind::journal_article, Kind::book,
                      Kind::report, Kind::interview, Kind::ibid, Kind::other}) {
      CHECK(kind_from_string(to_string(kind)) == kind);
    }
    CHECK_FALSE(kind_from_string("newspaper").has_value());
  }

  TEST_CASE("year comes from issued") {
    Citation c;
    CHECK_FALSE(c.year().has_value());
    c.issued = "2014-06-24";
    CHECK(c.year() == 2014);
    c.issued = "June 2014";
    CHECK_FALSE(c.year().has_value());
  }

  TEST_CASE("line_of maps offsets to 1-based lines") {
    Document d;
    d.text = "a\nbc\n\nd";
    d.line_starts = index_lines(d.text);
    CHECK(d.line_of(0) == 1);
    CHECK(d.line_of(2) == 2);
    CHECK(d.line_of(5) == 3);
    CHECK(d.line_of(6) == 4);
  }
}

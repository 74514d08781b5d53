// A wiki citation template's parameters, read onto the record.
#include <doctest/doctest.h>

#include <string>

#include <citecheck/split.hpp>

#include "split/cite_template.hpp"

using citecheck::Citation;
using citecheck::Kind;
using citecheck::split::apply_cite_template;
using citecheck::split::read_cite_template;

TEST_SUITE("split") {
  TEST_CASE("cite template: parameters, nested templates and links kept whole") {
    const auto cite = read_cite_template(
        "Kristeva.<ref>{{Cite_Web |url=https://a.org/x |title=Of [[Julia Kristeva|Kristeva]] "
        "and ''Desire'' |date={{date|2010-05-03}} |access-date=5 June 2012 | website = "
        "[[The Example]] |archive-url=https://web.archive.org/web/2012/https://a.org/x "
        "|url-status=dead}}</ref>");
    REQUIRE(cite);
    CHECK(cite->name == "cite web");
    CHECK(cite->first_of({"title"}) == "Of [[Julia Kristeva|Kristeva]] and ''Desire''");
    CHECK(cite->first_of({"date"}) == "{{date|2010-05-03}}");
    CHECK(cite->first_of({"website"}) == "[[The Example]]");
    CHECK(cite->first_of({"url-status"}) == "dead");
    CHECK(cite->first_of({"nothing", "access-date"}) == "5 June 2012");

    Citation citation;
    CHECK(apply_cite_template(*cite, citation));
    CHECK(citation.title == "Of Kristeva and Desire");
    CHECK(citation.container_title == "The Example");
    CHECK(citation.accessed == "2012-06-05");
    CHECK(citation.urls ==
          std::vector<std::string>{"https://a.org/x",
                                   "https://web.archive.org/web/2012/https://a.org/x"});
  }

  TEST_CASE("cite template: authors, journal fields, {{citation}}") {
    const auto cite = read_cite_template(
        "{{citation |last1=Smith |first1=Jane |last2=Doe |first2=J. |author3=Team X |title=On "
        "signs |journal=Semiotica |volume=12 |issue=3 |pages=1–20 |year=1990 "
        "|doi=10.1515/semi.1990.1 |publisher=De Gruyter}}");
    REQUIRE(cite);
    CHECK(cite->name == "citation");
    Citation citation;
    citation.title = "a plugin's guess";
    REQUIRE(apply_cite_template(*cite, citation));
    CHECK(citation.title == "On signs");
    CHECK(citation.authors == std::vector<std::string>{"Jane Smith", "J. Doe", "Team X"});
    CHECK(citation.container_title == "Semiotica");
    CHECK(citation.volume == "12");
    CHECK(citation.issue == "3");
    CHECK(citation.pages == "1–20");
    CHECK(citation.issued == "1990");
    CHECK(citation.publisher == "De Gruyter");
    CHECK(citation.dois == std::vector<std::string>{"10.1515/semi.1990.1"});
    // Applying again changes nothing.
    CHECK_FALSE(apply_cite_template(*cite, citation));
  }

  TEST_CASE("cite template: none, other templates, broken and hostile wikitext") {
    CHECK_FALSE(read_cite_template("Plain text, ''Title'', 2001."));
    CHECK_FALSE(read_cite_template("{{ISBN|0-19-927438-X}} {{sfn|Smith|2001}}"));
    // Unclosed: read to the end of the text, as far as it goes.
    const auto open = read_cite_template("{{cite book|title=Half a book|year=2001");
    REQUIRE(open);
    CHECK(open->first_of({"title"}) == "Half a book");
    CHECK(read_cite_template("{{") == std::nullopt);
    CHECK(read_cite_template(std::string(100000, '{')) == std::nullopt);
    const auto many = read_cite_template("{{cite web" + std::string(50000, '|') + "}}");
    REQUIRE(many);
    CHECK(many->parameters.empty());
  }

  TEST_CASE("the markup's kind and fields win over a plugin's reading") {
    Citation citation;
    citation.raw =
        "{{cite news|url=https://g.co/x|title=The ideas interview|newspaper=The "
        "Guardian|date=14 March 2006}}";
    citation.kind = Kind::web;
    citation.title = "{{cite news|url=";  // what a reading of the wording made of it
    CHECK(citecheck::apply_citation_markup(citation));
    CHECK(citation.kind == Kind::news);
    CHECK(citation.title == "The ideas interview");
    CHECK(citation.container_title == "The Guardian");
    CHECK(citation.issued == "2006-03-14");
  }
}

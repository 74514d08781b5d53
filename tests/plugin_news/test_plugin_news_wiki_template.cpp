#include <doctest/doctest.h>

#include "wiki_template.hpp"

using citecheck::plugins::news::read_wiki_template;

TEST_SUITE("plugin_news") {
  TEST_CASE("wiki template: named fields, links reduced to text") {
    const auto cite = read_wiki_template(
        "{{cite news|url=https://www.theguardian.com/x|title= The ideas interview: Julia "
        "Kristeva; Why?|first=John|last=Sutherland|newspaper=[[The Guardian]]|date=14 March "
        "2006|accessdate=23 November 2014}}");
    REQUIRE(cite.has_value());
    CHECK(cite->name == "cite news");
    CHECK(cite->first_of({"title"}) == "The ideas interview: Julia Kristeva; Why?");
    CHECK(cite->first_of({"newspaper"}) == "The Guardian");
    CHECK(cite->first_of({"work", "newspaper"}) == "The Guardian");
    CHECK(cite->first_of({"missing"}).empty());
  }

  TEST_CASE("wiki template: piped links and nested templates keep their bars") {
    const auto cite = read_wiki_template(
        "{{citation|url=http://data.bnf.fr/1/|title=BNF data page|publisher=[[Bibliothèque "
        "nationale de France|BnF]]|date={{date|2020}}}}");
    REQUIRE(cite.has_value());
    CHECK(cite->first_of({"publisher"}) == "BnF");
    CHECK(cite->first_of({"title"}) == "BNF data page");
    CHECK(cite->first_of({"date"}) == "{{date|2020}}");
  }

  TEST_CASE("wiki template: none, or unterminated") {
    CHECK_FALSE(read_wiki_template("").has_value());
    CHECK_FALSE(read_wiki_template("plain text").has_value());
    const auto open = read_wiki_template("{{cite web|title=Cut off");
    REQUIRE(open.has_value());
    CHECK(open->first_of({"title"}) == "Cut off");
  }
}

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "names.hpp"

using citecheck::plugins::news::clean_lead;
using citecheck::plugins::news::has_news_word;
using citecheck::plugins::news::looks_like_organisation;
using citecheck::plugins::news::parse_authors;

TEST_SUITE("plugin_news") {
  TEST_CASE("names: authors in the usual forms, as Given Family") {
    struct Case {
      std::string segment;
      std::vector<std::string> expected;
    };
    const Case cases[] = {
        {"", {}},
        {"Richard Gowan", {"Richard Gowan"}},
        {"Emmanuel Bombande and Peter van Tuijl", {"Emmanuel Bombande", "Peter van Tuijl"}},
        {"David E. Sanger and Steven Erlanger", {"David E. Sanger", "Steven Erlanger"}},
        {"Smith, J.", {"J. Smith"}},
        {"Smith, J., & Doe, A. B.", {"J. Smith", "A. B. Doe"}},
        {"Riding, Alan", {"Alan Riding"}},
        {"Jane Doe, John Roe, and Ann Poe", {"Jane Doe", "John Roe", "Ann Poe"}},
        {"Morten Bøås", {"Morten Bøås"}},
        {"Kathleen O'Grady", {"Kathleen O'Grady"}},
        {"United Nations News Centre", {}},
        {"Security Council Report", {}},
        {"Reuters", {}},
        {"Haiti court throws out summons", {}},
        {"General Directorate of Migration of the Dominican Republic", {}},
        {"Richard Gowan and the Security Council", {}},
    };
    for (const auto& c : cases) {
      CAPTURE(c.segment);
      CHECK(parse_authors(c.segment) == c.expected);
    }
  }

  TEST_CASE("names: lead-ins and years are cleaned off") {
    CHECK(clean_lead("See Reuters, ") == "Reuters");
    CHECK(clean_lead("For further information, see Morten Bøås (2014), ") == "Morten Bøås");
    CHECK(clean_lead("Emmanuel Bombande and Peter van Tuijl (2014), ") ==
          "Emmanuel Bombande and Peter van Tuijl");
    CHECK(clean_lead("See ") == "");
    CHECK(clean_lead("Smith, J. ") == "Smith, J.");
    // The year is cut out wherever it stands, and to the end when it is not closed.
    CHECK(clean_lead("Smith (2014) and Jones, ") == "Smith  and Jones");
    CHECK(clean_lead("See also Smith (2014") == "Smith");
  }

  TEST_CASE("names: organisations and news words") {
    CHECK(looks_like_organisation("Security Council Report"));
    CHECK(looks_like_organisation("Office of the High Commissioner"));
    CHECK_FALSE(looks_like_organisation("Richard Gowan"));
    CHECK(has_news_word("The Miami Herald"));
    CHECK(has_news_word("United Nations News Centre"));
    CHECK_FALSE(has_news_word("Oxford University Press"));
    CHECK_FALSE(has_news_word("Small Wars Journal"));
  }
}

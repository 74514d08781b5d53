#include <doctest/doctest.h>

#include "match_score.hpp"

using namespace citecheck::plugins::journals;

TEST_SUITE("plugin_journals") {
  TEST_CASE("fold_text: case, diacritics, quotes and punctuation") {
    struct Case {
      const char* text;
      const char* folded;
    };
    const Case cases[] = {
        {"Bøås", "boas"},
        {"Morten B\xC3\xB8\xC3\xA5s", "morten boas"},
        {"Guns, money and prayers: AQIM's blueprint", "guns money and prayers aqims blueprint"},
        {"\xE2\x80\x98Guns\xE2\x80\x99 \xE2\x80\x94 money", "guns money"},  // ‘Guns’ — money
        {"AQIM\xE2\x80\x99s", "aqims"},
        {"Œuvre Straße Łódź", "ouvre strasse lodz"},
        {"Crème bru\xCC\x82"
         "le\xCC\x81"
         "e",
         "creme brulee"},                // combining accents
        {"Война и мир", "война и мир"},  // other scripts kept
        {"  multiple   spaces\tand\nlines ", "multiple spaces and lines"},
        {"'quoted'", "quoted"},
        {"", ""},
    };
    for (const Case& c : cases) {
      CAPTURE(c.text);
      CHECK(fold_text(c.text) == c.folded);
    }
  }

  TEST_CASE("family_name from an author as printed") {
    struct Case {
      const char* author;
      const char* family;
    };
    const Case cases[] = {
        {"Morten Bøås", "boas"},   {"Bøås, Morten", "boas"},
        {"Frank, H. S.", "frank"}, {"Martin Luther King Jr.", "king"},
        {"Madonna", "madonna"},    {"", ""},
    };
    for (const Case& c : cases) {
      CAPTURE(c.author);
      CHECK(family_name(c.author) == c.family);
    }
  }

  TEST_CASE("edit_distance and token_similarity") {
    CHECK(edit_distance("boas", "bpas") == 1);
    CHECK(edit_distance("", "abc") == 3);
    CHECK(edit_distance("kitten", "sitting") == 3);
    CHECK(token_similarity("The Structure of Ordinary Water", "the structure of ordinary water") ==
          doctest::Approx(1.0));
    // One OCR slip per word still matches, short words must be exact.
    CHECK(token_similarity("The Structure of 0rdinary Watcr", "The Structure of Ordinary Water") >
          0.9);
    CHECK(token_similarity("of", "or") == doctest::Approx(0.0));
    CHECK(token_similarity("", "anything") == doctest::Approx(0.0));
    CHECK(token_similarity("Guns, money and prayers", "Guns, money and power in northern Mali") <
          0.6);
  }

  TEST_CASE("title_similarity reads subtitles and ignores a RETRACTED prefix") {
    CrossrefWork work;
    work.title = "Guns, money and prayers";
    work.subtitle = "AQIM's blueprint for securing control of northern Mali";
    CHECK(title_similarity(
              "Guns, money and prayers: AQIM's blueprint for securing control of Northern Mali",
              work) == doctest::Approx(1.0));
    work.title = "RETRACTED: Self-healing polymer coatings for marine steel";
    work.subtitle.clear();
    CHECK(title_similarity("Self-healing polymer coatings for marine steel", work) ==
          doctest::Approx(1.0));
  }

  TEST_CASE("score_work: the right work passes, a near one does not") {
    CitedWork cited;
    cited.title = "Guns, money and prayers: AQIM's blueprint for securing control of Northern Mali";
    cited.families = {family_name("Morten Bpas")};
    cited.container = "CTC Sentinel";
    cited.year = 2014;

    CrossrefWork same;
    same.title = "Guns, Money and Prayers: AQIM's Blueprint for Securing Control of Northern Mali";
    same.families = {"Bøås"};
    same.container = "CTC Sentinel";
    same.year = 2014;
    const MatchScore right = score_work(cited, same);
    CHECK(right.title == doctest::Approx(1.0));
    CHECK(right.authors == doctest::Approx(0.75));  // 'Bpas' is one slip from 'boas'
    CHECK(is_confident(right, 0.85));

    CrossrefWork near = same;
    near.title = "Guns, money and power in northern Mali";
    near.families = {"Lindqvist"};
    near.container = "Small Wars & Insurgencies";
    const MatchScore wrong = score_work(cited, near);
    CHECK(wrong.total < 0.6);
    CHECK_FALSE(is_confident(wrong, 0.85));

    // Author, year and journal never carry a different title past the gate.
    CrossrefWork other_paper = same;
    other_paper.title = "Castles in the sand: Mali's jihadi insurgency";
    const MatchScore other = score_work(cited, other_paper);
    CHECK(other.authors == doctest::Approx(0.75));
    CHECK(other.total >= 0.4);
    CHECK_FALSE(is_confident(other, 0.4));

    // A year off by one (online first) costs little; parts the citation lacks are not scored.
    CitedWork title_only;
    title_only.title = cited.title;
    const MatchScore bare = score_work(title_only, same);
    CHECK(bare.authors < 0);
    CHECK(bare.year < 0);
    CHECK(bare.journal < 0);
    CHECK(bare.total == doctest::Approx(1.0));
    cited.year = 2013;
    CHECK(score_work(cited, same).year == doctest::Approx(0.5));
  }
}

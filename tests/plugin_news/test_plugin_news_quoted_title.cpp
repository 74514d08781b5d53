#include <doctest/doctest.h>

#include <string>

#include "quoted_title.hpp"

using citecheck::plugins::news::find_quoted_title;
using citecheck::plugins::news::trim_title;

TEST_SUITE("plugin_news") {
  TEST_CASE("quoted title: straight, typographic, nested, and apostrophes") {
    struct Case {
      std::string text;
      std::string expected;  // "" = no title
    };
    const Case cases[] = {
        {"", ""},
        {"no quotes at all", ""},
        {"Doe, \"Title Here,\" Times", "Title Here"},
        {"Doe, 'Title Here', Times", "Title Here"},
        {"Doe, “Title Here”, Times", "Title Here"},
        {"Doe, ‘Title Here’, Times", "Title Here"},
        {"« Titre « interne » fin », 2020", "Titre « interne » fin"},
        {"„Der Titel“, 2020", "Der Titel"},
        {"'Can MINUSMA's Mandate Include the People of Mali?,' IPI",
         "Can MINUSMA's Mandate Include the People of Mali?"},
        {"'Peace at 'crucial Stage' UN Chief Tells Council,' 6 January",
         "Peace at 'crucial Stage' UN Chief Tells Council"},
        {"'Urges 'Spirit of Compromise', 17 October", "Urges 'Spirit of Compromise'"},
        {"'Mali: Ban Voices \"outrage\" as UN Peacekeeper Killed', 8 October",
         "Mali: Ban Voices \"outrage\" as UN Peacekeeper Killed"},
        {"'Frustrations Mount for India at the U.N.', World",
         "Frustrations Mount for India at the U.N."},
        // Print mixes the marks: a single quote opens, a double one closes after a comma.
        {"UN News Centre, ‘Peace at ‘crucial Stage’ UN Chief Tells Council,” 6 January",
         "Peace at ‘crucial Stage’ UN Chief Tells Council"},
        {"Report, ‘Mali: October 2014 Monthly Forecast,” 30 September 2014",
         "Mali: October 2014 Monthly Forecast"},
        {"'Peace at 'crucial Stage' UN Chief Tells Council,” 6 January",
         "Peace at 'crucial Stage' UN Chief Tells Council"},
        // A double quote opened inside is closed by its own mark, never ends the title.
        {"‘Ban Voices “outrage,” as Peacekeeper Killed’, 8 October",
         "Ban Voices “outrage,” as Peacekeeper Killed"},
        // A closing double mark inside a sentence (no punctuation before it) is no close.
        {"‘Stage” UN Chief’, 6 January", "Stage” UN Chief"},
        {"MINUSMA's mandate, the peoples' rights", ""},
        {"Doe, \"Unclosed title", ""},
        {"''New York Times''", ""},  // wikitext italics
        {"Smith. \"A Title.\" The Guardian", "A Title"},
    };
    for (const auto& c : cases) {
      CAPTURE(c.text);
      const auto title = find_quoted_title(c.text);
      if (c.expected.empty()) {
        CHECK_FALSE(title.has_value());
      } else {
        REQUIRE(title.has_value());
        CHECK(title->text == c.expected);
      }
    }
  }

  TEST_CASE("quoted title: the span covers the quotes") {
    const std::string text = "Doe, \"Title,\" Times";
    const auto title = find_quoted_title(text);
    REQUIRE(title.has_value());
    CHECK(text.substr(title->begin, title->end - title->begin) == "\"Title,\"");
  }

  TEST_CASE("trim_title keeps what belongs to the title") {
    CHECK(trim_title(" Title, ") == "Title");
    CHECK(trim_title("Title.") == "Title");
    CHECK(trim_title("at the U.N.") == "at the U.N.");
    CHECK(trim_title("Mali?") == "Mali?");
    CHECK(trim_title("And so on...") == "And so on...");
    CHECK(trim_title("*Italic*") == "Italic");
  }

  TEST_CASE("quoted title: many unclosed quotes stay cheap") {
    std::string text;
    for (int i = 0; i < 50000; ++i) {
      text += " \"x";
    }
    CHECK_FALSE(find_quoted_title(text).has_value());
  }
}

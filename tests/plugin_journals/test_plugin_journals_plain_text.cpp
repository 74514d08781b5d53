#include <doctest/doctest.h>

#include <string>

#include "plain_text.hpp"

using citecheck::plugins::journals::plain_text;

TEST_SUITE("plugin_journals") {
  TEST_CASE("plain text: markup dropped, URLs kept") {
    struct Case {
      std::string raw;
      std::string plain;
    };
    const Case cases[] = {
        {"*Survival* 61", "Survival 61"},
        {"*Comparative Strategy 36*, no.5", "Comparative Strategy 36, no.5"},
        {"''Diacritics'', '''5'''(1)", "Diacritics, 5(1)"},
        {"[http://www.jstor.org/stable/464723 \"Title,\"] x", "\"Title,\" x"},
        {"[Label](https://example.org/a_b)", "Label"},
        {"[[Griselda Pollock]], [[Kathleen O'Grady|O'Grady]]", "Griselda Pollock, O'Grady"},
        {"https://example.org/a_b*c_d", "https://example.org/a_b*c_d"},
        {"snake_case_word", "snake_case_word"},
        {"_italic_ text", "italic text"},
        {"", ""},
        {"[unclosed", "[unclosed"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.raw);
      CHECK(plain_text(c.raw) == c.plain);
    }
  }
}

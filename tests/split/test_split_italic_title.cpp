// Italic titles as wikitext and Markdown print them, and the generic kind they imply.
#include <doctest/doctest.h>

#include <optional>
#include <string>

#include <citecheck/split.hpp>

#include "split/italic_title.hpp"

using citecheck::Citation;
using citecheck::Kind;
using citecheck::split::italic_title;

TEST_SUITE("split") {
  TEST_CASE("italic_title: the marks of wikitext and Markdown") {
    struct Case {
      const char* raw;
      const char* title;  // nullptr: none
    };
    const Case cases[] = {
        {"Roland Barthes, ''The Rustle of language'', p 168", "The Rustle of language"},
        {"'''''Bold italic title''''' here", "Bold italic title"},
        {"Devanny, *The National Cyber Force*, 2021", "The National Cyber Force"},
        {"see _Inside the Visible_ (1996)", "Inside the Visible"},
        {"'''Bold only''' text", nullptr},
        {"**Bold only** text", nullptr},
        {"''Single''", nullptr},  // one word: a foreign term as often as a title
        {"''never closed, Routledge, 2007", nullptr},
        {"2*3*4 is arithmetic", nullptr},
        {"snake_case_names in code", nullptr},
        {"", nullptr},
        {"''", nullptr},
        {"*", nullptr},
    };
    for (const Case& c : cases) {
      CAPTURE(c.raw);
      const auto title = italic_title(c.raw);
      if (c.title == nullptr) {
        CHECK_FALSE(title.has_value());
      } else {
        REQUIRE(title.has_value());
        CHECK(*title == c.title);
      }
    }
  }

  TEST_CASE("generic kind: an italic title alone is a book; with a quoted one it is not") {
    struct Case {
      const char* raw;
      Kind kind;
    };
    const Case cases[] = {
        {"Ian Almond, ''The New Orientalists'', I.B.Tauris, 2007, p. 132", Kind::book},
        {"[[Alan Sokal]] and [[Jean Bricmont]], ''Intellectual Impostures'', 1998, p. 47",
         Kind::book},
        {"Lin, \"Attribution of Incidents,\" *National Security Law* (2016).", Kind::other},
        {"Interview notes, 2019.", Kind::other},
    };
    for (const Case& c : cases) {
      CAPTURE(c.raw);
      Citation citation;
      citation.raw = c.raw;
      citecheck::fill_generic_kind(citation);
      CHECK(citation.kind == c.kind);
    }
  }
}

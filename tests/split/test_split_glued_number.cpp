// A later footnote's number run into this note.
#include <doctest/doctest.h>

#include <map>
#include <string>

#include "note_fixture.hpp"
#include "split/glued_number.hpp"

using namespace citecheck;
using namespace citecheck::split;
using namespace citecheck::test_split;

TEST_SUITE("split") {
  TEST_CASE("glued footnote numbers: found only when the later note is repeated") {
    const std::map<int, std::string> later = {{6, "United Nations, S/2014/692."}, {7, "Ibid."}};
    const auto text_of = [&](int n) -> const std::string* {
      const auto it = later.find(n);
      return it == later.end() ? nullptr : &it->second;
    };
    struct Case {
      const char* text;
      int number;
      std::size_t cut;  // 0 = none
    };
    const Case cases[] = {
        {"see United Nations S/RES/2100.6 United Nations S/2014/692.", 4, 30},
        {"see United Nations S/RES/2100.6 United Nations S/2015/1.", 4, 0},
        {"see United Nations S/RES/2100.6 United Nations S/2014/692.", 6, 0},
        {"Revenue rose by 2.6 per cent in 2014.", 4, 0},
        {"see S/RES/2100.9 United Nations S/2014/692.", 4, 0},
        {"", 4, 0},
    };
    for (const Case& c : cases) {
      const std::string shown = c.text;
      CAPTURE(shown);
      const auto glue = find_glued_number(c.text, c.number, text_of);
      if (c.cut == 0) {
        CHECK(!glue.has_value());
      } else {
        REQUIRE(glue.has_value());
        CHECK(glue->cut == c.cut);
        CHECK(glue->number == 6);
      }
    }
  }

  TEST_CASE("the duplicate stays out of the citations, the repair is recorded") {
    const auto notes = split_notes(
        "",
        {"MINUSMA Mandate. http://www.un.org/mandate.shtml. For further information, see\n"
         "United Nations S/RES/2100.6 United Nations S/2014/692.",
         "Other.", "United Nations, S/2014/692."},
        4);
    const Footnote& four = notes.at(0);
    REQUIRE(four.citations.size() == 2);
    CHECK(four.citations[1].raw == "For further information, see United Nations S/RES/2100.");
    CHECK(has_repair(four.citations[1], "split_glued_footnote_number"));
    REQUIRE(four.repairs.size() == 1);
    CHECK(four.repairs[0].step == "split_glued_footnote_number");
    // The display text stays as printed.
    CHECK(four.text.find("S/RES/2100.6 United Nations S/2014/692.") != std::string::npos);
  }
}

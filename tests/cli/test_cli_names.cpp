#include <doctest/doctest.h>

#include "report/names.hpp"

using namespace citecheck::cli;

TEST_SUITE("cli") {
  TEST_CASE("parse_person_name, one case a line") {
    struct Case {
      const char* name;
      const char* family;
      const char* given;
      const char* particle;
      const char* suffix;
      const char* literal;
    };
    const Case cases[] = {
        {"Richard Gowan", "Gowan", "Richard", "", "", ""},
        {"Morten Bøås", "Bøås", "Morten", "", "", ""},
        {"Bøås, Morten", "Bøås", "Morten", "", "", ""},
        {"Peter van Tuijl", "Tuijl", "Peter", "van", "", ""},
        {"Ludwig van der Berg", "Berg", "Ludwig", "van der", "", ""},
        {"Martin Luther King Jr.", "King", "Martin Luther", "", "Jr.", ""},
        {"King, Martin Luther, Jr.", "King", "Martin Luther", "", "Jr.", ""},
        {"John  Ronald\nTolkien", "Tolkien", "John Ronald", "", "", ""},
        {"United Nations", "", "", "", "", "United Nations"},
        {"International Crisis Group", "", "", "", "", "International Crisis Group"},
        {"Security Council Report", "", "", "", "", "Security Council Report"},
        {"Reuters", "", "", "", "", "Reuters"},
        {"", "", "", "", "", ""},
    };
    for (const auto& c : cases) {
      CAPTURE(c.name);
      const PersonName name = parse_person_name(c.name);
      CHECK(name.family == c.family);
      CHECK(name.given == c.given);
      CHECK(name.particle == c.particle);
      CHECK(name.suffix == c.suffix);
      CHECK(name.literal == c.literal);
    }
  }
}

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "authors.hpp"

using citecheck::plugins::journals::split_authors;

TEST_SUITE("plugin_journals") {
  TEST_CASE("authors: names as printed") {
    struct Case {
      std::string lead;
      std::vector<std::string> names;
    };
    const Case cases[] = {
        {"Marcus Willett, ", {"Marcus Willett"}},
        {"Rory Cormac and Richard J. Aldrich, ", {"Rory Cormac", "Richard J. Aldrich"}},
        {"Christian Czosseck, Rain Ottis, and Anna-Maria Talihärm, ",
         {"Christian Czosseck", "Rain Ottis", "Anna-Maria Talihärm"}},
        {"Emmanuel Bombande and Peter van Tuijl, ", {"Emmanuel Bombande", "Peter van Tuijl"}},
        {"Smith, J., & Doe, A. (2019). ", {"Smith, J.", "Doe, A."}},
        {"Smith, J. R. (2019) ", {"Smith, J. R."}},
        {"Smith, John, and Jane Doe. ", {"Smith, John", "Jane Doe"}},
        {"Creech, James, ", {"Creech, James"}},
        {"For further information, see Morten Bpas (2014), ", {"Morten Bpas"}},
        {"See also Jane Roe et al., ", {"Jane Roe"}},
        {"", {}},
        {"In 2019 the council said, ", {}},
        {"the annual report of the organisation to its members in full, ", {}},
    };
    for (const Case& c : cases) {
      CAPTURE(c.lead);
      CHECK(split_authors(c.lead) == c.names);
    }
  }
}

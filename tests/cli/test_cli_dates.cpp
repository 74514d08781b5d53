#include <doctest/doctest.h>

#include "report/dates.hpp"

using namespace citecheck::cli;

TEST_SUITE("cli") {
  TEST_CASE("date_parts, one case a line") {
    struct Case {
      const char* iso;
      std::optional<std::vector<int>> parts;
    };
    const Case cases[] = {
        {"2014", std::vector<int>{2014}},
        {"2014-06", std::vector<int>{2014, 6}},
        {"2014-06-19", std::vector<int>{2014, 6, 19}},
        {"2014-06-19T10:00:00Z", std::vector<int>{2014, 6, 19}},
        {"2014-13", std::nullopt},
        {"2014-06-32", std::nullopt},
        {"14", std::nullopt},
        {"June 2014", std::nullopt},
        {"2014-06-19-01", std::nullopt},
        {"", std::nullopt},
    };
    for (const auto& c : cases) {
      CAPTURE(c.iso);
      CHECK(date_parts(c.iso) == c.parts);
    }
  }
}

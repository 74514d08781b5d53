#include <doctest/doctest.h>

#include "cited_date.hpp"

namespace archive = citecheck::plugins::archive;

TEST_SUITE("plugin_archive") {
  TEST_CASE("cited date: accessed, issued, document, today") {
    struct Case {
      const char* accessed;
      const char* issued;
      const char* document;
      const char* source;
      const char* day;
    };
    const Case cases[] = {
        {"2019-06-01", "2018-01-01", "2020-01-01", "accessed", "2019-06-01"},
        {"", "2018-02-03", "2020-01-01", "issued", "2018-02-03"},
        {"", "2018", "2020-01-01", "issued", "2018-07-01"},
        {"junk", "", "2020-01-01", "document", "2020-01-01"},
        {"", "", "", "today", "2024-03-05"},
        {"2031-01-01", "", "", "today", "2024-03-05"},  // later than today: a typo
        {"", "n.d.", "", "today", "2024-03-05"},
    };
    const auto today = *archive::parse_iso_date("2024-03-05");
    for (const auto& test : cases) {
      CAPTURE(test.accessed);
      CAPTURE(test.issued);
      citecheck::Citation citation;
      citation.accessed = test.accessed;
      citation.issued = test.issued;
      const auto date = archive::cited_date(citation, test.document, today);
      CHECK(date.source == test.source);
      CHECK(archive::iso_day(date.time) == test.day);
    }
  }
}

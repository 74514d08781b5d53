#include <doctest/doctest.h>

#include <citecheck/store.hpp>

using namespace citecheck;
using namespace std::chrono;

TEST_SUITE("cache") {
  TEST_CASE("parse_timestamp reads ISO 8601 and refuses the rest") {
    const sys_seconds noon = sys_days(year(2024) / 5 / 1) + hours(12);
    struct Case {
      const char* text;
      std::optional<sys_seconds> expected;
    };
    const Case cases[] = {
        {"2024-05-01T12:00:00Z", noon},
        {"2024-05-01t12:00:00z", noon},
        {"2024-05-01 12:00:00Z", noon},
        {"2024-05-01T12:00:00.123456Z", noon},
        {"2024-05-01T14:00:00+02:00", noon},
        {"2024-05-01T07:30:00-04:30", noon},
        {"2024-05-01", sys_days(year(2024) / 5 / 1)},
        {"2024-02-30T00:00:00Z", std::nullopt},
        {"2024-05-01T24:00:00Z", std::nullopt},
        {"2024-05-01T12:00:00", std::nullopt},
        {"2024-05-01T12:00Z", std::nullopt},
        {"2024-5-1", std::nullopt},
        {"yesterday", std::nullopt},
        {"", std::nullopt},
        {"2024-05-01T12:00:00Zjunk", std::nullopt},
    };
    for (const auto& c : cases) {
      CAPTURE(c.text);
      const auto parsed = parse_timestamp(c.text);
      REQUIRE(parsed.has_value() == c.expected.has_value());
      if (parsed) {
        CHECK(time_point_cast<seconds>(*parsed) == *c.expected);
      }
    }
  }

  TEST_CASE("format_timestamp writes UTC seconds and round-trips") {
    const auto time =
        sys_days(year(1999) / 12 / 31) + hours(23) + minutes(59) + seconds(58) + milliseconds(900);
    CHECK(format_timestamp(time) == "1999-12-31T23:59:58Z");
    CHECK(parse_timestamp(format_timestamp(time)) == floor<seconds>(time));
  }

  TEST_CASE("run ids sort by time and do not collide") {
    const auto now = sys_days(year(2024) / 5 / 1) + hours(12);
    const std::string a = new_run_id(now);
    const std::string b = new_run_id(now);
    CHECK(a.rfind("20240501T120000Z-", 0) == 0);
    CHECK(a.size() == std::string("20240501T120000Z-").size() + 8);
    CHECK(a != b);
  }
}

// json_whole: a stored number becomes an integer field only where it fits.
#include <doctest/doctest.h>

#include <citecheck/json.hpp>

#include <limits>

using citecheck::json_whole;
using nlohmann::json;

TEST_SUITE("model") {
  TEST_CASE("json_whole takes numbers that fit and refuses the rest") {
    CHECK(json_whole<int>(json(200)) == 200);
    CHECK(json_whole<int>(json(2.9)) == 2);  // cut toward zero
    CHECK(json_whole<int>(json(-2.9)) == -2);
    CHECK(json_whole<int>(json(2147483647)) == 2147483647);
    CHECK_FALSE(json_whole<int>(json(2147483648LL)));
    CHECK_FALSE(json_whole<int>(json(-2147483649LL)));
    CHECK_FALSE(json_whole<int>(json(1e300)));
    CHECK_FALSE(json_whole<int>(json(std::numeric_limits<double>::quiet_NaN())));
    CHECK_FALSE(json_whole<int>(json(std::numeric_limits<double>::infinity())));
    CHECK_FALSE(json_whole<int>(json("200")));
    CHECK_FALSE(json_whole<int>(json(nullptr)));
    CHECK(json_whole<std::size_t>(json(18446744073709551615ULL)) == 18446744073709551615ULL);
    CHECK_FALSE(json_whole<std::size_t>(json(-5)));
    CHECK_FALSE(json_whole<std::size_t>(json(1.8446744073709552e19)));  // 2^64: one past
    CHECK(json_whole<std::size_t>(json(9007199254740992.0)) == 9007199254740992ULL);
    CHECK(json_whole<std::int64_t>(json(-9.2233720368547758e18)) ==
          std::numeric_limits<std::int64_t>::min());
    CHECK_FALSE(json_whole<std::int64_t>(json(9.2233720368547758e18)));  // 2^63
  }

  TEST_CASE("json_whole_or reads a member, or gives the fallback") {
    const json object = json::parse(R"({"v": 2, "big": 1e300, "text": "3"})");
    CHECK(citecheck::json_whole_or(object, "v", 0) == 2);
    CHECK(citecheck::json_whole_or(object, "big", 7) == 7);
    CHECK(citecheck::json_whole_or(object, "text", 7) == 7);
    CHECK(citecheck::json_whole_or(object, "missing", 1) == 1);
    CHECK(citecheck::json_whole_or(json::array({1, 2}), "v", 5) == 5);
  }

  TEST_CASE("evidence with numbers that fit no field keeps the defaults") {
    const auto e = citecheck::evidence_from_json(json::parse(
        R"({"attempts": 1e300, "body_bytes": -5, "hops": [{"status": 9e18}], "seconds": 0.5})"));
    CHECK(e.attempts == 0);
    CHECK(e.body_bytes == 0);
    REQUIRE(e.hops.size() == 1);
    CHECK(e.hops[0].status == 0);
    CHECK(e.seconds == 0.5);
  }
}

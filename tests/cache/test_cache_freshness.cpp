#include <doctest/doctest.h>

#include <citecheck/store.hpp>

using namespace citecheck;
using namespace std::chrono_literals;

TEST_SUITE("cache") {
  TEST_CASE("each state gets the success age, the failure age, or none") {
    FreshnessPolicy policy;
    CHECK(policy.ok_max_age == 7 * 24h);
    CHECK(policy.failure_max_age == 24h);
    using S = LinkState;
    const std::pair<LinkState, std::chrono::seconds> cases[] = {
        {S::ok, 7 * 24h},        {S::redirected, 7 * 24h}, {S::dead, 24h},    {S::soft_404, 24h},
        {S::blocked, 24h},       {S::server_error, 24h},   {S::timeout, 24h}, {S::unreachable, 24h},
        {S::redirect_loop, 24h}, {S::invalid, 24h},        {S::skipped, 0s},  {S::unknown, 0s},
    };
    for (const auto& [state, age] : cases) {
      CAPTURE(to_string(state));
      CHECK(policy.max_age_for(state) == age);
    }
  }
}

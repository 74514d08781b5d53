#include <doctest/doctest.h>

#include <citecheck/store.hpp>

using namespace citecheck;

TEST_SUITE("cache") {
  TEST_CASE("default_cache_path follows the XDG base directory rules") {
    struct Case {
      const char* xdg;
      const char* home;
      const char* expected;
    };
    const Case cases[] = {
        {"/x/cache", "/home/u", "/x/cache/citecheck/cache.db"},
        {"", "/home/u", "/home/u/.cache/citecheck/cache.db"},
        {"relative/cache", "/home/u", "/home/u/.cache/citecheck/cache.db"},
        {"/x/cache", "", "/x/cache/citecheck/cache.db"},
        {"", "", ""},
    };
    for (const auto& c : cases) {
      CAPTURE(c.xdg);
      CAPTURE(c.home);
      CHECK(default_cache_path(c.xdg, c.home) == c.expected);
    }
  }
}

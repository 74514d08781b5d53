#include <doctest/doctest.h>

#include "engine/curl_global.hpp"
#include "engine/easy_pool.hpp"

using citecheck::engine::EasyPool;

TEST_SUITE("engine") {
  TEST_CASE("EasyPool reuses handles and keeps at most max_idle") {
    citecheck::engine::ensure_curl_global_init();
    EasyPool pool(2);
    CURL* a = pool.acquire();
    CURL* b = pool.acquire();
    CURL* c = pool.acquire();
    REQUIRE(a != nullptr);
    REQUIRE(b != nullptr);
    REQUIRE(c != nullptr);
    CHECK(pool.created() == 3);
    pool.release(a);
    pool.release(b);
    pool.release(c);  // over the limit: cleaned up, not kept
    CHECK(pool.idle() == 2);
    CURL* again = pool.acquire();
    CHECK((again == a || again == b));
    CHECK(pool.created() == 3);
    pool.release(again);
  }
}

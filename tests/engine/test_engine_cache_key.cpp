#include <doctest/doctest.h>

#include <citecheck/engine.hpp>

TEST_SUITE("engine") {
  TEST_CASE("normalize_url: one spelling per resource") {
    struct Case {
      const char* input;
      const char* expected;
    };
    const Case cases[] = {
        {"http://example.org/a", "http://example.org/a"},
        {"HTTP://EXAMPLE.org/A", "http://example.org/A"},  // the path keeps its case
        {"http://example.org:80/a", "http://example.org/a"},
        {"https://example.org:443/a", "https://example.org/a"},
        {"https://example.org:8443/a", "https://example.org:8443/a"},
        {"http://example.org:443/a", "http://example.org:443/a"},
        {"http://example.org/a#section-2", "http://example.org/a"},
        {"http://example.org/a?b=1&c=2#x", "http://example.org/a?b=1&c=2"},
        {"http://example.org", "http://example.org/"},
        {"  http://example.org/a  ", "http://example.org/a"},
        {"not a url", "not a url"},
        {"ftp://example.org/a", "ftp://example.org/a"},
        {"", ""},
    };
    for (const Case& c : cases) {
      CAPTURE(c.input);
      CHECK(citecheck::normalize_url(c.input) == c.expected);
    }
  }

  TEST_CASE("cache_key separates method, query, headers and body") {
    citecheck::HttpRequest a;
    a.url = "http://Example.org:80/x#frag";
    citecheck::HttpRequest b;
    b.url = "http://example.org/x";
    CHECK(citecheck::cache_key(a) == citecheck::cache_key(b));
    CHECK(citecheck::cache_key(a) == "GET http://example.org/x");

    citecheck::HttpRequest query = b;
    query.url = "http://example.org/x?y=1";
    CHECK(citecheck::cache_key(query) != citecheck::cache_key(b));

    citecheck::HttpRequest head = b;
    head.method = "HEAD";
    CHECK(citecheck::cache_key(head) != citecheck::cache_key(b));

    citecheck::HttpRequest json = b;
    json.headers = {{"Accept", "application/json"}};
    CHECK(citecheck::cache_key(json) != citecheck::cache_key(b));

    citecheck::HttpRequest post1 = b;
    post1.method = "POST";
    post1.body = "q=1";
    citecheck::HttpRequest post2 = post1;
    post2.body = "q=2";
    CHECK(citecheck::cache_key(post1) != citecheck::cache_key(post2));
    CHECK(citecheck::cache_key(post1) == citecheck::cache_key(post1));
  }
}

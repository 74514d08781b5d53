#include <doctest/doctest.h>

#include "engine/url.hpp"

using citecheck::engine::parse_http_url;
using citecheck::engine::resolve_url;

TEST_SUITE("engine") {
  TEST_CASE("parse_http_url accepts web URLs and names their host") {
    struct Case {
      const char* input;
      const char* url;
      const char* host;
    };
    const Case cases[] = {
        {"http://example.org/a", "http://example.org/a", "example.org"},
        {"HTTPS://Example.ORG/Path?q=1", "https://Example.ORG/Path?q=1", "example.org"},
        {"  http://example.org/with space  ", "http://example.org/with%20space", "example.org"},
        {"http://example.org", "http://example.org/", "example.org"},
        {"http://[::1]:8080/x", "http://[::1]:8080/x", "[::1]"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.input);
      const auto parsed = parse_http_url(c.input);
      REQUIRE(parsed);
      CHECK(parsed->url == c.url);
      CHECK(parsed->host == c.host);
    }
  }

  TEST_CASE("parse_http_url refuses what is not an http(s) URL") {
    for (const char* input : {"", "example.org/a", "ftp://example.org/", "file:///etc/passwd",
                              "mailto:someone@example.org", "http://", "http://exa\tmple.org/",
                              "javascript:alert(1)"}) {
      CAPTURE(input);
      CHECK_FALSE(parse_http_url(input));
    }
  }

  TEST_CASE("resolve_url resolves Location values the way browsers do") {
    struct Case {
      const char* base;
      const char* location;
      const char* expected;
    };
    const Case cases[] = {
        {"http://a.test/x/y", "z", "http://a.test/x/z"},
        {"http://a.test/x/y", "/z", "http://a.test/z"},
        {"http://a.test/x/y", "../z?q=1", "http://a.test/z?q=1"},
        {"http://a.test/x/y", "//b.test/z", "http://b.test/z"},
        {"http://a.test/x/y", "https://c.test/", "https://c.test/"},
        {"http://a.test/x/y", "?page=2", "http://a.test/x/y?page=2"},
        {"http://a.test/x/y", " /padded ", "http://a.test/padded"},
        {"http://a.test/x/y", "/caf\xc3\xa9", "http://a.test/caf%c3%a9"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.location);
      const auto resolved = resolve_url(c.base, c.location);
      REQUIRE(resolved);
      CHECK(*resolved == c.expected);
    }
    CHECK_FALSE(resolve_url("http://a.test/", ""));
    CHECK_FALSE(resolve_url("http://a.test/", "bad\nvalue"));
  }
}

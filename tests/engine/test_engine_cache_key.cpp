#include <doctest/doctest.h>

#include <citecheck/engine.hpp>

#include <cstdint>
#include <iterator>
#include <string>

#include "engine/url_normal_form.hpp"

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

TEST_SUITE("engine") {
  TEST_CASE("in_normal_form: only what curl would leave as it is") {
    using citecheck::engine::in_normal_form;
    const char* normal[] = {
        "http://example.org/a",
        "https://www.un.org/securitycouncil/s/res/2100-%282013%29",
        "http://127.0.0.1:18080/doc/1/border-census",
        "https://example.org:8443/a?b=1&c=2,3;d=(4)*",
        "https://example.org/a//b/~c/.d/..e/",
        "https://example.org/?q=./../x",
    };
    for (const char* url : normal) {
      CAPTURE(url);
      CHECK(in_normal_form(url));
      CHECK(citecheck::engine::normalize_with_curl(url) == url);
    }
    const char* not_normal[] = {
        "HTTP://example.org/a",
        "http://Example.org/a",
        "http://example.org",
        "http://example.org:80/a",
        "https://example.org:443/a",
        "http://example.org:080/a",
        "http://example.org/a#top",
        "http://example.org/a/./b",
        "http://example.org/a/../b",
        "http://example.org/a/..",
        "http://127.1/a",
        "http://0x7f.0.0.1/a",
        "http://010.0.0.1/a",
        "http://user@example.org/a",
        "http://[::1]/a",
        "http://example.org/a b",
        "http://example.org/caf\xc3\xa9",
        "http://example.org/%zz",
        "ftp://example.org/a",
        "http://example.org./a",
        "http://a..b/c",
        "http://example.org:/a",
        "http://example.org/a\"b",
        "http://example.org/{x}",
    };
    for (const char* url : not_normal) {
      CAPTURE(url);
      CHECK_FALSE(in_normal_form(url));
    }
  }

  TEST_CASE("normalize_url gives curl's answer with or without the shortcut, on every URL") {
    // Random URLs over an alphabet rich in what curl rewrites: the shortcut may only say
    // yes where curl agrees byte for byte.
    const std::string schemes[] = {"http://", "https://", "http://", "https://",
                                   "HTTP://", "http:/",   "Https://"};
    const std::string hosts[] = {"example.org",    "EXAMPLE.org", "127.0.0.1",  "127.1",
                                 "a-b.c0",         "0x10.0.0.1",  "10.0.0.256", "x..y",
                                 "host.",          "[::1]",       "u@h.org",    "192.168.001.1",
                                 "xn--caf-dma.fr", "1.2.3.4.5"};
    const std::string ports[] = {"",      "",   "",       "",  ":80", ":443",
                                 ":8080", ":0", ":65536", ":", ":08"};
    // What curl keeps, several times over, so that many URLs are normal ...
    const std::string plain[] = {"/", "/", "/", "a", "doc", "B",   "1",   ".",      "..", "?",
                                 "&", "=", "+", "~", "@",   ":",   "!",   "$",      "(",  ")",
                                 "*", ",", ";", "'", "%41", "%2e", "%2F", "%c3%a9", "-",  "_"};
    // ... and what it rewrites.
    const std::string odd[] = {"%zz", "%4", "#",  " ", "\xc3\xa9", "\"", "[", "]",
                               "{",   "|",  "\\", "^", "`",        "\t", "<", ">"};
    std::uint64_t state = 12345;
    const auto next = [&state](std::size_t n) {
      state = state * 6364136223846793005ull + 1442695040888963407ull;
      return static_cast<std::size_t>((state >> 33) % n);
    };
    std::size_t shortcut = 0;
    for (int i = 0; i < 20000; ++i) {
      std::string url = schemes[next(std::size(schemes))] + hosts[next(std::size(hosts))] +
                        ports[next(std::size(ports))] + (next(4) == 0 ? "" : "/");
      const std::size_t length = next(10);
      for (std::size_t k = 0; k < length; ++k)
        url += next(8) == 0 ? odd[next(std::size(odd))] : plain[next(std::size(plain))];
      // normalize_url trims white space first; normalize_with_curl is given trimmed text.
      while (!url.empty() && (url.back() == ' ' || url.back() == '\t'))
        url.pop_back();
      CAPTURE(url);
      const bool normal = citecheck::engine::in_normal_form(url);
      shortcut += normal ? 1 : 0;
      if (normal) {
        CHECK(citecheck::engine::normalize_with_curl(url) == url);
      }
      CHECK(citecheck::normalize_url(url) == citecheck::engine::normalize_with_curl(url));
    }
    // The test must exercise the shortcut, not only the slow road.
    CHECK(shortcut > 500);
  }
}

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "url_parts.hpp"

using namespace citecheck::plugins::news;

TEST_SUITE("plugin_news") {
  TEST_CASE("url parts: host and path as cited") {
    struct Case {
      std::string url;
      std::string host;
      std::string path;
    };
    const Case cases[] = {
        {"http://www.reuters.com/article/x?id=1#a", "reuters.com", "/article/x"},
        {"https://User@News.UN.org:443/en/story", "news.un.org", "/en/story"},
        {"www.haitilibre.com/en/news.html", "haitilibre.com", "/en/news.html"},
        {"https://www.example.org", "example.org", ""},
        {"https://www.example.org./a", "example.org", "/a"},
        {"example.org/no-scheme", "", ""},
        {"http://", "", ""},
        {"http://localhost/x", "", ""},
        {"http://bad host.com/x", "", ""},
        {"", "", ""},
    };
    for (const auto& c : cases) {
      CAPTURE(c.url);
      const auto parts = split_url(c.url);
      CHECK(parts.host == c.host);
      CHECK(parts.path == c.path);
    }
  }

  TEST_CASE("url parts: URLs found in text, trailing punctuation dropped") {
    struct Case {
      std::string text;
      std::vector<std::string> expected;
    };
    const Case cases[] = {
        {"", {}},
        {"no links", {}},
        {"See https://a.org/x.", {"https://a.org/x"}},
        {"at www.b.com/y; and http://c.net/z)", {"www.b.com/y", "http://c.net/z"}},
        {"[https://d.org/p Title]", {"https://d.org/p"}},
        {"awww.e.com is not one", {}},
    };
    for (const auto& c : cases) {
      CAPTURE(c.text);
      CHECK(find_urls(c.text) == c.expected);
    }
  }

  TEST_CASE("url parts: domains match whole labels") {
    CHECK(host_in_domain("cnn.com", "cnn.com"));
    CHECK(host_in_domain("edition.cnn.com", "cnn.com"));
    CHECK_FALSE(host_in_domain("notcnn.com", "cnn.com"));
    CHECK_FALSE(host_in_domain("com", "cnn.com"));
  }
}

#include <doctest/doctest.h>

#include <string>

#include "page_url.hpp"

using namespace citecheck::plugins::news;

namespace {

struct JoinCase {
  std::string base;
  std::string reference;
  std::string expected;
};

}  // namespace

TEST_SUITE("plugin_news") {
  TEST_CASE("page_url: relative canonical links resolved") {
    const std::string base = "https://news.un.org/en/story/2015/01/487962-peace?x=1#frag";
    const JoinCase cases[] = {
        {base, "https://www.reuters.com/a/b", "https://www.reuters.com/a/b"},
        {base, "//news.un.org/en/story/2015/01/487962",
         "https://news.un.org/en/story/2015/01/487962"},
        {base, "/en/story/1", "https://news.un.org/en/story/1"},
        {base, "487962", "https://news.un.org/en/story/2015/01/487962"},
        {base, "../02/x", "https://news.un.org/en/story/2015/02/x"},
        {base, "./../../../../../../a", "https://news.un.org/a"},
        {base, "?page=2", "https://news.un.org/en/story/2015/01/487962-peace?page=2"},
        {base, "", "https://news.un.org/en/story/2015/01/487962-peace?x=1"},
        {base, "HTTP://Example.ORG:80/A", "http://example.org/A"},
        {base, "javascript:void(0)", ""},
        {"not a url", "/a", ""},
    };
    for (const JoinCase& c : cases) {
      CAPTURE(c.reference);
      CHECK(join_url(c.base, c.reference) == c.expected);
    }
  }

  TEST_CASE("page_url: cache keys") {
    CHECK(page_key("HTTP://WWW.UN.org:80/apps/news/story.asp?NewsID=49740#VMkQ8C4X4x-") ==
          "http://www.un.org/apps/news/story.asp?NewsID=49740");
    CHECK(page_key("https://Example.org:443") == "https://example.org/");
    CHECK(page_key("https://example.org:8443/a") == "https://example.org:8443/a");
    CHECK(page_key(" ftp://x ") == "ftp://x");
  }

  TEST_CASE("page_url: login and front-page paths") {
    CHECK(is_login_path("/account/login"));
    CHECK(is_login_path("/signin.html"));
    CHECK(is_login_path("/subscribe"));
    CHECK(is_login_path("/en/paywall/offer"));
    CHECK_FALSE(is_login_path("/article/2015/03/16/us-mali-talks"));
    CHECK_FALSE(is_login_path("/subscribers-rejoice"));
    CHECK(is_home_path("/"));
    CHECK(is_home_path(""));
    CHECK(is_home_path("/en/"));
    CHECK(is_home_path("/fr-fr"));
    CHECK(is_home_path("/index.html"));
    CHECK_FALSE(is_home_path("/world"));
    CHECK_FALSE(is_home_path("/en/story/2015/01/487962"));
  }

  TEST_CASE("page_url: parts") {
    const WebUrl url = parse_web_url("https://user@News.UN.org:8080/a/b?q=1#f");
    CHECK(url.scheme == "https");
    CHECK(url.host == "news.un.org");
    CHECK(url.port == "8080");
    CHECK(url.path == "/a/b");
    CHECK(url.query == "q=1");
    CHECK(parse_web_url("mailto:x@y").scheme.empty());
    CHECK(parse_web_url("http://").scheme.empty());
  }
}

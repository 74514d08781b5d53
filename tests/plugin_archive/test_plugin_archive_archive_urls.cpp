#include <doctest/doctest.h>

#include "random_text.hpp"

#include <tuple>

#include "archive_urls.hpp"

namespace archive = citecheck::plugins::archive;

TEST_SUITE("plugin_archive") {
  TEST_CASE("cited archive URLs: original and time read out") {
    struct Case {
      const char* url;
      const char* original;  // empty: not an archive URL with a date
      const char* timestamp;
    };
    const Case cases[] = {
        {"https://web.archive.org/web/20171124151315/https://www.fws.gov/birds/",
         "https://www.fws.gov/birds/", "20171124151315"},
        {"https://web.archive.org/web/20171124151315id_/https://www.fws.gov/birds/",
         "https://www.fws.gov/birds/", "20171124151315"},
        {"http://web.archive.org/web/2015if_/http://example.com/a?b=1&c=2",
         "http://example.com/a?b=1&c=2", "2015"},
        {"https://web.archive.org/web/20060101213916/example.com/page", "http://example.com/page",
         "20060101213916"},
        {"https://web.archive.org/web/20060101/http:/example.com/", "http://example.com/",
         "20060101"},
        {"https://wayback.archive-it.org/1234/20190101000000/https://un.org/x", "https://un.org/x",
         "20190101000000"},
        {"https://webarchive.nationalarchives.gov.uk/20120101000000/http://www.gov.uk/a",
         "http://www.gov.uk/a", "20120101000000"},
        {"https://archive.ph/2019.01.01-123456/https://example.com/story",
         "https://example.com/story", "2019.01.01-123456"},
        {"https://archive.today/20190101123456/https://example.com/story",
         "https://example.com/story", "20190101123456"},
        {"https://web.archive.org/web/20200101000000/https%3A%2F%2Fexample.com%2Fa",
         "https://example.com/a", "20200101000000"},
        {"https://archive.ph/AbCdE", "", ""},
        {"https://perma.cc/ABCD-1234", "", ""},
        {"https://example.com/2019/http-guide", "", ""},
        {"https://example.com/2019/06/story.html", "", ""},
        {"https://web.archive.org/web/*/example.com", "", ""},
        {"https://web.archive.org/web/99999999/http://example.com", "", ""},
        {"not a url", "", ""},
        {"", "", ""},
    };
    for (const auto& test : cases) {
      CAPTURE(test.url);
      const auto parsed = archive::parse_archive_url(test.url);
      CHECK((parsed ? parsed->original : std::string()) == test.original);
      CHECK((parsed ? parsed->timestamp : std::string()) == test.timestamp);
    }
  }

  TEST_CASE("same resource, as archives see it") {
    const std::tuple<const char*, const char*, bool> cases[] = {
        {"http://example.com/a", "https://www.example.com/a/", true},
        {"http://example.com:80/a", "http://EXAMPLE.com/a", true},
        {"http://example.com/a#top", "http://example.com/a", true},
        {"http://example.com/a", "http://example.com/b", false},
        {"http://example.com/a?x=1", "http://example.com/a?x=2", false},
        {"http://example.com/", "http://example.com", true},
        {"http://example.com/", "http://other.example/", false},
    };
    for (const auto& [a, b, same] : cases) {
      CAPTURE(a);
      CAPTURE(b);
      CHECK(archive::same_resource(a, b) == same);
    }
  }

  TEST_CASE("home pages, hosts, encodings and replay bases") {
    CHECK(archive::is_home_page("http://example.com"));
    CHECK(archive::is_home_page("http://example.com/#x"));
    CHECK_FALSE(archive::is_home_page("http://example.com/a"));
    CHECK_FALSE(archive::is_home_page("http://example.com/?q=1"));
    CHECK(archive::host_of("https://User@WWW.Example.com:8443/a") == "www.example.com");
    CHECK(archive::host_of("mailto:x@example.com").empty());
    CHECK(archive::is_http_url("HTTPS://example.com"));
    CHECK_FALSE(archive::is_http_url("ftp://example.com"));
    CHECK(archive::replay_base_for("https://web.archive.org/cdx/search/cdx") ==
          "https://web.archive.org/web/");
    CHECK(archive::replay_base_for("http://127.0.0.1:8080/cdx/search/cdx") ==
          "http://127.0.0.1:8080/web/");
    CHECK(archive::replay_base_for("https://example.org/wayback/cdx") ==
          "https://example.org/wayback/web/");
    CHECK(archive::replay_url("https://web.archive.org/web", "2019", "http://a.b/") ==
          "https://web.archive.org/web/2019/http://a.b/");
  }
  TEST_CASE("random and oversized URLs") {
    for (const auto& text : citecheck::test::random_texts(2000)) {
      const auto parsed = archive::parse_archive_url(text);
      if (parsed) {
        CHECK_FALSE(parsed->original.empty());
      }
      (void)archive::same_resource(text, "http://a.b/");
      (void)archive::is_home_page(text);
      (void)archive::host_of(text);
      (void)archive::replay_base_for(text);
    }
  }
}

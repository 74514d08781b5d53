#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "json_ld.hpp"
#include "page_metadata.hpp"

using namespace citecheck::plugins::news;

TEST_SUITE("plugin_news") {
  TEST_CASE("page_metadata: Highwire first, then JSON-LD, OpenGraph, Dublin Core, <title>") {
    const std::string html = R"(<html lang="en"><head>
      <title>Page title | Site</title>
      <meta name="DC.title" content="DC title">
      <meta property="og:title" content="OG title">
      <meta name="citation_title" content="Highwire title">
      <meta name="citation_author" content="Doe, Jane">
      <meta name="citation_author" content="Roe, Richard">
      <meta name="citation_publication_date" content="2011/10/17">
      <meta name="citation_journal_title" content="Journal of Things">
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"LD title"}</script>
      </head><body></body></html>)";
    const PageMetadata page = read_page_metadata(html, "https://example.org/a");
    CHECK(page.title == "Highwire title");
    CHECK(page.title_source == "citation_title");
    CHECK(page.titles == std::vector<std::string>{"Highwire title", "LD title", "OG title",
                                                  "DC title", "Page title | Site"});
    CHECK(page.authors == std::vector<std::string>{"Doe, Jane", "Roe, Richard"});
    CHECK(page.published == "2011-10-17");
    CHECK(page.site_name == "Journal of Things");
    CHECK(page.language == "en");
    CHECK(page.article);
  }

  TEST_CASE("page_metadata: a Yoast @graph with authors by @id") {
    const std::string html = R"(<html><head><title>X &#8211; Blog</title>
      <link rel="canonical" href="/2015/03/mali-deal/">
      <script type="application/ld+json">
      {"@context":"https://schema.org","@graph":[
        {"@type":"WebSite","@id":"https://blog.example/#website","name":"Example Blog"},
        {"@type":["Article","BlogPosting"],"@id":"https://blog.example/#article",
         "headline":"Mali&#8217;s deal","datePublished":"2015-03-16T23:30:00-04:00",
         "author":{"@id":"https://blog.example/#/person/1"},
         "publisher":{"@id":"https://blog.example/#org"}},
        {"@type":"Person","@id":"https://blog.example/#/person/1","name":"Jane Doe"},
        {"@type":"Organization","@id":"https://blog.example/#org","name":"Example Media"}
      ]}</script></head><body></body></html>)";
    const PageMetadata page = read_page_metadata(html, "https://blog.example/2015/03/x?utm=1");
    CHECK(page.title == "Mali\xE2\x80\x99s deal");
    CHECK(page.title_source == "json-ld");
    CHECK(page.published == "2015-03-16");
    CHECK(page.authors == std::vector<std::string>{"Jane Doe"});
    CHECK(page.site_name == "Example Media");
    CHECK(page.canonical == "https://blog.example/2015/03/mali-deal/");
    CHECK(page.html_title == "X \xE2\x80\x93 Blog");
  }

  TEST_CASE("page_metadata: OpenGraph news page, authors as names, profile URLs skipped") {
    const std::string html = R"(<html><head>
      <meta property="og:title" content="Mali rebels reject deal">
      <meta property="og:site_name" content="Reuters">
      <meta property="og:type" content="article">
      <meta property="article:published_time" content="2015-03-16T14:05:00Z">
      <meta property="article:author" content="https://www.facebook.com/someone">
      <meta property="article:author" content="Tiemoko Diallo">
      <meta property="og:url" content="https://www.reuters.com/article/idUS1">
      </head></html>)";
    const PageMetadata page = read_page_metadata(html, "https://www.reuters.com/x");
    CHECK(page.title == "Mali rebels reject deal");
    CHECK(page.site_name == "Reuters");
    CHECK(page.published == "2015-03-16");
    CHECK(page.authors == std::vector<std::string>{"Tiemoko Diallo"});
    CHECK(page.canonical == "https://www.reuters.com/article/idUS1");
    CHECK(page.article);
  }

  TEST_CASE("page_metadata: Dublin Core in its spellings") {
    const std::string html = R"(<head><meta name="dc.Title" content="DC only">
      <meta name="DCTERMS.issued" content="2014-10-17"><meta name="DC.creator" content="UN">
      <meta name="DC_publisher" content="United Nations"></head>)";
    const PageMetadata page = read_page_metadata(html, "https://www.un.org/x");
    CHECK(page.title == "DC only");
    CHECK(page.published == "2014-10-17");
    CHECK(page.authors == std::vector<std::string>{"UN"});
    CHECK(page.site_name == "United Nations");
  }

  TEST_CASE("page_metadata: an SVG title is not the page's; nothing found is empty") {
    const PageMetadata svg = read_page_metadata(
        "<html><body><svg><title>Logo</title></svg></body></html>", "https://x.org/");
    CHECK(svg.empty());
    CHECK(read_page_metadata("", "https://x.org/").empty());
    CHECK(read_page_metadata("\x01\x02\xFF<<<>>>&&&", "https://x.org/").empty());
  }

  TEST_CASE("page_metadata: dates as metadata writes them") {
    const std::pair<std::string, std::string> cases[] = {
        {"2015-03-16T10:25:00Z", "2015-03-16"},
        {"2011/10/17", "2011-10-17"},
        {"20150316", "2015-03-16"},
        {"20150316T102500Z", "2015-03-16"},
        {"2015-03", "2015-03"},
        {"1999", "1999"},
        {"March 16, 2015", "2015-03-16"},
        {"16 March 2015 10:00", "2015-03-16"},
        {"2015-13-40", ""},
        {"soon", ""},
        {"", ""},
    };
    for (const auto& [input, expected] : cases) {
      CAPTURE(input);
      CHECK(iso_date(input) == expected);
    }
  }

  TEST_CASE("json_ld: shapes in the wild") {
    SUBCASE("author as a string, list of types, CDATA wrapper") {
      const JsonLdArticle a =
          read_json_ld({"//<![CDATA[\n{\"@type\":[\"ReportageNewsArticle\"],\"headline\":\"H\","
                        "\"author\":\"Jane Doe\",\"publisher\":{\"name\":\"UN News\"}}\n//]]>"});
      CHECK(a.article);
      CHECK(a.type == "ReportageNewsArticle");
      CHECK(a.headline == "H");
      CHECK(a.authors == std::vector<std::string>{"Jane Doe"});
      CHECK(a.publisher == "UN News");
    }
    SUBCASE("array of authors, array at top level, paywalled part") {
      const JsonLdArticle a =
          read_json_ld({R"([{"@type":"BreadcrumbList"},{"@type":"NewsArticle","headline":"H",
               "author":[{"@type":"Person","name":"A"},{"name":"B"},"C",{"name":"A"}],
               "isAccessibleForFree":"False",
               "hasPart":{"@type":"WebPageElement","isAccessibleForFree":false}}])"});
      CHECK(a.authors == std::vector<std::string>{"A", "B", "C"});
      REQUIRE(a.accessible_for_free.has_value());
      CHECK_FALSE(*a.accessible_for_free);
    }
    SUBCASE("a WebPage is the fallback, an article wins over it") {
      const JsonLdArticle page = read_json_ld({R"({"@type":"WebPage","name":"P"})"});
      CHECK_FALSE(page.article);
      CHECK(page.headline == "P");
      const JsonLdArticle both =
          read_json_ld({R"({"@type":"WebPage","name":"P"})", R"({"@type":"Article","name":"A"})"});
      CHECK(both.article);
      CHECK(both.headline == "A");
    }
    SUBCASE("broken and hostile JSON is skipped") {
      const JsonLdArticle a = read_json_ld({"{\"@type\":\"NewsArticle\",", "", "[1,2,",
                                            std::string(100000, '[') + std::string(100000, ']'),
                                            R"({"@type":"NewsArticle","headline":42})"});
      CHECK(a.headline.empty());
    }
  }
}

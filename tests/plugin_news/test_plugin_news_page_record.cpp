#include <doctest/doctest.h>

#include <string>

#include "page_record.hpp"
#include "paywall.hpp"

using citecheck::Header;
using citecheck::HttpResponse;
using citecheck::NetError;
using namespace citecheck::plugins::news;

namespace {

HttpResponse answer(int status, std::string body, std::string content_type = "text/html",
                    std::string url = "https://www.example.org/2015/03/story",
                    std::string final_url = "") {
  HttpResponse response;
  response.url = url;
  response.final_url = final_url.empty() ? url : final_url;
  response.status = status;
  response.body = std::move(body);
  if (!content_type.empty()) {
    response.headers.push_back({"Content-Type", content_type});
  }
  return response;
}

const std::string k_story =
    "<html><head><title>Mali talks resume | Example</title>"
    "<meta property=\"og:type\" content=\"article\"></head><body></body></html>";

}  // namespace

TEST_SUITE("plugin_news") {
  TEST_CASE("page_record: failures, each with its reason and cache class") {
    struct Case {
      HttpResponse response;
      std::string reason_part;
      bool transient;
      bool dead;
    };
    HttpResponse timeout;
    timeout.url = "https://x.org/a";
    timeout.error = NetError::timeout;
    timeout.attempts = 3;
    HttpResponse dns = timeout;
    dns.error = NetError::dns;
    HttpResponse limited = answer(429, "", "");
    limited.headers.push_back({"retry-after", "120"});
    const Case cases[] = {
        {timeout, "timed out after 3 attempts", true, false},
        {dns, "does not resolve", true, true},
        {answer(404, "<title>Not Found</title>"), "page not found (404)", false, true},
        {answer(410, ""), "page gone (410)", false, true},
        {limited, "429, Retry-After: 120", true, false},
        {answer(503, ""), "server error (503)", true, false},
        {answer(403, "<title>Just a moment</title>"), "refused the request (403)", false, false},
        {answer(200, "%PDF-1.4 ...", "application/pdf"), "not an HTML page (application/pdf)",
         false, false},
        {answer(200, "%PDF-1.4 ...", ""), "not an HTML page", false, false},
        {answer(200, ""), "empty page", true, false},
        {answer(200, "<html><head></head><body><div><<<>>></div></body>"), "no metadata readable",
         false, false},
        {answer(200, "<title>Page not found | Example</title>"), "Page not found", false, true},
        {answer(200, k_story, "text/html", "https://www.example.org/2015/03/story",
                "https://www.example.org/"),
         "front page", false, true},
    };
    for (const Case& c : cases) {
      CAPTURE(c.reason_part);
      const PageRecord record = read_answer(c.response);
      CHECK(record.outcome == PageRecord::Outcome::failed);
      CHECK(record.reason.find(c.reason_part) != std::string::npos);
      CHECK(record.transient == c.transient);
      CHECK(record.dead == c.dead);
    }
  }

  TEST_CASE("page_record: a story is a page") {
    const PageRecord record = read_answer(answer(200, k_story, "text/html; charset=utf-8"));
    CHECK(record.outcome == PageRecord::Outcome::page);
    CHECK(record.metadata.title == "Mali talks resume | Example");
    CHECK_FALSE(record.paywall);
  }

  TEST_CASE("page_record: a Latin-1 page reads as UTF-8") {
    const PageRecord record = read_answer(answer(
        200, "<title>C\xF4te d\x92Ivoire \x96 accord</title>", "text/html; charset=iso-8859-1"));
    REQUIRE(record.outcome == PageRecord::Outcome::page);
    CHECK(record.metadata.title == "C\xC3\xB4te d\xE2\x80\x99Ivoire \xE2\x80\x93 accord");
  }

  TEST_CASE("page_record: walls") {
    SUBCASE("the article behind a wall keeps its metadata") {
      const PageRecord record = read_answer(answer(
          200,
          "<title>Story</title><script type='application/ld+json'>{\"@type\":\"NewsArticle\","
          "\"headline\":\"Story\",\"isAccessibleForFree\":false}</script>"));
      CHECK(record.outcome == PageRecord::Outcome::page);
      CHECK(record.paywall);
      CHECK(record.paywall_signal.find("isAccessibleForFree") != std::string::npos);
    }
    SUBCASE("content tier and markup") {
      CHECK(read_answer(answer(200,
                               "<title>S</title><meta property='article:content_tier' "
                               "content='Locked'>"))
                .paywall);
      const PageRecord marked = read_answer(
          answer(200, "<title>S</title><body><div class='article tp-modal'></div></body>"));
      CHECK(marked.paywall);
      CHECK(marked.paywall_signal.find("tp-modal") != std::string::npos);
    }
    SUBCASE("a login redirect replaces the article") {
      const PageRecord record = read_answer(answer(
          200, "<title>Welcome back</title>", "text/html", "https://www.example.org/2015/03/story",
          "https://login.example.org/account/login?next=%2F2015"));
      CHECK(record.outcome == PageRecord::Outcome::failed);
      CHECK(record.paywall);
      CHECK(record.reason.starts_with("paywall: page behind a login wall"));
    }
    SUBCASE("a wall's title, and 401 with no body") {
      CHECK(read_answer(answer(200, "<title>Sign in to continue | Example</title>"))
                .reason.starts_with("paywall:"));
      CHECK(read_answer(answer(200, "<title>Subscribe</title>")).paywall);
      CHECK(read_answer(answer(401, "")).reason.starts_with("paywall:"));
    }
    SUBCASE("no wall on an ordinary page") {
      CHECK_FALSE(is_wall_title("Subscribers rally in Bamako"));
      CHECK_FALSE(
          read_answer(answer(200, "<title>Login problems hit bank customers</title>")).paywall);
    }
  }

  TEST_CASE("page_record: stored and read back") {
    PageRecord record = read_answer(
        answer(200,
               "<title>T | S</title><meta property='og:site_name' content='S'>"
               "<meta name='author' content='By A. Writer'><link rel=canonical href='/c'>"));
    REQUIRE(record.outcome == PageRecord::Outcome::page);
    const auto back = parse_record(serialize_record(record));
    REQUIRE(back.has_value());
    CHECK(back->from_cache);
    CHECK(back->metadata.titles == record.metadata.titles);
    CHECK(back->metadata.site_name == "S");
    CHECK(back->metadata.authors == std::vector<std::string>{"A. Writer"});
    CHECK(back->metadata.canonical == "https://www.example.org/c");
    CHECK(back->final_url == record.final_url);

    const PageRecord failed = read_answer(answer(404, ""));
    const auto failed_back = parse_record(serialize_record(failed));
    REQUIRE(failed_back.has_value());
    CHECK(failed_back->outcome == PageRecord::Outcome::failed);
    CHECK(failed_back->reason == failed.reason);

    CHECK_FALSE(parse_record("").has_value());
    CHECK_FALSE(parse_record("{\"v\":0}").has_value());
    CHECK_FALSE(parse_record("{\"v\":1,\"outcome\":\"page\"}").has_value());
    CHECK_FALSE(parse_record("[1]").has_value());
  }
}

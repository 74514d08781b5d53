// Declarative refreshes: what a Refresh header or a meta refresh says, which one a browser
// acts on, and where it leads.
#include <doctest/doctest.h>

#include <string>

#include "check/page.hpp"
#include "check/refresh.hpp"

using namespace citecheck;
using namespace citecheck::check;

namespace {

HttpResponse page_at(const std::string& url, int status, const std::string& body,
                     std::vector<Header> headers = {{"Content-Type", "text/html"}}) {
  HttpResponse r;
  r.url = url;
  r.final_url = url;
  r.status = status;
  r.headers = std::move(headers);
  r.body = body;
  return r;
}

std::optional<std::string> target_of(const HttpResponse& r) {
  return refresh_target(r, read_page(r.header("content-type"), r.body));
}

std::string head_with(const std::string& meta) {
  return "<!doctype html><html><head><title>Moved</title>" + meta +
         "</head><body>This page has moved.</body></html>";
}

}  // namespace

TEST_SUITE("check") {
  TEST_CASE("parse_refresh reads the delay and the URL the way browsers do") {
    struct Row {
      const char* content;
      bool valid;
      double seconds;
      const char* url;
    };
    const Row rows[] = {
        {"0; url=/new", true, 0, "/new"},
        {"0;URL=http://a.example/x", true, 0, "http://a.example/x"},
        {"5; url='/quoted' trailing", true, 5, "/quoted"},
        {"3;url=\"/double\"", true, 3, "/double"},
        {"  2 , Url = /spaced  ", true, 2, "/spaced"},
        {"0; /no-url-word", true, 0, "/no-url-word"},
        {"1.5; url=/fraction", true, 1, "/fraction"},
        {".5;url=/dot-first", true, 0, "/dot-first"},
        {"0 url=/space-separated", true, 0, "/space-separated"},
        {"300", true, 300, ""},
        {"10;url=", true, 10, ""},
        {"0;", true, 0, ""},
        {"", false, 0, ""},
        {"now; url=/x", false, 0, ""},
        {"0x; url=/x", false, 0, ""},
        {"; url=/x", false, 0, ""},
        {"99999999999999999999999999; url=/x", true, 1e9, "/x"},
    };
    for (const Row& row : rows) {
      CAPTURE(row.content);
      const auto refresh = parse_refresh(row.content);
      REQUIRE(refresh.has_value() == row.valid);
      if (refresh) {
        CHECK(refresh->url == row.url);
        if (row.seconds < 1e9)
          CHECK(refresh->seconds == doctest::Approx(row.seconds));
        else
          CHECK(refresh->seconds >= 1e9);
      }
    }
  }

  TEST_CASE("the meta refresh a browser acts on, and the ones it does not") {
    struct Row {
      const char* label;
      std::string body;
      const char* refresh;
    };
    const Row rows[] = {
        {"plain", head_with(R"(<meta http-equiv="refresh" content="0; url=/new">)"), "0; url=/new"},
        {"attributes reversed, upper case, single quotes",
         head_with(R"(<META CONTENT='0;URL=/b' HTTP-EQUIV='Refresh'>)"), "0;URL=/b"},
        {"unquoted, self-closing", head_with("<meta http-equiv=refresh content=5;url=/c />"),
         "5;url=/c"},
        {"entities in the URL",
         head_with(R"(<meta http-equiv="refresh" content="0;url=/d?a=1&amp;b=2">)"),
         "0;url=/d?a=1&b=2"},
        {"the first of two",
         head_with(R"(<meta http-equiv="refresh" content="0;url=/first">)"
                   R"(<meta http-equiv="refresh" content="0;url=/second">)"),
         "0;url=/first"},
        {"in a comment", head_with(R"(<!-- <meta http-equiv="refresh" content="0;url=/x"> -->)"),
         ""},
        {"in noscript: for browsers without scripts only",
         head_with(R"(<noscript><meta http-equiv="refresh" content="0;url=/nojs"></noscript>)"),
         ""},
        {"written by a script",
         head_with(
             R"x(<script>document.write('<meta http-equiv="refresh" content="0;url=/s">')</script>)x"),
         ""},
        {"another meta", head_with(R"(<meta name="refresh" content="0;url=/x">)"), ""},
        {"no content", head_with(R"(<meta http-equiv="refresh">)"), ""},
        {"a comment that never ends", "<html><head><!-- <meta http-equiv=refresh content=0;url=/x>",
         ""},
        {"cut off inside the tag", "<html><head><meta http-equiv=\"refresh\" content=\"0;url=/x",
         "0;url=/x"},
        {"metadata is not meta", head_with(R"(<metadata http-equiv="refresh" content="0;url=/x">)"),
         ""},
    };
    for (const Row& row : rows) {
      CAPTURE(row.label);
      CHECK(read_page("text/html", row.body).refresh == row.refresh);
    }
    CHECK(read_page("text/plain", "<meta http-equiv=refresh content=0;url=/x>").refresh.empty());
  }

  TEST_CASE("refresh_target: soon, elsewhere, from a 2xx answer, header first") {
    const std::string base = "http://site.example/dir/page.html";
    CHECK(target_of(page_at(base, 200,
                            head_with(R"(<meta http-equiv="refresh" content="0;url=../new">)"))) ==
          "http://site.example/new");
    CHECK(
        target_of(page_at(
            base, 200,
            head_with(R"(<meta http-equiv="refresh" content="0;url=https://other.example/">)"))) ==
        "https://other.example/");
    // Header wins over the page.
    CHECK(target_of(page_at(base, 200,
                            head_with(R"(<meta http-equiv="refresh" content="0;url=/meta">)"),
                            {{"Content-Type", "text/html"}, {"Refresh", "0; url=/header"}})) ==
          "http://site.example/header");
    // A header refresh works on any type of answer.
    CHECK(target_of(page_at(base, 200, "%PDF",
                            {{"Content-Type", "application/pdf"}, {"Refresh", "1;url=/pdf"}})) ==
          "http://site.example/pdf");
    // Not followed: too late, a reload, the same page, not http, not a 2xx answer.
    CHECK_FALSE(target_of(
        page_at(base, 200, head_with(R"(<meta http-equiv="refresh" content="1800;url=/login">)"))));
    CHECK(target_of(page_at(base, 200,
                            head_with(R"(<meta http-equiv="refresh" content="10;url=/ten">)"))) ==
          "http://site.example/ten");
    CHECK_FALSE(target_of(
        page_at(base, 200, head_with(R"(<meta http-equiv="refresh" content="11;url=/eleven">)"))));
    CHECK_FALSE(
        target_of(page_at(base, 200, head_with(R"(<meta http-equiv="refresh" content="60">)"))));
    CHECK_FALSE(target_of(page_at(
        base, 200, head_with(R"(<meta http-equiv="refresh" content="0;url=page.html#top">)"))));
    CHECK_FALSE(target_of(page_at(
        base, 200, head_with(R"x(<meta http-equiv="refresh" content="0;url=javascript:go()">)x"))));
    CHECK_FALSE(target_of(
        page_at(base, 200,
                head_with(R"(<meta http-equiv="refresh" content="0;url=mailto:a@b.example">)"))));
    CHECK_FALSE(target_of(
        page_at(base, 404, head_with(R"(<meta http-equiv="refresh" content="0;url=/">)"))));
    CHECK_FALSE(target_of(page_at(
        base, 200, head_with(R"(<meta http-equiv="refresh" content="0;url=http://[broken">)"))));
  }
}

#include <doctest/doctest.h>

#include <chrono>
#include <string>

#include "html_guard.hpp"
#include "page_scan.hpp"

using namespace citecheck::plugins::news;

namespace {

std::string repeated(const std::string& piece, std::size_t bytes) {
  std::string out;
  while (out.size() < bytes) {
    out += piece;
  }
  return out;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

TEST_SUITE("plugin_news") {
  TEST_CASE("html_guard: an ordinary page is read whole") {
    std::string page =
        "<!doctype html><html><head><title>T</title><meta charset=utf-8>"
        "<script>if (a < b && c > d) { x = '<div>'; }</script></head><body>";
    page += repeated("<div class=a><p>text<p>more<ul><li>one<li>two</ul></div>", 50000);
    page += "<svg><path d='M0'/><path/><g><circle/></g></svg><br/><img src=x>";
    page += "</body></html>";
    CHECK(safe_parse_length(page) == page.size());
  }

  TEST_CASE("html_guard: deep nesting is cut") {
    const std::string head = "<html><head><title>Kept</title></head><body>";
    for (const std::string piece :
         {"<div>", "<b>", "<table>", "<div/>", "<svg><div/>", "<span>", "<div title=\"x>y\">"}) {
      CAPTURE(piece);
      const std::string page = head + repeated(piece, 1 << 20);
      const std::size_t length = safe_parse_length(page);
      CHECK(length > head.size());
      CHECK(length < 4000);
    }
  }

  TEST_CASE("html_guard: hostile pages parse quickly and keep their head") {
    const std::string head =
        "<html><head><title>Kept</title><meta property='og:title' content='Still here'>"
        "</head><body>";
    for (const std::string piece : {"<div>", "<b>", "<a>x", "</b>x", "<p><b>x", "<i><b><u><p>x",
                                    "<table>", "<select><option>", "<!--", "<td>x", "<li>x"}) {
      CAPTURE(piece);
      const auto start = std::chrono::steady_clock::now();
      const PageScan scan = scan_page(head + repeated(piece, 1 << 20));
      CHECK(seconds_since(start) < 5.0);
      CHECK(scan.html_title == "Kept");
      REQUIRE(!scan.metas.empty());
      CHECK(scan.metas.front().value == "Still here");
    }
  }

  TEST_CASE("html_guard: broken markup at the end") {
    CHECK(safe_parse_length("<html><head><title>x</title><meta content=\"unfinished") > 0);
    CHECK(safe_parse_length("") == 0);
    CHECK(safe_parse_length("<") == 1);
    CHECK(safe_parse_length("a < b <3") == 8);
  }
}

#include <doctest/doctest.h>

#include "report/source_summary.hpp"

using citecheck::LinkState;
using citecheck::Resolution;
using citecheck::cli::Attention;
using citecheck::cli::SourceLink;
using citecheck::cli::summarize;

namespace {

Resolution answer(const std::string& plugin, const std::string& status, const std::string& identity,
                  const std::string& title, const std::string& date, const std::string& reason,
                  double confidence, const std::string& details = "{}") {
  Resolution r;
  r.plugin = plugin;
  r.status = status;
  r.identity = identity;
  r.title = title;
  r.date = date;
  r.reason = reason;
  r.confidence = confidence;
  r.details_json = details;
  return r;
}

}  // namespace

TEST_SUITE("cli") {
  TEST_CASE("source summary: a verdict, the identity found, and why") {
    struct Case {
      const char* label;
      Resolution r;
      const char* verdict;
      Attention attention;
      const char* identity;
      int confidence;
    };
    const Case cases[] = {
        {"a UN document: symbol and official title",
         answer("un-documents", "resolved", "S/RES/2100 (2013)", "Resolution 2100 (2013)",
                "2013-04-25", "", 1.0),
         "found", Attention::none, "S/RES/2100 (2013) · Resolution 2100 (2013) · 2013-04-25", 100},
        {"a retracted article is an alarm",
         answer("journals", "resolved", "10.5555/x", "Coatings", "2019", "RETRACTED: notice", 0.9),
         "RETRACTED", Attention::alarm, "10.5555/x · Coatings · 2019", 90},
        {"a corrected article is worth a look",
         answer("journals", "resolved", "10.1371/y", "Sunlight", "2012", "UPDATED: correction",
                0.9),
         "found, updated", Attention::look, "10.1371/y · Sunlight · 2012", 90},
        {"a page: title, outlet and date; the URL identity goes to its own line",
         answer("news", "resolved", "https://www.reuters.com/a", "Rebels reject deal", "2015-03-16",
                "", 0.97, R"({"site_name":"Reuters"})"),
         "found", Attention::none, "Rebels reject deal · Reuters · 2015-03-16", 97},
        {"a title the page does not carry",
         answer("news", "mismatch", "https://example.org/a", "Other story", "", "title_mismatch: x",
                0.2),
         "TITLE MISMATCH", Attention::alarm, "Other story", 20},
        {"an unknown symbol",
         answer("un-documents", "not_found", "S/RES/2l00 (2013)", "", "", "closest: S/RES/2100",
                0.0),
         "NOT FOUND", Attention::alarm, "S/RES/2l00 (2013)", -1},
        {"no confident match keeps its score",
         answer("journals", "no_confident_match", "", "", "", "best scores 0.44", 0.44),
         "no confident match", Attention::look, "", 44},
        {"a failed service gives no confidence",
         answer("journals", "unresolved", "", "", "", "Crossref timed out", 0.0), "unresolved",
         Attention::look, "", -1},
        {"an archived copy: its date and distance from the cited date",
         answer("archive", "resolved", "https://web.archive.org/web/20190512000000/http://a.b/", "",
                "2019-05-12", "", 0.95,
                R"({"distance_days":2,"cited_date":"2019-05-10","cited_date_source":"accessed"})"),
         "archived copy", Attention::none,
         "2019-05-12, 2 days from the cited date 2019-05-10 (accessed)", 95},
        {"no archived copy",
         answer("archive", "not_found", "", "", "", "no capture in the archives", 0.0),
         "no archived copy", Attention::look, "", -1},
    };
    for (const Case& c : cases) {
      CAPTURE(c.label);
      const auto s = summarize(c.r);
      CHECK(s.verdict == c.verdict);
      CHECK(s.attention == c.attention);
      CHECK(s.identity == c.identity);
      CHECK(s.confidence == c.confidence);
      CHECK(s.note == c.r.reason);
    }
  }

  TEST_CASE("source summary: where a page or a copy is") {
    const auto page =
        summarize(answer("news", "resolved", "https://www.reuters.com/a", "T", "", "", 0.9));
    CHECK(page.url == "https://www.reuters.com/a");
    const auto copy = summarize(answer("archive", "resolved", "https://web.archive.org/web/1/x", "",
                                       "2019-01-01", "", 0.8));
    CHECK(copy.url == "https://web.archive.org/web/1/x");
    CHECK(copy.identity == "2019-01-01");
  }

  TEST_CASE("link summaries") {
    SourceLink link;
    link.url = "http://a.b/";
    CHECK(citecheck::cli::link_summary(link) == "not checked");
    CHECK(citecheck::cli::link_attention(link) == Attention::none);
    link.checked = true;
    link.state = LinkState::dead;
    link.status = 404;
    CHECK(citecheck::cli::link_summary(link) == "dead [404]");
    CHECK(citecheck::cli::link_attention(link) == Attention::alarm);
    link.state = LinkState::redirected;
    link.status = 200;
    link.moved_to = "http://c.d/";
    CHECK(citecheck::cli::link_state_text(link) == "redirected [200]");
    CHECK(citecheck::cli::link_summary(link) == "redirected [200] → http://c.d/");
    CHECK(citecheck::cli::link_attention(link) == Attention::look);
  }
}

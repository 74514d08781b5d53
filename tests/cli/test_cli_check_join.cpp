// A parsed document cut down to its links (links_of), then joined with the checker's report:
// the same links, counts and sources as the parsed citations, and each link finds its check
// whether the citation prints the URL as checked or in another spelling.
#include <doctest/doctest.h>

#include "report/check_report.hpp"

using namespace citecheck;
using namespace citecheck::cli;

namespace {

Citation citation(const std::string& id, std::vector<std::string> urls, int line) {
  Citation c;
  c.id = id;
  c.kind = Kind::web;
  c.title = "Title " + id;
  c.urls = std::move(urls);
  c.span.line = line;
  return c;
}

ParsedDocument parsed_document() {
  ParsedDocument parsed;
  parsed.path = "brief.md";
  parsed.format = Format::markdown;
  parsed.warnings = {"a warning"};
  Footnote one;
  one.number = 1;
  one.span.line = 10;
  one.citations = {citation("1.1", {"http://example.org/a", "mailto:desk@example.org"}, 11),
                   citation("1.2", {}, 0)};
  Footnote two;
  two.number = 2;
  two.span.line = 20;
  // Another spelling of the first URL, found through its normalized key.
  two.citations = {citation("2.1", {"HTTP://Example.org:80/a#part"}, 0)};
  parsed.footnotes = {one, two};
  return parsed;
}

LinkCheck check_of(const std::string& url, const std::string& key, LinkState state) {
  LinkCheck check;
  check.url = url;
  check.normalized_url = key;
  check.state = state;
  return check;
}

}  // namespace

TEST_SUITE("cli") {
  TEST_CASE("links_of keeps each cited link with its place, and the document's counts") {
    const CheckedDocument doc = links_of(parsed_document());
    CHECK(doc.path == "brief.md");
    CHECK(doc.format == Format::markdown);
    CHECK(doc.warnings == std::vector<std::string>{"a warning"});
    CHECK(doc.citations == 3);
    CHECK(doc.citations_without_links == 1);
    REQUIRE(doc.links.size() == 3);
    CHECK(doc.links[0].citation_id == "1.1");
    CHECK(doc.links[0].footnote == 1);
    CHECK(doc.links[0].line == 11);
    CHECK(doc.links[0].title == "Title 1.1");
    CHECK(doc.links[0].kind == Kind::web);
    CHECK(doc.links[1].url == "mailto:desk@example.org");
    CHECK(doc.links[2].line == 20);  // no line of its own: the footnote's
    CHECK(doc.links[2].checked == nullptr);
  }

  TEST_CASE("join_checks finds each link's check, by the printed URL or its key") {
    CheckReport report;
    report.checks = {
        check_of("http://example.org/a", "http://example.org/a", LinkState::dead),
        check_of("mailto:desk@example.org", "mailto:desk@example.org", LinkState::skipped)};
    const CheckIndex checks(report);
    std::vector<CheckedDocument> docs{links_of(parsed_document())};
    const CheckRun run = join_checks(std::move(docs), report, checks, 1.5);
    REQUIRE(run.documents.size() == 1);
    const auto& links = run.documents[0].links;
    REQUIRE(links.size() == 3);
    CHECK(links[0].checked == &report.checks[0]);
    CHECK(links[1].checked == &report.checks[1]);
    CHECK(links[2].checked == &report.checks[0]);  // "HTTP://Example.org:80/a#part"
    CHECK(run.distinct_urls == 2);
    CHECK(run.counts.at(LinkState::dead) == 1);
    CHECK(run.seconds == 1.5);
    CHECK(checks.find("http://example.org/other") == nullptr);
  }

  TEST_CASE("add_resolved lists the resolved citations with the state of their links") {
    CheckReport report;
    report.checks = {check_of("http://example.org/a", "http://example.org/a", LinkState::dead)};
    const CheckIndex checks(report);
    const ParsedDocument parsed = parsed_document();
    CheckedDocument doc = links_of(parsed);
    Resolution found;
    found.plugin = "archive";
    found.status = "resolved";
    const std::vector<CitationResolutions> resolutions{
        {"2.1", 2, {found}}, {"1.2", 1, {}},  // nothing found: not listed
    };
    add_resolved(doc, parsed, resolutions, checks);
    REQUIRE(doc.resolved.size() == 1);
    const ResolvedCitation& r = doc.resolved[0];
    CHECK(r.citation_id == "2.1");
    CHECK(r.footnote == 2);
    CHECK(r.line == 20);
    CHECK(r.cited == "Title 2.1");
    REQUIRE(r.resolutions.size() == 1);
    CHECK(r.resolutions[0].plugin == "archive");
    REQUIRE(r.links.size() == 1);
    CHECK(r.links[0].checked);
    CHECK(r.links[0].state == LinkState::dead);
  }
}

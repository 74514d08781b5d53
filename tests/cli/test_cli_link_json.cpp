// The streamed link object of `check --format json` against core's to_json of the same
// check: two writers of one record, so they must not drift apart.
#include <doctest/doctest.h>

#include <sstream>

#include <citecheck/json.hpp>

#include "report/link_json.hpp"

using namespace citecheck;

TEST_SUITE("cli") {
  TEST_CASE("write_link writes the check as to_json does, plus the citation it belongs to") {
    LinkCheck check;
    check.url = "http://a.test/x";
    check.normalized_url = "http://a.test/x";
    check.state = LinkState::redirected;
    check.status = 200;
    check.final_url = "https://a.test/y";
    check.moved_to = "https://a.test/y";
    check.checked_at = "2026-11-29T05:00:00Z";
    check.from_cache = true;
    check.error = "";
    check.evidence.method = "GET";
    check.evidence.request_headers = {{"User-Agent", "citecheck"}, {"Authorization", "secret"}};
    check.evidence.hops = {{"http://a.test/x", 301, "https://a.test/y", {{"Location", "/y"}}},
                           {"https://a.test/y", 200, "", {{"Content-Type", "text/html"}}}};
    check.evidence.body_sha256 = "ab";
    check.evidence.body_bytes = 12;
    check.evidence.title = "Caf\xC3\xA9 \"y\"";
    check.evidence.seconds = 0.25;
    check.evidence.attempts = 2;
    check.evidence.signal = "301 to https://a.test/y";
    check.evidence.tool_version = "0.1.0";

    cli::CheckedLink link;
    link.footnote = 4;
    link.line = 17;
    link.citation_id = "4.2";
    link.kind = Kind::news;
    link.title = "Y";
    link.url = "http://a.test/x";
    link.checked = &check;

    std::ostringstream out;
    {
      cli::JsonStream json(out);
      cli::write_link(json, link, "doc.md");
      json.end_document();
    }
    const nlohmann::json written = nlohmann::json::parse(out.str());
    nlohmann::json expected = to_json(check);  // secret request headers redacted there too
    nlohmann::json chain = nlohmann::json::array();
    for (const auto& hop : expected["evidence"]["hops"]) {
      chain.push_back(
          {{"url", hop["url"]}, {"status", hop["status"]}, {"location", hop["location"]}});
    }
    expected["hops"] = chain;
    expected["signal"] = check.evidence.signal;
    expected["citation"] = "4.2";
    expected["document"] = "doc.md";
    expected["footnote"] = 4;
    expected["line"] = 17;
    expected["kind"] = "news";
    expected["title"] = "Y";
    CHECK(written == expected);
    CHECK(written["evidence"]["request_headers"][1][1] == "[redacted]");
  }
}

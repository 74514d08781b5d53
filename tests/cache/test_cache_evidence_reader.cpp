// The store's streaming evidence reader against core's tree-based evidence_from_json: the
// same Evidence for well-formed, odd and broken column text.
#include <doctest/doctest.h>

#include <string>

#include "cache/check_json.hpp"

using citecheck::Evidence;
using citecheck::Hop;

namespace {

void check_same(const Evidence& a, const Evidence& b) {
  CHECK(a.method == b.method);
  CHECK(a.request_headers == b.request_headers);
  REQUIRE(a.hops.size() == b.hops.size());
  for (std::size_t i = 0; i < a.hops.size(); ++i) {
    CHECK(a.hops[i].url == b.hops[i].url);
    CHECK(a.hops[i].status == b.hops[i].status);
    CHECK(a.hops[i].location == b.hops[i].location);
    CHECK(a.hops[i].headers == b.hops[i].headers);
  }
  CHECK(a.body_sha256 == b.body_sha256);
  CHECK(a.body_bytes == b.body_bytes);
  CHECK(a.title == b.title);
  CHECK(a.seconds == b.seconds);
  CHECK(a.attempts == b.attempts);
  CHECK(a.signal == b.signal);
  CHECK(a.tool_version == b.tool_version);
}

Evidence full() {
  Evidence e;
  e.method = "GET";
  e.request_headers = {{"User-Agent", "citecheck/0.1"}, {"Accept", "*/*"}};
  e.hops = {Hop{"http://a.test/x", 301, "https://a.test/x", {{"Location", "https://a.test/x"}}},
            Hop{"https://a.test/x", 200, "", {{"Content-Type", "text/html"}, {"X-Empty", ""}}}};
  e.body_sha256 = "ab12";
  e.body_bytes = 841;
  e.title = "Caf\xC3\xA9 \"quoted\" \\ page";
  e.seconds = 0.024901807;
  e.attempts = 2;
  e.signal = "title says 'Page not found'";
  e.tool_version = "0.1.0";
  return e;
}

}  // namespace

TEST_SUITE("cache") {
  TEST_CASE("evidence read back from the column is the evidence written") {
    const Evidence e = full();
    const Evidence back = citecheck::cache::evidence_from_text(citecheck::to_json(e).dump());
    check_same(back, e);
  }

  TEST_CASE("the streaming evidence reader agrees with evidence_from_json on odd text") {
    const std::string cases[] = {
        "",
        "not json",
        "[]",
        "42",
        "{}",
        R"({"method": 5, "title": ["x"], "seconds": "slow", "attempts": 1.9})",
        R"({"extra": {"hops": [{"url": "nested, not ours"}]}, "signal": "s"})",
        R"({"request_headers": [["A", "1"], ["B"], ["C", 2], "D", ["E", "5", "6"], ["F", "6"]]})",
        R"({"hops": [{"url": "u", "status": 404, "headers": [["H", "v"], [1, 2]]}, 7, {}]})",
        R"({"hops": {"url": "not a list"}, "body_bytes": 12345678901})",
        R"({"method": "HEAD", "hops": [{"url": "u")",  // cut short
    };
    for (const auto& text : cases) {
      CAPTURE(text);
      const Evidence streamed = citecheck::cache::evidence_from_text(text);
      const Evidence tree = citecheck::evidence_from_json(
          nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false));
      check_same(streamed, tree);
    }
  }
}

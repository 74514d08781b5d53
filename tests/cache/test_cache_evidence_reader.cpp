// The store's streaming evidence reader against core's tree-based evidence_from_json: the
// same Evidence for well-formed, odd and broken column bytes, CBOR as written now and JSON
// text as older caches hold it.
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
    const std::string stored = citecheck::cache::evidence_to_stored(e);
    REQUIRE_FALSE(stored.empty());
    CHECK(static_cast<unsigned char>(stored.front()) >= 0xa0);  // a CBOR map, not text
    check_same(citecheck::cache::evidence_from_stored(stored), e);
    // A cache written before the evidence was CBOR holds JSON text: still read.
    check_same(citecheck::cache::evidence_from_stored(citecheck::to_json(e).dump()), e);
    check_same(citecheck::cache::evidence_from_stored(citecheck::to_json(e).dump(2)), e);
  }

  TEST_CASE("bytes that are not UTF-8 are stored as U+FFFD: CBOR text is UTF-8") {
    Evidence e = full();
    e.title =
        "Ca\xFF\xFE"
        "f\xC3";
    e.hops[1].headers.emplace_back("Content-Disposition", "attachment; filename=r\xE9sum\xE9.pdf");
    const Evidence back =
        citecheck::cache::evidence_from_stored(citecheck::cache::evidence_to_stored(e));
    CHECK(back.title ==
          "Ca\xEF\xBF\xBD\xEF\xBF\xBD"
          "f\xEF\xBF\xBD");
    REQUIRE(back.hops.size() == 2);
    CHECK(back.hops[1].headers.back().second ==
          "attachment; filename=r\xEF\xBF\xBDsum\xEF\xBF\xBD.pdf");
    Evidence rest = back;
    rest.title = e.title;
    rest.hops[1].headers.back().second = e.hops[1].headers.back().second;
    check_same(rest, e);
  }

  TEST_CASE("broken CBOR in the column gives empty evidence, not a crash") {
    const std::string stored = citecheck::cache::evidence_to_stored(full());
    const Evidence empty;
    for (std::size_t cut = 1; cut < stored.size(); cut += 7) {
      CAPTURE(cut);
      check_same(citecheck::cache::evidence_from_stored(stored.substr(0, cut)), empty);
    }
    std::string flipped = stored;
    flipped[1] = '\xff';  // a break code where a key should be
    CHECK_NOTHROW(citecheck::cache::evidence_from_stored(flipped));
    check_same(citecheck::cache::evidence_from_stored(std::string("\xa1\x7f\xff", 3)), empty);
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
        // Numbers that fit no field: never cast (undefined behaviour), read as the default.
        R"({"attempts": 1e300, "body_bytes": -5, "hops": [{"status": 9e18}, {"status": 2.9}]})",
        R"({"attempts": -2147483649, "body_bytes": 1.8446744073709552e19, "seconds": -0.5})",
        R"({"attempts": 2147483647, "body_bytes": 18446744073709551615, "hops": [{"status": -7}]})",
    };
    for (const auto& text : cases) {
      CAPTURE(text);
      const auto parsed = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
      const Evidence tree = citecheck::evidence_from_json(parsed);
      check_same(citecheck::cache::evidence_from_stored(text), tree);
      // The same values as CBOR, as the store writes them now: the CBOR walker's reading.
      if (parsed.is_object()) {
        std::string cbor;
        nlohmann::json::to_cbor(parsed, cbor);
        check_same(citecheck::cache::evidence_from_stored(cbor), tree);
      }
    }
  }

  TEST_CASE("CBOR forms nlohmann does not write are read as it would read them") {
    using namespace std::string_literals;
    struct Case {
      std::string what;
      std::string bytes;
      Evidence expected;
    };
    Evidence titled;
    titled.title = "ab";
    Evidence headed;
    headed.request_headers = {{"A", "1"}};
    Evidence timed;
    timed.seconds = 1.5;
    Evidence counted;
    counted.attempts = 3;
    const Evidence empty;
    const Case cases[] = {
        // {"title": "ab"} with the map, then the string, of indefinite length.
        {"indefinite map",
         "\xbf\x65title\x62"
         "ab\xff"s,
         titled},
        {"chunked text",
         "\xa1\x65title\x7f\x61"
         "a\x61"
         "b\xff"s,
         titled},
        {"indefinite pair",
         "\xa1\x6frequest_headers\x81\x9f\x61"
         "A\x61"
         "1\xff"s,
         headed},
        {"half float", "\xa1\x67seconds\xf9\x3e\x00"s, timed},
        {"single float", "\xa1\x67seconds\xfa\x3f\xc0\x00\x00"s, timed},
        {"whole float for a count",
         "\xa1\x68"
         "attempts\xf9\x42\x00"s,
         counted},
        {"byte string is no text",
         "\xa1\x65title\x42"
         "ab"s,
         empty},
        {"unknown member holding everything",
         "\xa2\x61x\x84\xf4\xf5\xf6\xa1\x61y\x3a\x00\x01\x00\x00\x65title\x62"
         "ab"s,
         titled},
        // What nlohmann refuses is refused: the whole evidence is empty, never half read.
        {"tag",
         "\xa1\x65title\xc0\x62"
         "ab"s,
         empty},
        {"undefined", "\xa1\x65title\xf7"s, empty},
        {"reserved head", "\xa1\x65title\x7c"s, empty},
        {"key that is no text",
         "\xa1\x01\x62"
         "ab"s,
         empty},
        {"chunk of another type",
         "\xa1\x65title\x7f\x41"
         "a\xff"s,
         empty},
        {"stray break", "\xa1\xff"s, empty},
        {"length beyond the bytes", "\xa1\x65title\x7b\xff\xff\xff\xff\xff\xff\xff\xff"s, empty},
        {"bytes after the map",
         "\xa1\x65title\x62"
         "ab\x00"s,
         empty},
        {"array claiming 2^64 items", "\xa1\x61x\x9b\xff\xff\xff\xff\xff\xff\xff\xff"s, empty},
        {"nesting deeper than the store writes",
         "\xa1\x61x"s + std::string(100000, '\x81') + "\x00"s, empty},
    };
    for (const auto& c : cases) {
      CAPTURE(c.what);
      check_same(citecheck::cache::evidence_from_stored(c.bytes), c.expected);
    }
  }
}

// The parse cache's column: every field of a parsed document comes back as written, real
// documents come back whole, and anything damaged or of another layout is a miss.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include <citecheck/json.hpp>
#include <citecheck/readers.hpp>

#include "cache/parsed_codec.hpp"

using namespace citecheck;
using citecheck::cache::parsed_from_stored;
using citecheck::cache::parsed_to_stored;

namespace {

SourceSpan span(std::size_t at, bool placed) {
  SourceSpan s;
  s.begin = at;
  s.end = at + 40;
  s.line = 7;
  s.page = placed ? 3 : 0;
  s.element = placed ? "" : "fn-4";
  if (placed) {
    s.position = PagePoint{72.5, -0.25};
  }
  return s;
}

// Every field away from its default, some at the edges of their types.
ParsedDocument full_document() {
  Citation c;
  c.id = "2:4.2";
  c.footnote = 4;
  c.kind = Kind::journal_article;
  c.raw =
      "J. Smith, \xe2\x80\x98"
      "Caf\xc3\xa9\xe2\x80\x99, Journal of Tests 4(2), 2014, p. 3.";
  c.span = span(1200, true);
  c.urls = {"https://a.example/x", ""};
  c.url_candidates = {"https://a.example/x-y"};
  c.dois = {"10.1000/182"};
  c.un_symbols = {"S/RES/2100 (2013)"};
  c.ibid_of = -1;
  c.pinpoint = "p. 3";
  c.title = "Caf\xc3\xa9";
  c.authors = {"J. Smith", "K. Jones"};
  c.container_title = "Journal of Tests";
  c.publisher = "Test Press";
  c.issued = "2014-02";
  c.accessed = "2020-01-01";
  c.volume = "4";
  c.issue = "2";
  c.pages = "1-20";
  c.plugin = "journals";
  c.confidence = 0.875;
  c.repairs = {Repair{"join_url_across_lines", "a-\nb", "ab", "joined"}};

  Footnote f;
  f.number = 4;
  f.series = 2;
  f.text = "J. Smith ... p. 3. Ibid.";
  f.span = span(1190, false);
  f.marker = Marker{88, 3, "\xe2\x81\xb4", 0.5};
  f.number_inferred = true;
  f.repairs = {Repair{"infer_footnote_number", "", "4", "number lost in extraction"}};
  f.citations = {c, Citation{}};
  f.citations[1].ibid_of = 4;
  f.citations[1].span.end = static_cast<std::size_t>(-1);

  Footnote bare;  // defaults only: no marker, no position
  ParsedDocument document;
  document.path = "dir/brief.pdf";
  document.format = Format::pdf;
  document.footnotes = {f, bare};
  document.warnings = {"dir/brief.pdf: 2 invalid UTF-8 sequences replaced"};
  return document;
}

void check_span(const SourceSpan& a, const SourceSpan& b) {
  CHECK(a.begin == b.begin);
  CHECK(a.end == b.end);
  CHECK(a.line == b.line);
  CHECK(a.page == b.page);
  CHECK(a.element == b.element);
  REQUIRE(a.position.has_value() == b.position.has_value());
  if (a.position) {
    CHECK(a.position->x == b.position->x);
    CHECK(a.position->y == b.position->y);
  }
}

void check_repairs(const std::vector<Repair>& a, const std::vector<Repair>& b) {
  REQUIRE(a.size() == b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    CHECK(a[i].step == b[i].step);
    CHECK(a[i].before == b[i].before);
    CHECK(a[i].after == b[i].after);
    CHECK(a[i].detail == b[i].detail);
  }
}

void check_citation(const Citation& a, const Citation& b) {
  CHECK(a.id == b.id);
  CHECK(a.footnote == b.footnote);
  CHECK(a.kind == b.kind);
  CHECK(a.raw == b.raw);
  check_span(a.span, b.span);
  CHECK(a.urls == b.urls);
  CHECK(a.url_candidates == b.url_candidates);
  CHECK(a.dois == b.dois);
  CHECK(a.un_symbols == b.un_symbols);
  CHECK(a.ibid_of == b.ibid_of);
  CHECK(a.pinpoint == b.pinpoint);
  CHECK(a.title == b.title);
  CHECK(a.authors == b.authors);
  CHECK(a.container_title == b.container_title);
  CHECK(a.publisher == b.publisher);
  CHECK(a.issued == b.issued);
  CHECK(a.accessed == b.accessed);
  CHECK(a.volume == b.volume);
  CHECK(a.issue == b.issue);
  CHECK(a.pages == b.pages);
  CHECK(a.plugin == b.plugin);
  CHECK(a.confidence == b.confidence);
  check_repairs(a.repairs, b.repairs);
}

void check_document(const ParsedDocument& a, const ParsedDocument& b) {
  CHECK(a.path == b.path);
  CHECK(a.format == b.format);
  CHECK(a.warnings == b.warnings);
  REQUIRE(a.footnotes.size() == b.footnotes.size());
  for (std::size_t i = 0; i < a.footnotes.size(); ++i) {
    const Footnote& x = a.footnotes[i];
    const Footnote& y = b.footnotes[i];
    CHECK(x.number == y.number);
    CHECK(x.series == y.series);
    CHECK(x.text == y.text);
    check_span(x.span, y.span);
    REQUIRE(x.marker.has_value() == y.marker.has_value());
    if (x.marker) {
      CHECK(x.marker->offset == y.marker->offset);
      CHECK(x.marker->line == y.marker->line);
      CHECK(x.marker->glyph == y.marker->glyph);
      CHECK(x.marker->confidence == y.marker->confidence);
    }
    CHECK(x.number_inferred == y.number_inferred);
    check_repairs(x.repairs, y.repairs);
    REQUIRE(x.citations.size() == y.citations.size());
    for (std::size_t k = 0; k < x.citations.size(); ++k) {
      check_citation(x.citations[k], y.citations[k]);
    }
  }
}

}  // namespace

TEST_SUITE("cache") {
  TEST_CASE("a parsed document comes back from the column field for field") {
    const ParsedDocument document = full_document();
    const auto back = parsed_from_stored(parsed_to_stored(document));
    REQUIRE(back.has_value());
    check_document(*back, document);
    const auto empty = parsed_from_stored(parsed_to_stored(ParsedDocument{}));
    REQUIRE(empty.has_value());
    check_document(*empty, ParsedDocument{});
  }

  TEST_CASE("the corpus documents come back whole") {
    const PluginSet no_plugins;
    std::size_t documents = 0;
    for (const auto& entry : std::filesystem::directory_iterator(CITECHECK_CORPUS_DIR)) {
      const std::string name = entry.path().filename().string();
      if (!entry.is_regular_file() || name.ends_with(".json") || name.starts_with("README")) {
        continue;
      }
      CAPTURE(name);
      ParsedDocument parsed;
      try {
        parsed = parse_document(read_document(entry.path().string()), no_plugins);
      } catch (const std::exception&) {
        continue;  // not a document (the corpus's notes)
      }
      const auto back = parsed_from_stored(parsed_to_stored(parsed));
      REQUIRE(back.has_value());
      check_document(*back, parsed);
      CHECK(to_json(*back) == to_json(parsed));
      ++documents;
    }
    CHECK(documents >= 5);
  }

  TEST_CASE("damaged bytes, other layouts and trailing bytes are misses") {
    const std::string stored = parsed_to_stored(full_document());
    for (std::size_t cut = 0; cut < stored.size(); cut += 13) {
      CAPTURE(cut);
      CHECK_FALSE(parsed_from_stored(std::string_view(stored).substr(0, cut)).has_value());
    }
    CHECK_FALSE(parsed_from_stored(stored + '\0').has_value());
    std::string other_version = stored;
    REQUIRE(other_version[1] == '\x01');  // [5 items] then the layout version, 1
    other_version[1] = '\x02';
    CHECK_FALSE(parsed_from_stored(other_version).has_value());
    CHECK_FALSE(parsed_from_stored("not cbor").has_value());
    // A kind or format number this build does not know is damage, not a guess.
    std::string unknown_format = parsed_to_stored(ParsedDocument{});
    const std::size_t format_at = unknown_format.size() - 3;  // [.., format, [], []]
    REQUIRE(unknown_format[format_at] == static_cast<char>(Format::text));
    unknown_format[format_at] = '\x17';
    CHECK_FALSE(parsed_from_stored(unknown_format).has_value());
  }
}

// Footnotes found by where they sit on the page: PDFs written by the tests (no separator
// rule, notes in smaller type at the bottom, two columns) with their own expected notes.
#include <doctest/doctest.h>

#include <limits>
#include <string>
#include <vector>

#include <citecheck/json.hpp>
#include <citecheck/pipeline.hpp>
#include <citecheck/readers.hpp>

#include "make_pdf.hpp"
#include "readers/formats.hpp"
#include "readers/pdf_layout.hpp"

using citecheck::Document;
using citecheck::readers::body_font_size;
using citecheck::readers::lay_out_page;
using citecheck::readers::PdfWord;
using citecheck::readers::RawInput;
using citecheck::readers::read_pdf;
using citecheck::test::make_pdf;
using citecheck::test::PdfPage;

namespace {

// A two-column page of body text at 10.5 pt with note markers, and its notes at 8 pt across
// the page bottom. No rule is printed above the notes: only their place and size tell.
PdfPage two_column_page(int first) {
  const std::string a = std::to_string(first), b = std::to_string(first + 1),
                    c = std::to_string(first + 2);
  PdfPage page;
  page.lines = {
      {72, 720, 10.5, "The mission in the north reported"},
      {72, 706, 10.5, "that patrols resumed in March." + a},
      {72, 692, 10.5, "Aid convoys were escorted to"},
      {72, 678, 10.5, "the towns along the river." + b},
      {320, 720, 10.5, "The Council asked for a report"},
      {320, 706, 10.5, "on the situation by June." + c},
      {320, 692, 10.5, "Donors met twice in Brussels"},
      {320, 678, 10.5, "and pledged more support."},
      {72, 150, 8, a + " Report of the Secretary-General on the situation in Mali (S/2014/692),"},
      {72, 140, 8, "para. 12."},
      {72, 128, 8, b + " OCHA, Mali: Humanitarian Snapshot, available at"},
      {72, 118, 8, "https://www.unocha.org/mali/snapshot-" + a + ".html."},
      {72, 106, 8, c + " Security Council resolution 2100 (2013), S/RES/2100 (2013)."},
      {300, 60, 10.5, std::to_string(first / 3 + 1)},
  };
  return page;
}

PdfWord word(double x, double top, double size, std::string text) {
  return {x,          top,  x + 6.0 * static_cast<double>(text.size()) * size / 11.0,
          top + size, size, std::move(text),
          true};
}

}  // namespace

TEST_SUITE("readers_pdf_docx") {
  TEST_CASE("pdf layout: notes in smaller type at the page bottom start the note area") {
    // In reading order, as poppler hands them: the raised marker right after its word.
    std::vector<PdfWord> words = {word(72, 100, 11, "Body"), word(110, 100, 11, "text."),
                                  word(140, 98, 7, "1"),  // superscript marker: same line
                                  word(72, 114, 11, "More"), word(110, 114, 11, "body."),
                                  word(72, 700, 8, "1"),     word(80, 700, 8, "See the report."),
                                  word(300, 760, 11, "4")};  // page number in body type
    // Counted above the note band: the notes' 8 pt outweighs the body, but sits low.
    const double body = body_font_size({words}, {792});
    CHECK(body == doctest::Approx(11));
    const auto page = lay_out_page(words, 612, body);
    REQUIRE(page.note_area);
    CHECK(page.text.substr(*page.note_area).starts_with("1 See the report."));
    CHECK(page.text.find("Body text. 1") != std::string::npos);
    CHECK(page.text.find("More body.") < *page.note_area);
    // The page number under the notes stays after them.
    CHECK(page.text.find("4") > *page.note_area);
  }

  TEST_CASE("pdf layout: small type that is not a note area is left alone") {
    // All small type (no body above), a small caption amid the body, and small unnumbered
    // lines at the bottom: none is a note area.
    const std::vector<std::vector<PdfWord>> pages = {
        {word(72, 100, 8, "1 Small everywhere"), word(72, 700, 8, "2 Still small")},
        {word(72, 100, 11, "Body"), word(72, 300, 8, "1 Figure caption"),
         word(72, 500, 11, "More body text at the end")},
        {word(72, 100, 11, "Body"), word(72, 700, 8, "Printed in Geneva")},
    };
    for (const auto& words : pages) {
      CHECK_FALSE(lay_out_page(words, 612, 11).note_area);
    }
    CHECK_FALSE(lay_out_page({}, 612, 11).note_area);
    CHECK(lay_out_page({}, 612, 11).text.empty());
  }

  TEST_CASE("pdf layout: odd geometry from damaged files does not break the layout") {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    std::vector<PdfWord> words = {{nan, nan, nan, nan, nan, "a\fb\nc", false},
                                  {inf, -inf, -inf, inf, -1, "x", true},
                                  {5, 5, 1, 1, 0, "", false}};
    const auto page = lay_out_page(words, nan, body_font_size({words}));
    CHECK(page.text.find('\f') == std::string::npos);
    CHECK(page.text.find("a b c") != std::string::npos);
  }

  TEST_CASE("pdf: notes found by position in a two-column report without a rule (own gold)") {
    const std::string pdf = make_pdf({two_column_page(1), two_column_page(4)});
    const Document doc = read_pdf(RawInput{"cols.pdf", pdf});
    REQUIRE(doc.note_areas.size() == 2);
    CHECK(doc.text.substr(doc.note_areas[0]).starts_with("1 Report of the Secretary-General"));
    CHECK(doc.text.substr(doc.note_areas[1]).starts_with("4 Report of the Secretary-General"));
    // Reading order: the left column, then the right one, then the notes.
    CHECK(doc.text.find("the towns along the river.2") <
          doc.text.find("The Council asked for a report"));
    CHECK(doc.text.find("and pledged more support.") < doc.note_areas[0]);

    const citecheck::ParsedDocument parsed = citecheck::parse_document(doc, citecheck::PluginSet{});
    struct Gold {
      int number;
      std::string text_has;
      std::string url;
      int page;
    };
    const Gold gold[] = {
        {1, "(S/2014/692)", "", 1},
        {2, "Humanitarian Snapshot", "https://www.unocha.org/mali/snapshot-1.html", 1},
        {3, "resolution 2100", "", 1},
        {4, "(S/2014/692)", "", 2},
        {5, "Humanitarian Snapshot", "https://www.unocha.org/mali/snapshot-4.html", 2},
        {6, "resolution 2100", "", 2},
    };
    REQUIRE(parsed.footnotes.size() == std::size(gold));
    for (std::size_t i = 0; i < std::size(gold); ++i) {
      CAPTURE(i);
      const citecheck::Footnote& note = parsed.footnotes[i];
      CHECK(note.number == gold[i].number);
      CHECK(note.text.find(gold[i].text_has) != std::string::npos);
      CHECK(note.marker.has_value());
      CHECK(note.span.page == gold[i].page);
      REQUIRE(note.span.position.has_value());
      CHECK(note.span.position->x == doctest::Approx(72).epsilon(0.01));
      CHECK(note.span.position->y > 792 - 160);  // in the bottom band
      REQUIRE_FALSE(note.citations.empty());
      const citecheck::Citation& citation = note.citations.front();
      CHECK(citation.span.page == gold[i].page);
      if (!gold[i].url.empty()) {
        REQUIRE(citation.urls.size() == 1);
        CHECK(citation.urls[0] == gold[i].url);
      }
    }
    // JSON shows the page beside the line, and the spot on the page in the span.
    const nlohmann::json json = citecheck::to_json(parsed.footnotes[4]);
    CHECK(json["page"] == 2);
    CHECK(json["span"]["position"]["y"].get<double>() > 600);
    CHECK(json["citations"][0]["span"]["page"] == 2);
  }

  TEST_CASE("pdf: a URL broken across lines is taken from the link annotation over it") {
    PdfPage page;
    page.lines = {
        {72, 720, 11, "The office published a snapshot of the needs.1"},
        {72, 706, 11, "Funding stayed short of the appeal.2"},
        {72, 150, 8, "1 OCHA, Mali: Humanitarian Snapshot, available at"},
        {72, 140, 8, "https://www.unocha.org/mali/humani-"},
        {72, 130, 8, "tarian-snapshot-2020.html."},
        {72, 118, 8, "2 Financial Tracking Service, Mali 2020."},
    };
    const std::string url = "https://www.unocha.org/mali/humanitarian-snapshot-2020.html";
    // One annotation per line, as word processors write a link that wraps.
    page.links = {{70, 138, 300, 148, url}, {70, 128, 300, 138, url}};
    const Document doc = read_pdf(RawInput{"links.pdf", make_pdf({page})});
    REQUIRE(doc.links.size() == 2);
    CHECK(doc.links[0].url == url);
    CHECK(doc.links[0].page == 1);
    CHECK(doc.text.substr(doc.links[0].begin, doc.links[0].end - doc.links[0].begin) ==
          "https://www.unocha.org/mali/humani-");
    CHECK(doc.text.substr(doc.links[1].begin, doc.links[1].end - doc.links[1].begin) ==
          "tarian-snapshot-2020.html.");

    const citecheck::ParsedDocument parsed = citecheck::parse_document(doc, citecheck::PluginSet{});
    REQUIRE(parsed.footnotes.size() == 2);
    REQUIRE(parsed.footnotes[0].citations.size() == 1);
    CHECK(parsed.footnotes[0].citations[0].urls == std::vector<std::string>{url});
  }

  TEST_CASE("pdf: link areas over no text, or outside the page, are ignored") {
    PdfPage page;
    page.lines = {{72, 720, 11, "Body text.1"}, {72, 150, 8, "1 See the annex."}};
    page.links = {{400, 400, 500, 420, "https://example.org/nothing-here"},
                  {-1e6, -1e6, 1e6, -1e5, "https://example.org/offpage"}};
    const Document doc = read_pdf(RawInput{"empty-links.pdf", make_pdf({page})});
    CHECK(doc.links.empty());
  }
}

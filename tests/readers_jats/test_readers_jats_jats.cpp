#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <string>

#include <citecheck/errors.hpp>
#include <citecheck/readers.hpp>

#include "readers_jats/article.hpp"

using namespace citecheck;

namespace {

const ExplicitNote* note_with_element(const Document& doc, const std::string& element) {
  for (const ExplicitNote& note : doc.notes) {
    if (note.element == element) {
      return &note;
    }
  }
  return nullptr;
}

std::string note_text(const Document& doc, const ExplicitNote& note) {
  return doc.text.substr(note.begin, note.end - note.begin);
}

Document read(const std::string& xml) {
  return read_document_bytes("test.xml", xml, Format::jats);
}

}  // namespace

TEST_SUITE("readers_jats") {
  TEST_CASE("sniffing: JATS doctype and a namespaced <article> root") {
    CHECK(sniff_format("a.xml", testing::k_jats_article) == Format::jats);
    CHECK(sniff_format("a",
                       "<!DOCTYPE article PUBLIC \"-//NLM//DTD JATS (Z39.96) Journal "
                       "Archiving DTD v1.2//EN\" \"JATS.dtd\">\n<article/>") == Format::jats);
    CHECK(sniff_format("a",
                       "<article xmlns:xlink=\"http://www.w3.org/1999/xlink\"><body/></article>") ==
          Format::jats);
    CHECK(sniff_format("a", "<article article-type=\"x\">\n<front><article-meta/></front>") ==
          Format::jats);
    CHECK(sniff_format("a.txt", "<article>\n<h1>Blog post</h1></article>") == Format::text);
    CHECK(sniff_format("a", "<?xml version=\"1.0\"?>\n<article dtd-version=\"1.1\"/>") ==
          Format::jats);
    CHECK(sniff_format("a.nxml", "plain words") == Format::jats);
  }

  TEST_CASE("footnotes and references become explicit notes with markers") {
    const Document doc = read(testing::k_jats_article);
    CHECK(doc.format == Format::jats);
    CHECK(doc.has_explicit_notes);
    REQUIRE(doc.notes.size() == 5);  // fn1, fn2, B1, B2, B3; the author-notes fn is not one

    const ExplicitNote* fn1 = note_with_element(doc, "fn1");
    REQUIRE(fn1 != nullptr);
    CHECK(note_text(doc, *fn1) == "See the General Assembly page for the mandate.");
    REQUIRE(fn1->marker.has_value());
    CHECK(doc.text.substr(*fn1->marker, 1) == "1");
    CHECK(doc.text.substr(0, *fn1->marker).ends_with("set up in 2013."));

    const ExplicitNote* fn2 = note_with_element(doc, "fn2");
    REQUIRE(fn2 != nullptr);
    CHECK(note_text(doc, *fn2) == "Ibid.");
    CHECK_FALSE(fn2->marker.has_value());  // no xref points at it

    const ExplicitNote* b1 = note_with_element(doc, "B1");
    REQUIRE(b1 != nullptr);
    CHECK(b1->label == "1");
    CHECK(b1->number == 1);
    CHECK(note_text(doc, *b1) ==
          "Smith, Jane, & Doe, Alan (2015). The politics of peace operations. International "
          "Peacekeeping, 22(3), 201\xE2\x80\x93"
          "219. doi:10.1080/13533312.2015.1040151");
    REQUIRE(b1->marker.has_value());
    CHECK(doc.text.substr(*b1->marker, 3) == "[1]");

    const ExplicitNote* b2 = note_with_element(doc, "B2");
    REQUIRE(b2 != nullptr);
    CHECK(note_text(doc, *b2) ==
          "Brown, K. (2018). Mandates and their limits. Global Governance, 24(2), "
          "45\xE2\x80\x93"
          "67. doi:10.1163/19426720-02402004");
    const ExplicitNote* b3 = note_with_element(doc, "B3");
    REQUIRE(b3 != nullptr);
    REQUIRE(b2->marker.has_value());
    REQUIRE(b3->marker.has_value());
    CHECK(*b2->marker == *b3->marker);  // rid="B2 B3": one xref, two notes

    // Reference labels keep their numbers; footnotes that collide take the next free ones.
    CHECK(fn1->number == 4);
    CHECK(fn2->number == 5);
  }

  TEST_CASE("body text: title, abstract, paragraphs; no front-matter boilerplate") {
    const Document doc = read(testing::k_jats_article);
    CHECK(doc.text.starts_with("Peacekeeping and its critics\n"));
    CHECK(doc.text.find("We study missions.") != std::string::npos);
    CHECK(doc.text.find("Earlier work disagrees [1], [2,3].") != std::string::npos);
    CHECK(doc.text.find("Journal of Examples") == std::string::npos);
    CHECK(doc.text.find("conflict of interest") == std::string::npos);
    CHECK(doc.line_starts.size() > 5);
  }

  TEST_CASE("links from ext-link and uri hrefs, with the anchor text as span") {
    const Document doc = read(testing::k_jats_article);
    REQUIRE(doc.links.size() == 3);
    auto span = [&](const Link& link) {
      return doc.text.substr(link.begin, link.end - link.begin);
    };
    CHECK(doc.links[0].url == "https://example.org/report");
    CHECK(span(doc.links[0]) == "the report");
    const ExplicitNote* fn1 = note_with_element(doc, "fn1");
    REQUIRE(fn1 != nullptr);
    const Link* un = nullptr;
    for (const Link& link : doc.links) {
      if (link.url == "https://www.un.org/en/ga/") {
        un = &link;
      }
    }
    REQUIRE(un != nullptr);
    CHECK(span(*un) == "General Assembly page");
    CHECK(un->begin >= fn1->begin);
    CHECK(un->end <= fn1->end);
  }

  TEST_CASE("labels and numbers: table-driven") {
    struct Case {
      const char* refs;
      int first_number;
      const char* first_label;
    };
    const Case cases[] = {
        {"<ref id='a'><label>[7]</label><mixed-citation>X.</mixed-citation></ref>", 7, "[7]"},
        {"<ref id='a'><label>12.</label><mixed-citation>X.</mixed-citation></ref>", 12, "12."},
        {"<ref id='a'><mixed-citation>X.</mixed-citation></ref>", 1, "1"},
        {"<ref id='a'><label>a</label><mixed-citation>X.</mixed-citation></ref>", 1, "a"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.refs);
      const Document doc =
          read(std::string("<article><back><ref-list>") + c.refs + "</ref-list></back></article>");
      REQUIRE(doc.notes.size() == 1);
      CHECK(doc.notes[0].number == c.first_number);
      CHECK(doc.notes[0].label == c.first_label);
      CHECK(doc.text.substr(doc.notes[0].begin, doc.notes[0].end - doc.notes[0].begin) == "X.");
    }
  }

  TEST_CASE("character references decoded once; unknown entities kept as written") {
    const Document doc =
        read("<article><body><p>A &amp;lt; B &#x2014; C&nbsp;D &foo; &#169;</p></body></article>");
    CHECK(doc.text.find("A &lt; B \xE2\x80\x94 C\xC2\xA0"
                        "D &foo; \xC2\xA9") != std::string::npos);
  }

  TEST_CASE("invalid UTF-8 inside the XML is replaced, with a warning") {
    const Document doc = read("<article><body><p>caf\xE9 ok</p></body></article>");
    CHECK(doc.text.find("caf\xEF\xBF\xBD ok") != std::string::npos);
    REQUIRE_FALSE(doc.warnings.empty());
    CHECK(doc.warnings.back().find("U+FFFD") != std::string::npos);
  }

  TEST_CASE("a non-article root is read as generic XML, with a warning") {
    const Document doc = read("<book><p>Text here.</p></book>");
    CHECK(doc.text.find("Text here.") != std::string::npos);
    REQUIRE_FALSE(doc.warnings.empty());
    CHECK(doc.warnings.front().find("<book>") != std::string::npos);
  }

  TEST_CASE("a note nested in a note is read as its text (fuzzer find)") {
    const Document doc = read(
        "<article><back><fn-group><fn id='a'><label>0</label><p>Outer <fn id='b'><p>inner</p>"
        "</fn> <ref id='c'><mixed-citation>R.</mixed-citation></ref></p></fn></fn-group>"
        "</back></article>");
    REQUIRE(doc.notes.size() == 1);
    const std::string text =
        doc.text.substr(doc.notes[0].begin, doc.notes[0].end - doc.notes[0].begin);
    CHECK(text.starts_with("Outer"));
    CHECK(text.find("inner") != std::string::npos);
    CHECK(text.ends_with("R."));
  }

  TEST_CASE("an empty note keeps its span inside the text (fuzzer find)") {
    const Document doc = read(
        "<article><back><fn-group><fn></fn><fn><p>b</p></fn></fn-group>"
        "</back></article>");
    REQUIRE(doc.notes.size() == 2);
    CHECK(doc.notes[0].begin == doc.notes[0].end);
    CHECK(doc.notes[0].end <= doc.text.size());
    CHECK(doc.text.substr(doc.notes[1].begin, doc.notes[1].end - doc.notes[1].begin) == "b");
  }

  TEST_CASE("every span inside the text: fuzzer finds replayed") {
    for (const char* name : {"regress_empty_note.xml", "regress_nested_note.xml"}) {
      CAPTURE(name);
      std::ifstream in(std::string(CITECHECK_SOURCE_DIR) + "/fuzz/corpus/jats/" + name,
                       std::ios::binary);
      const std::string bytes((std::istreambuf_iterator<char>(in)), {});
      REQUIRE_FALSE(bytes.empty());
      const Document doc = read(bytes);
      for (const ExplicitNote& note : doc.notes) {
        CHECK(note.begin <= note.end);
        CHECK(note.end <= doc.text.size());
        if (note.marker) {
          CHECK(*note.marker <= doc.text.size());
        }
      }
      for (const Link& link : doc.links) {
        CHECK(link.begin <= link.end);
        CHECK(link.end <= doc.text.size());
      }
    }
  }

  TEST_CASE("very deep nesting is cut off, not a stack overflow") {
    std::string xml = "<article><body>";
    for (int i = 0; i < 50000; ++i) {
      xml += "<p>";
    }
    xml += "deep";
    for (int i = 0; i < 50000; ++i) {
      xml += "</p>";
    }
    xml += "</body></article>";
    const Document doc = read(xml);
    CHECK(doc.text.find("deep") == std::string::npos);
    CHECK_FALSE(doc.warnings.empty());
  }
}

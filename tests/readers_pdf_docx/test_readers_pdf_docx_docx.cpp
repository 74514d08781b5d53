#include <doctest/doctest.h>

#include <string>

#include <citecheck/errors.hpp>
#include <citecheck/pipeline.hpp>
#include <citecheck/readers.hpp>

#include "make_zip.hpp"
#include "readers/docx_field.hpp"
#include "readers/formats.hpp"

using citecheck::Document;
using citecheck::InputError;
using citecheck::readers::RawInput;
using citecheck::readers::read_docx;
using citecheck::test::make_zip;
using citecheck::test::ZipEntries;

namespace {

constexpr const char* k_ns =
    R"( xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main")"
    R"( xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships")";

std::string rel(const std::string& id, const std::string& type, const std::string& target,
                bool external = false) {
  return R"(<Relationship Id=")" + id +
         R"(" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/)" + type +
         R"(" Target=")" + target + "\"" + (external ? R"( TargetMode="External")" : "") + "/>";
}

std::string rels(const std::string& body) {
  return R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)" +
         body + "</Relationships>";
}

std::string run(const std::string& text) {
  return R"(<w:r><w:t xml:space="preserve">)" + text + "</w:t></w:r>";
}

std::string note(const std::string& kind, const std::string& id, const std::string& body) {
  return "<w:" + kind + " w:id=\"" + id + "\"><w:p><w:r><w:" + kind + "Ref/></w:r>" + run(" ") +
         body + "</w:p></w:" + kind + ">";
}

// Body: footnote id 2 is referenced first, so Word shows it as note 1.
const std::string k_document =
    std::string(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document)") + k_ns +
    "><w:body>"
    "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs></w:pPr>" +
    run("The Council met.") + R"(<w:r><w:footnoteReference w:id="2"/></w:r>)" +
    run(" It decided.") + R"(<w:r><w:footnoteReference w:id="1"/></w:r>)" +
    R"(<w:del><w:r><w:delText>deleted words</w:delText></w:r></w:del>)" + "</w:p>" +
    "<w:p><w:hyperlink r:id=\"rId10\">" + run("UN site") + "</w:hyperlink>" + run(", then ") +
    R"(<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "https://example.org/)" +
    R"(</w:instrText></w:r><w:r><w:instrText>long-path" \o "tip" </w:instrText></w:r>)" +
    R"(<w:r><w:fldChar w:fldCharType="separate"/></w:r>)" + run("the example") +
    R"(<w:r><w:fldChar w:fldCharType="end"/></w:r>)" + run(" and an endnote.") +
    R"(<w:r><w:endnoteReference w:id="5"/></w:r></w:p>)" + "<w:sectPr/></w:body></w:document>";

const std::string k_footnotes =
    std::string(R"(<?xml version="1.0" encoding="UTF-8"?><w:footnotes)") + k_ns + ">" +
    R"(<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>)" +
    R"(<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>)" +
    note("footnote", "1",
         run("See ") +
             R"(<w:fldSimple w:instr=" HYPERLINK &quot;https://undocs.org/S/2020/123&quot; ">)" +
             run("S/2020/123") + "</w:fldSimple>" + run(".")) +
    note("footnote", "2",
         run("Report, available at ") + R"(<w:hyperlink r:id="rId1">)" +
             run("https://www.un.org/report") + "</w:hyperlink>" + run(".")) +
    "</w:footnotes>";

const std::string k_endnotes = std::string(R"(<?xml version="1.0" encoding="UTF-8"?><w:endnotes)") +
                               k_ns + ">" + note("endnote", "5", run("Interview, 2021.")) +
                               "</w:endnotes>";

ZipEntries docx_entries() {
  return {
      {"[Content_Types].xml",
       R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>)"},
      {"_rels/.rels", rels(rel("rId1", "officeDocument", "word/document.xml"))},
      {"word/document.xml", k_document},
      {"word/_rels/document.xml.rels",
       rels(rel("rId3", "footnotes", "footnotes.xml") + rel("rId4", "endnotes", "endnotes.xml") +
            rel("rId10", "hyperlink", "https://www.un.org/en/", true))},
      {"word/footnotes.xml", k_footnotes},
      {"word/_rels/footnotes.xml.rels",
       rels(rel("rId1", "hyperlink", "https://www.un.org/report", true))},
      {"word/endnotes.xml", k_endnotes},
  };
}

Document read(const std::string& bytes, const std::string& path = "t.docx") {
  return read_docx(RawInput{path, bytes});
}

std::string span(const Document& doc, std::size_t begin, std::size_t end) {
  return doc.text.substr(begin, end - begin);
}

std::string error_of(const std::string& bytes) {
  try {
    read(bytes, "bad.docx");
  } catch (const InputError& error) {
    return error.what();
  }
  return "no error";
}

ZipEntries replaced(ZipEntries entries, const std::string& name, const std::string& content) {
  for (auto& [entry, value] : entries) {
    if (entry == name) {
      value = content;
    }
  }
  return entries;
}

}  // namespace

TEST_SUITE("readers_pdf_docx") {
  TEST_CASE("docx: notes numbered in order of reference, separators skipped") {
    const Document doc = read(make_zip(docx_entries()));
    CHECK(doc.format == citecheck::Format::docx);
    CHECK(doc.has_explicit_notes);
    REQUIRE(doc.notes.size() == 3);
    CHECK(doc.notes[0].number == 1);
    CHECK(span(doc, doc.notes[0].begin, doc.notes[0].end) ==
          "Report, available at https://www.un.org/report.");
    CHECK(doc.notes[0].element == "word/footnotes.xml#id=2");
    CHECK(doc.notes[1].number == 2);
    CHECK(span(doc, doc.notes[1].begin, doc.notes[1].end) == "See S/2020/123.");
    CHECK(doc.notes[2].number == 3);
    CHECK(doc.notes[2].label == "1");
    CHECK(doc.notes[2].element == "word/endnotes.xml#id=5");
    CHECK(span(doc, doc.notes[2].begin, doc.notes[2].end) == "Interview, 2021.");
    // Markers sit where the references are, showing Word's numbers.
    REQUIRE(doc.notes[0].marker.has_value());
    CHECK(doc.text.substr(*doc.notes[0].marker, 1) == "1");
    CHECK(doc.text.substr(0, *doc.notes[0].marker) == "The Council met.");
    CHECK(doc.text.substr(*doc.notes[1].marker - 12, 13) == " It decided.2");
    CHECK(doc.text.find("deleted words") == std::string::npos);
    CHECK(doc.text.find("separator") == std::string::npos);
  }

  TEST_CASE("docx: links from relationships and from HYPERLINK fields") {
    const Document doc = read(make_zip(docx_entries()));
    REQUIRE(doc.links.size() == 4);
    struct Expected {
      std::string anchor, url;
    };
    const Expected expected[] = {
        {"UN site", "https://www.un.org/en/"},
        {"the example", "https://example.org/long-path"},
        {"https://www.un.org/report", "https://www.un.org/report"},
        {"S/2020/123", "https://undocs.org/S/2020/123"},
    };
    for (std::size_t i = 0; i < 4; ++i) {
      CAPTURE(i);
      CHECK(span(doc, doc.links[i].begin, doc.links[i].end) == expected[i].anchor);
      CHECK(doc.links[i].url == expected[i].url);
    }
    // Links inside notes lie inside the note's span.
    CHECK(doc.links[2].begin >= doc.notes[0].begin);
    CHECK(doc.links[2].end <= doc.notes[0].end);
  }

  TEST_CASE("docx: no notes part leaves the body to the text segmenter") {
    ZipEntries entries = docx_entries();
    entries.erase(entries.begin() + 2, entries.end());
    entries.push_back({"word/document.xml", "<w:document" + std::string(k_ns) + "><w:body><w:p>" +
                                                run("Only text.") +
                                                "</w:p></w:body></w:document>"});
    const Document doc = read(make_zip(entries));
    CHECK_FALSE(doc.has_explicit_notes);
    CHECK(doc.notes.empty());
    CHECK(doc.text == "Only text.\n\n");
  }

  TEST_CASE("docx: bad input is a clear InputError naming the file") {
    struct Case {
      std::string name, bytes, expected;
    };
    const Case cases[] = {
        {"zip without word/document.xml", make_zip({{"a.txt", "hello"}}), "not a Word document"},
        {"malformed body XML",
         make_zip(replaced(docx_entries(), "word/document.xml", "<w:document><w:body>")),
         "bad.docx (word/document.xml): malformed XML"},
        {"malformed footnotes XML",
         make_zip(replaced(docx_entries(), "word/footnotes.xml", "<a><b></a>")),
         "bad.docx (word/footnotes.xml): malformed XML"},
        {"truncated zip", make_zip(docx_entries()).substr(0, 300), "damaged"},
        {"not a zip at all", std::string("PK\x03\x04 garbage, not a zip"), "damaged"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.name);
      const std::string message = error_of(c.bytes);
      CHECK(message.find("bad.docx") == 0);
      CHECK(message.find(c.expected) != std::string::npos);
    }
  }

  TEST_CASE("docx: a ZIP bomb is refused without expanding it") {
    const std::string bomb = citecheck::test::make_zero_bomb("word/document.xml", 200ull << 20);
    REQUIRE(!bomb.empty());
    CHECK(bomb.size() < (1u << 20));
    const std::string message = error_of(bomb);
    CHECK(message.find("word/document.xml") != std::string::npos);
    CHECK(message.find("ZIP bomb") != std::string::npos);
  }

  TEST_CASE("docx: an encrypted ZIP is refused") {
    const std::string zip = citecheck::test::make_encrypted_zip(docx_entries(), "secret");
    if (zip.empty()) {
      MESSAGE("libzip built without AES support: encrypted case not exercised");
      return;
    }
    CHECK(error_of(zip).find("encrypted") != std::string::npos);
  }

  TEST_CASE("docx: HYPERLINK field instructions") {
    using citecheck::readers::hyperlink_target;
    struct Case {
      const char* instruction;
      const char* expected;  // "" = none
    };
    const Case cases[] = {
        {R"( HYPERLINK "https://a.org/x" )", "https://a.org/x"},
        {R"(HYPERLINK https://a.org/y)", "https://a.org/y"},
        {R"(hyperlink \o "tip text" "https://a.org/z")", "https://a.org/z"},
        {R"(HYPERLINK \l "_Toc123")", ""},
        {R"(HYPERLINK "https://a.org/p q" \t "_blank")", "https://a.org/p q"},
        {R"(PAGEREF _Toc1 \h)", ""},
        {R"(HYPERLINK "https://a.org/\"q\"")", R"(https://a.org/"q")"},
        {"", ""},
    };
    for (const Case& c : cases) {
      CAPTURE(c.instruction);
      CHECK(hyperlink_target(c.instruction).value_or("") == c.expected);
    }
  }

  TEST_CASE("pipeline: DOCX footnotes come out numbered, with their text") {
    const Document doc =
        citecheck::read_document_bytes("r.docx", make_zip(docx_entries()), std::nullopt);
    const citecheck::ParsedDocument parsed = citecheck::parse_document(doc, citecheck::PluginSet{});
    REQUIRE(parsed.footnotes.size() == 3);
    CHECK(parsed.footnotes[0].number == 1);
    CHECK(parsed.footnotes[0].text == "Report, available at https://www.un.org/report.");
    CHECK(parsed.footnotes[1].text == "See S/2020/123.");
    CHECK(parsed.footnotes[0].span.element == "word/footnotes.xml#id=2");
  }
}

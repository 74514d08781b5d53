#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <string>

#include <citecheck/readers.hpp>

#include "readers/sniff.hpp"

using namespace citecheck;

TEST_SUITE("readers") {
  TEST_CASE("sniff_format: content first, extension second") {
    struct Case {
      std::string path;
      std::string bytes;
      Format expected;
    };
    const Case cases[] = {
        // Containers by magic, whatever the name says.
        {"report.txt", "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj", Format::pdf},
        {"x", std::string("junk before\n%PDF-1.4\n"), Format::pdf},
        {"letter.bin",
         std::string("PK\x03\x04", 4) + "....[Content_Types].xml....word/document.xml",
         Format::docx},
        // Self-declared markup.
        {"page.txt", "<!DOCTYPE html>\n<html><body>x</body></html>", Format::html},
        {"page", "  <html lang=\"en\">\n<head></head>", Format::html},
        {"a.xml",
         "<?xml version=\"1.0\"?>\n<!DOCTYPE article PUBLIC \"-//NLM//DTD JATS\">\n<article>",
         Format::jats},
        {"a", "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">",
         Format::html},
        // Wikitext by its own syntax.
        {"k.txt",
         "'''Julia''' is a [[philosopher]].<ref>{{cite book |title=X}}</ref>\n== Life ==\n"
         "Text.<ref name=\"a\"/>\n",
         Format::wikitext},
        // Markdown by footnote definitions, endnote lists, headings and links.
        {"note.txt", "Body text.[^1]\n\n[^1]: A source.\n", Format::markdown},
        {"notes", "# Title\n\nSee [the report](https://example.org/r).\n", Format::markdown},
        {"endnotes", "Text<sup>1</sup>.\n\n<sup>1</sup> One.\n<sup>2</sup> Two.\n",
         Format::markdown},
        {"fm", "---\ntitle: x\n---\n\n# Heading\n\nText\n", Format::markdown},
        // Plain text, and the extension where content is silent.
        {"brief.txt", "A policy brief.\n\n1 S/RES/2100 (2013).\n", Format::text},
        {"brief", "Just words, nothing else.\n", Format::text},
        {"readme.md", "Just words, nothing else.\n", Format::markdown},
        {"page.htm", "<p>fragment</p>\n", Format::html},
        {"k.wiki", "Plain words.\n", Format::wikitext},
        {"misnamed.pdf", "Plain words in a file named .pdf\n", Format::text},
        // One stray "# " line in a text file is not Markdown.
        {"ocr.txt", "Page 3\n# 4 of the report\nmore text\n", Format::text},
        // UTF-16 with BOM is sniffed on its decoded text.
        {"u16", std::string("\xFF\xFE<\0h\0t\0m\0l\0>\0", 14), Format::html},
    };
    for (const auto& c : cases) {
      CAPTURE(c.path);
      CAPTURE(c.bytes);
      CHECK(sniff_format(c.path, c.bytes) == c.expected);
    }
  }

  TEST_CASE("sniff_format on the corpus") {
    struct Case {
      const char* file;
      Format expected;
    };
    const Case cases[] = {
        {"minusma-brief.txt", Format::text},
        {"mun_pacificmun2019_disec_topicA.txt", Format::text},
        {"un_S-2025-303_unodc_haiti_7th.txt", Format::text},
        {"wikitext_julia_kristeva.wiki", Format::wikitext},
        {"md_un_A-RES-80-24_nuclear_disarmament.md", Format::markdown},
        {"md_cyber_uncertain_domain_endnotes.md", Format::markdown},
    };
    for (const auto& c : cases) {
      const std::string path = std::string(CITECHECK_CORPUS_DIR) + "/" + c.file;
      std::ifstream in(path, std::ios::binary);
      const std::string bytes((std::istreambuf_iterator<char>(in)),
                              std::istreambuf_iterator<char>());
      REQUIRE(!bytes.empty());
      CAPTURE(c.file);
      CHECK(sniff_format(path, bytes) == c.expected);
      // Content alone (no telling extension) must agree.
      CHECK(sniff_format("input", bytes) == c.expected);
    }
  }

  TEST_CASE("format_from_extension") {
    CHECK(readers::format_from_extension("a/b/c.MD") == Format::markdown);
    CHECK(readers::format_from_extension("x.markdown") == Format::markdown);
    CHECK(readers::format_from_extension("x.docx") == Format::docx);
    CHECK_FALSE(readers::format_from_extension("Makefile").has_value());
    CHECK_FALSE(readers::format_from_extension("dir.d/file").has_value());
    CHECK_FALSE(readers::format_from_extension(".bashrc").has_value());
  }
}

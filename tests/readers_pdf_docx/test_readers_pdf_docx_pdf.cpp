#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>

#include <citecheck/errors.hpp>
#include <citecheck/pipeline.hpp>
#include <citecheck/readers.hpp>

#include "make_pdf.hpp"
#include "make_zip.hpp"
#include "readers/formats.hpp"
#include "readers/pdf_text.hpp"
#include "readers/temp_dir.hpp"

using citecheck::Document;
using citecheck::InputError;
using citecheck::readers::RawInput;
using citecheck::readers::read_pdf;
using citecheck::test::make_pdf;
using citecheck::test::PdfLine;
using citecheck::test::PdfPage;

namespace {

// A UN-style page: body with note markers, a rule, then the notes in a smaller size.
// Each page says something else: lines recurring at page breaks (even with other
// numbers) are running headers and footers to the segmenter.
PdfPage report_page(int first_note) {
  const bool first = first_note == 1;
  const std::string a = std::to_string(first_note);
  const std::string b = std::to_string(first_note + 1);
  const std::string place = first ? "Gao" : "Kidal";
  const std::string slug = first ? "mali-briefing" : "sahel-update";
  PdfPage page;
  page.lines = {
      {72, 720, 11, "The Security Council reviewed the situation in " + place + "." + a},
      {72, 706, 11, first ? "The mission reported progress." + b : "Donors pledged new funds." + b},
      {72, 140, 11, "__________________"},
      {72, 126, 9,
       a + (first ? " Report of the Secretary-General (S/2020/121), para. 4."
                  : " Letter dated 2 May 2019 (S/2019/366).")},
      {72, 114, 9,
       b + (first ? " Statement by the Special Envoy, available at"
                  : " OCHA, Humanitarian Bulletin, see")},
      {72, 103, 9, "https://www.un.org/en/" + slug + ".html."},
      {290, 60, 9, "Page " + std::to_string(first_note)},
  };
  page.links = {{72, 100, 330, 112, "https://www.un.org/en/" + slug + ".html"}};
  return page;
}

std::string error_of(const std::string& bytes) {
  try {
    read_pdf(RawInput{"bad.pdf", bytes});
  } catch (const InputError& error) {
    return error.what();
  }
  return "no error";
}

}  // namespace

TEST_SUITE("readers_pdf_docx") {
  TEST_CASE("pdf: pages in layout order, separated by form feeds") {
    const Document doc = read_pdf(RawInput{"r.pdf", make_pdf({report_page(1), report_page(3)})});
    CHECK(doc.format == citecheck::Format::pdf);
    CHECK_FALSE(doc.has_explicit_notes);
    CHECK(std::count(doc.text.begin(), doc.text.end(), '\f') == 1);
    const std::size_t page_break = doc.text.find('\f');
    const std::size_t body = doc.text.find("reviewed the situation in Gao.1");
    const std::size_t note1 = doc.text.find("1 Report of the Secretary-General (S/2020/121)");
    const std::size_t note3 = doc.text.find("3 Letter dated 2 May 2019");
    CHECK(body < note1);
    CHECK(note1 < page_break);
    CHECK(page_break < note3);
    CHECK(doc.text.find("https://www.un.org/en/mali-briefing.html") != std::string::npos);
    CHECK(doc.line_starts.size() > 10);
    CHECK(doc.warnings.empty());
  }

  TEST_CASE("pdf: two columns are read one after the other") {
    PdfPage page;
    page.lines = {{72, 700, 10, "Left column first line"},
                  {320, 700, 10, "Right column first line"},
                  {72, 688, 10, "Left column second line"},
                  {320, 688, 10, "Right column second line"}};
    const Document doc = read_pdf(RawInput{"c.pdf", make_pdf({page})});
    const std::size_t left2 = doc.text.find("Left column second line");
    const std::size_t right1 = doc.text.find("Right column first line");
    REQUIRE(left2 != std::string::npos);
    REQUIRE(right1 != std::string::npos);
    CHECK(left2 < right1);
    CHECK(doc.text.find("first lineRight") == std::string::npos);
    CHECK(doc.text.find("line Right") == std::string::npos);
    // Each line keeps its page and where it starts on it.
    REQUIRE(doc.placements.size() == 4);
    const citecheck::LinePlacement* right = doc.placement_of(right1);
    REQUIRE(right != nullptr);
    CHECK(right->page == 1);
    CHECK(right->at.x == doctest::Approx(320).epsilon(0.01));
    CHECK(right->at.y < 792 - 688);  // top of the first line, from the page top
  }

  TEST_CASE("pdf: bad input is a clear InputError, never a crash") {
    const std::string good = make_pdf({report_page(1)});
    PdfPage scan;  // paints a rectangle, no text operators
    struct Case {
      std::string name, bytes, expected;
    };
    const Case cases[] = {
        {"image-only page", make_pdf({scan}), "no text layer: this PDF needs OCR first"},
        {"truncated to its header", good.substr(0, 20), "bad.pdf: "},
        {"garbage after the header", "%PDF-1.7\n" + std::string(4000, 'x'), "bad.pdf: "},
    };
    for (const Case& c : cases) {
      CAPTURE(c.name);
      CHECK(error_of(c.bytes).find(c.expected) != std::string::npos);
    }
  }

  TEST_CASE("pdf: encrypted with a user password is refused by name; owner-only opens") {
    // qpdf (installed by scripts/install-deps.sh) writes real AES-256 encryption.
    REQUIRE(std::system("qpdf --version > /dev/null 2>&1") == 0);
    const citecheck::testing::TempDir dir;
    const std::string plain = dir.write("plain.pdf", make_pdf({report_page(1)}));
    const auto encrypt = [&](const std::string& user, const std::string& out) {
      const std::string command = "qpdf --encrypt '" + user + "' owner-secret 256 -- '" + plain +
                                  "' '" + (dir.path() / out).string() + "' > /dev/null 2>&1";
      REQUIRE(std::system(command.c_str()) == 0);
      std::ifstream in(dir.path() / out, std::ios::binary);
      return std::string(std::istreambuf_iterator<char>(in), {});
    };
    const std::string locked = encrypt("user-secret", "locked.pdf");
    const std::string owner_only = encrypt("", "owner.pdf");
    CHECK(error_of(locked).find("bad.pdf: encrypted PDF that needs a password") == 0);
    // Permissions without a user password: anyone may read it, and so does citecheck.
    const Document doc = read_pdf(RawInput{"owner.pdf", owner_only});
    CHECK(doc.text.find("Security Council") != std::string::npos);
  }

  TEST_CASE("pdf: truncated file either reads what survives, with a warning, or says why not") {
    const std::string good = make_pdf({report_page(1), report_page(3)});
    for (const std::size_t keep : {good.size() / 4, good.size() / 2, good.size() - 30}) {
      CAPTURE(keep);
      try {
        const Document doc = read_pdf(RawInput{"t.pdf", good.substr(0, keep)});
        REQUIRE_FALSE(doc.warnings.empty());
        CHECK(doc.warnings[0].find("truncated") != std::string::npos);
      } catch (const InputError& error) {
        CHECK(std::string(error.what()).find("t.pdf: ") == 0);
      }
    }
  }

  TEST_CASE("pdf: a scanned page among text pages is named in a warning") {
    PdfPage scan;
    const Document doc = read_pdf(RawInput{"m.pdf", make_pdf({report_page(1), scan})});
    REQUIRE(doc.warnings.size() == 1);
    CHECK(doc.warnings[0].find("page 2 has no text layer") != std::string::npos);
  }

  TEST_CASE("pdf: page assembly") {
    using citecheck::readers::assemble_pdf_text;
    const auto out = assemble_pdf_text({"a\r\nb\n\n\f", "  \n", "c\fd"});
    CHECK(out.text == "a\nb\n\f\n\fc\nd\n");
    CHECK(out.page_starts == std::vector<std::size_t>{0, 5, 7});
    CHECK(out.empty_pages == std::vector<int>{2});
    CHECK(out.any_text);
    CHECK_FALSE(assemble_pdf_text({" ", "\n"}).any_text);
  }

  TEST_CASE("pipeline: footnotes come out of a PDF and a DOCX read through read_document") {
    const std::string pdf = make_pdf({report_page(1), report_page(3)});
    const Document doc = citecheck::read_document_bytes("r.pdf", pdf, std::nullopt);
    const citecheck::ParsedDocument parsed = citecheck::parse_document(doc, citecheck::PluginSet{});
    REQUIRE(parsed.footnotes.size() == 4);
    for (int i = 0; i < 4; ++i) {
      CAPTURE(i);
      CHECK(parsed.footnotes[i].number == i + 1);
    }
    CHECK(parsed.footnotes[0].text.find("S/2020/121") != std::string::npos);
    CHECK(parsed.footnotes[3].text.find("https://www.un.org/en/sahel-update.html") !=
          std::string::npos);
  }
}

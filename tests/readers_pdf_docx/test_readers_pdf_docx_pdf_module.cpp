// The PDF reader as the module read_document loads on the first PDF: found, checked against
// this build, and a missing or broken module refused in a sentence that names it.
#include <doctest/doctest.h>

#include <string>

#include <citecheck/errors.hpp>
#include <citecheck/readers.hpp>

#include "make_pdf.hpp"
#include "readers/pdf_module.hpp"
#include "readers/temp_dir.hpp"

using citecheck::InputError;
using citecheck::readers::load_pdf_module;
using citecheck::readers::pdf_module_candidates;
using citecheck::readers::RawInput;
using citecheck::readers::read_pdf_with;

namespace {

std::string pdf_with_one_note() {
  citecheck::test::PdfPage page;
  page.lines = {{72, 720, 11, "The Council met.1"},
                {72, 126, 9, "1 Report of the Secretary-General (S/2020/121)."}};
  return citecheck::test::make_pdf({page});
}

std::string error_of(const citecheck::readers::PdfModule& module, const std::string& bytes) {
  try {
    read_pdf_with(module, RawInput{"x.pdf", bytes});
  } catch (const InputError& error) {
    return error.what();
  }
  return "";
}

}  // namespace

TEST_SUITE("readers_pdf_docx") {
  TEST_CASE("the PDF module of this build loads and reads; a bad PDF's error crosses back") {
    const auto module = load_pdf_module(pdf_module_candidates());
    REQUIRE_MESSAGE(module.failure.empty(), module.failure);
    const citecheck::Document doc = read_pdf_with(module, RawInput{"one.pdf", pdf_with_one_note()});
    CHECK(doc.text.find("S/2020/121") != std::string::npos);
    CHECK(error_of(module, "%PDF-1.4\ngarbage").rfind("x.pdf: ", 0) == 0);
    CHECK(error_of(module, "%PDF-1.4\ngarbage").find("PDF") != std::string::npos);
    // And through read_document, as a run reads one.
    const citecheck::Document same = citecheck::read_document_bytes("one.pdf", pdf_with_one_note());
    CHECK(same.text == doc.text);
  }

  TEST_CASE("a missing or broken PDF module is refused by name, and nothing crashes") {
    const citecheck::testing::TempDir dir;
    const auto missing = load_pdf_module({dir.path() / "libcitecheck-read-pdf.so"});
    CHECK(missing.failure.find("not installed") != std::string::npos);
    CHECK(missing.failure.find(dir.path().string()) != std::string::npos);
    const std::string message = error_of(missing, pdf_with_one_note());
    CHECK(message.rfind("x.pdf: PDF reading needs the module", 0) == 0);

    const std::string junk = dir.write("libcitecheck-read-pdf.so", "not a library");
    const auto broken = load_pdf_module({junk});
    CHECK(broken.failure.find("could not be loaded") != std::string::npos);
    CHECK(broken.failure.find(junk) != std::string::npos);
    CHECK_FALSE(broken.read);
  }
}

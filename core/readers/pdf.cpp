// PDF reader: each page's text in physical layout order (columns stay apart, footnotes stay
// at the page bottom), pages separated by form feeds, so the layout segmenter sees the
// page structure it was built for.
#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <citecheck/errors.hpp>

#include "readers/formats.hpp"
#include "readers/pdf_text.hpp"
#include "text/utf8.hpp"

namespace citecheck::readers {
namespace {

// Poppler reports damage on stderr by default; our InputError says it once, in our words.
void ignore_poppler_message(const std::string& /*message*/, void* /*closure*/) {}

bool has_end_marker(const std::string& bytes) {
  const std::size_t tail = bytes.size() > 2048 ? bytes.size() - 2048 : 0;
  return bytes.find("%%EOF", tail) != std::string::npos;
}

std::string page_text(const poppler::page& page) {
  const poppler::byte_array utf8 =
      page.text(poppler::rectf(), poppler::page::physical_layout).to_utf8();
  return std::string(utf8.begin(), utf8.end());
}

}  // namespace

Document read_pdf(RawInput input) {
  poppler::set_debug_error_function(ignore_poppler_message, nullptr);
  const bool complete = has_end_marker(input.bytes);
  const std::unique_ptr<poppler::document> pdf(poppler::document::load_from_raw_data(
      input.bytes.data(), static_cast<int>(std::min<std::size_t>(input.bytes.size(), 0x7fffffff))));
  if (!pdf) {
    throw InputError(input.path, complete ? "damaged PDF: poppler could not read its structure"
                                          : "truncated or damaged PDF (no %%EOF at its end): "
                                            "poppler could not read its structure");
  }
  if (pdf->is_locked()) {
    throw InputError(input.path,
                     "encrypted PDF that needs a password to open; decrypt it first, e.g. "
                     "`qpdf --password=PASSWORD --decrypt IN.pdf OUT.pdf`");
  }
  std::vector<std::string> pages;
  const int count = pdf->pages();
  pages.reserve(static_cast<std::size_t>(std::max(count, 0)));
  for (int index = 0; index < count; ++index) {
    const std::unique_ptr<poppler::page> page(pdf->create_page(index));
    pages.push_back(page ? page_text(*page) : std::string());
  }
  PdfText assembled = assemble_pdf_text(pages);
  if (!assembled.any_text) {
    throw InputError(input.path, complete
                                     ? "no text layer: this PDF needs OCR first (e.g. ocrmypdf)"
                                     : "truncated PDF (no %%EOF at its end) with no readable text");
  }
  Document doc;
  doc.path = std::move(input.path);
  doc.format = Format::pdf;
  text::Utf8Repair repaired = text::repair_utf8(assembled.text);
  if (repaired.replaced > 0) {
    doc.warnings.push_back(doc.path + ": " + std::to_string(repaired.replaced) +
                           " invalid UTF-8 sequences in the extracted text replaced");
  }
  doc.text = std::move(repaired.text);
  doc.line_starts = index_lines(doc.text);
  if (!complete) {
    doc.warnings.push_back(doc.path + ": PDF looks truncated (no %%EOF at its end); read " +
                           std::to_string(count) + " pages that poppler could recover");
  }
  if (!assembled.empty_pages.empty()) {
    doc.warnings.push_back(doc.path + ": " + describe_empty_pages(assembled.empty_pages));
  }
  return doc;
}

}  // namespace citecheck::readers

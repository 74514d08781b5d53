// PDF reader: each page's words laid out into lines in reading order (columns one after the
// other), the footnote area found by position and type size, pages separated by form feeds,
// so the layout segmenter sees the page structure it was built for, and every line keeps
// its page and position.
#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <citecheck/errors.hpp>

#include "readers/formats.hpp"
#include "readers/pdf_layout.hpp"
#include "readers/pdf_links.hpp"
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

// The page's words in poppler's reading order, each made valid UTF-8 on its own so the
// laid-out offsets stay true (a whole-text repair would shift them).
std::vector<PdfWord> page_words(const poppler::page& page, std::size_t& replaced) {
  std::vector<PdfWord> words;
  for (const poppler::text_box& box : page.text_list(poppler::page::text_list_include_font)) {
    const poppler::rectf r = box.bbox();
    const poppler::byte_array utf8 = box.text().to_utf8();
    text::Utf8Repair text = text::repair_utf8(std::string(utf8.begin(), utf8.end()));
    replaced += text.replaced;
    words.push_back({r.left(), r.top(), r.right(), r.bottom(), box.get_font_size(),
                     std::move(text.text), box.has_space_after()});
  }
  return words;
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
  const int count = pdf->pages();
  std::vector<std::vector<PdfWord>> words;
  std::vector<double> widths;
  std::vector<double> heights;
  std::size_t replaced = 0;
  for (int index = 0; index < count; ++index) {
    const std::unique_ptr<poppler::page> page(pdf->create_page(index));
    words.push_back(page ? page_words(*page, replaced) : std::vector<PdfWord>{});
    widths.push_back(page ? page->page_rect().width() : 0.0);
    heights.push_back(page ? page->page_rect().height() : 0.0);
  }
  const double body_size = body_font_size(words, heights);
  std::vector<std::vector<PdfLinkArea>> links(words.size());
  for (PdfLinkArea& link : read_pdf_links(input.bytes)) {
    if (link.page >= 0 && static_cast<std::size_t>(link.page) < links.size()) {
      links[static_cast<std::size_t>(link.page)].push_back(std::move(link));
    }
  }
  std::vector<PdfPageText> laid_out;
  std::vector<std::string> pages;
  for (std::size_t index = 0; index < words.size(); ++index) {
    laid_out.push_back(lay_out_page(words[index], widths[index], body_size, links[index]));
    pages.push_back(std::move(laid_out.back().text));  // only its lines and links are read on
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
  if (replaced > 0) {
    doc.warnings.push_back(doc.path + ": " + std::to_string(replaced) +
                           " invalid UTF-8 sequences in the extracted text replaced");
  }
  doc.text = std::move(assembled.text);
  doc.line_starts = index_lines(doc.text);
  // Page texts pass through assembly unchanged but for trailing blanks (they hold no CR or
  // form feed), so a line's offset in its page plus the page's start is its offset here.
  for (std::size_t index = 0; index < laid_out.size(); ++index) {
    const int number = static_cast<int>(index) + 1;
    if (std::find(assembled.empty_pages.begin(), assembled.empty_pages.end(), number) !=
        assembled.empty_pages.end()) {
      continue;  // dropped from the text
    }
    const std::size_t start = assembled.page_starts[index];
    for (const PdfTextLine& line : laid_out[index].lines) {
      doc.placements.push_back({start + line.offset, number, {line.x, line.y}});
    }
    std::vector<PdfTextLink>& links_here = laid_out[index].links;
    std::stable_sort(links_here.begin(), links_here.end(),
                     [](const PdfTextLink& a, const PdfTextLink& b) { return a.begin < b.begin; });
    for (const PdfTextLink& link : links_here) {
      doc.links.push_back({start + link.begin, start + link.end, link.uri, number});
    }
    if (laid_out[index].note_area) {
      doc.note_areas.push_back(start + *laid_out[index].note_area);
    }
  }
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

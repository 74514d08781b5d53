#pragma once
// Pages of extracted PDF text -> one text, pages separated by form feeds. Kept apart from
// poppler so it can be tested on strings.

#include <string>
#include <vector>

namespace citecheck::readers {

/// The joined text of a PDF's pages.
struct PdfText {
  std::string text;
  /// Byte offset in `text` where each page starts (page 1 at index 0).
  std::vector<std::size_t> page_starts;
  std::vector<int> empty_pages;  ///< 1-based numbers of pages without any text
  bool any_text = false;
};

/// Joins pages with '\f'. Each page's own form feeds and CRs are dropped (poppler ends a
/// page with one; a stray one inside would split a page in two), trailing blank lines too.
PdfText assemble_pdf_text(const std::vector<std::string>& pages);

/// "pages 3, 7 have no text layer (scanned?) ..." for a warning.
std::string describe_empty_pages(const std::vector<int>& pages);

}  // namespace citecheck::readers

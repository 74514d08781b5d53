#pragma once
// The link annotations (URI actions) of a PDF: the URL the author meant, as ground truth for
// URLs the page text breaks across lines. poppler-cpp has no annotation API, so these come
// from poppler-glib, which reads the same file a second time.

#include <string>
#include <vector>

namespace citecheck::readers {

/// One URI link area, in points from the top-left corner of its page.
struct PdfLinkArea {
  int page = 0;  ///< 0-based
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  std::string uri;
};

/// Every URI link of the file, page by page; empty when there are none or the file cannot
/// be read (the text reader has already said why).
std::vector<PdfLinkArea> read_pdf_links(const std::string& bytes);

}  // namespace citecheck::readers

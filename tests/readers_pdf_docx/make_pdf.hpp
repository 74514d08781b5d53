#pragma once
// Writes small PDFs from PDF syntax (Helvetica text, link annotations, xref offsets
// computed), so the tests need no PDF producer and no binary fixtures.

#include <string>
#include <vector>

namespace citecheck::test {

/// One line of text placed at (x, y) in points, in Helvetica of `size`.
struct PdfLine {
  double x = 72;
  double y = 720;
  double size = 11;
  std::string text;  ///< WinAnsi; ( ) \ are escaped
};

struct PdfLinkBox {
  double x0, y0, x1, y1;
  std::string uri;
};

struct PdfPage {
  std::vector<PdfLine> lines;  ///< empty: a page that only paints a rectangle (a "scan")
  std::vector<PdfLinkBox> links;
};

std::string make_pdf(const std::vector<PdfPage>& pages);

}  // namespace citecheck::test

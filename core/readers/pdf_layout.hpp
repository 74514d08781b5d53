#pragma once
// A PDF page's words (as poppler hands them, in its reading order) -> lines of text, with
// where each line sits and where the page's footnote area begins. Kept apart from poppler
// so it can be tested on made-up words.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "readers/pdf_links.hpp"

namespace citecheck::readers {

/// One word on a page: box in points from the top-left corner, font size in points.
struct PdfWord {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  double size = 0;
  std::string text;  ///< UTF-8
  bool space_after = false;
};

/// One line of the laid-out page text.
struct PdfTextLine {
  std::size_t offset = 0;  ///< first byte of the line in PdfPageText::text
  double x = 0, y = 0;     ///< top-left corner
};

/// A link annotation's area mapped onto the words it covers.
struct PdfTextLink {
  std::size_t begin = 0;  ///< span in PdfPageText::text of the words under the link area
  std::size_t end = 0;
  std::string uri;
};

struct PdfPageText {
  std::string text;  ///< lines joined by '\n'; blank lines for vertical gaps, indents as spaces
  std::vector<PdfTextLine> lines;
  /// Offset in `text` of the first line of the footnote area found by position.
  std::optional<std::size_t> note_area;
  std::vector<PdfTextLink> links;  ///< link areas that cover at least one word
};

/// The font size most of the document's characters are set in (its body type); 0 for none.
/// Counted in the upper part of each page (`heights`: page heights, 0 when unknown), where
/// notes do not sit: pages whose notes outweigh their body still give the body's size.
double body_font_size(const std::vector<std::vector<PdfWord>>& pages,
                      const std::vector<double>& heights = {});

/// Lays out one page: words grouped into lines in poppler's reading order (so columns come
/// one after the other), indents measured from the line's own column. The footnote area is
/// the run of lines at the bottom of the page set smaller than `body_size`, under body
/// text, with at least one line opening with a note number; its lines are moved after the
/// rest of the body so notes never sit between two columns. `links` are this page's link
/// areas; each becomes the span of the words whose centre lies inside it.
PdfPageText lay_out_page(const std::vector<PdfWord>& words, double page_width, double body_size,
                         const std::vector<PdfLinkArea>& links = {});

}  // namespace citecheck::readers

#include "make_pdf.hpp"

#include <cstdio>

namespace citecheck::test {
namespace {

std::string escaped(const std::string& text) {
  std::string out;
  for (const char c : text) {
    if (c == '(' || c == ')' || c == '\\') {
      out.push_back('\\');
    }
    out.push_back(c);
  }
  return out;
}

std::string number(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", value);
  return buffer;
}

}  // namespace

std::string make_pdf(const std::vector<PdfPage>& pages) {
  // Objects: 1 catalog, 2 pages, 3 font, then per page: page, contents, its annotations.
  std::vector<std::string> objects(3);
  std::string kids;
  for (const PdfPage& page : pages) {
    const std::size_t page_id = objects.size() + 1;
    const std::size_t content_id = page_id + 1;
    std::string stream;
    if (page.lines.empty()) {
      stream = "0.5 g 72 72 468 648 re f\n";
    }
    for (const PdfLine& line : page.lines) {
      stream += "BT /F1 " + number(line.size) + " Tf " + number(line.x) + " " + number(line.y) +
                " Td (" + escaped(line.text) + ") Tj ET\n";
    }
    std::string annots;
    std::vector<std::string> annot_objects;
    for (const PdfLinkBox& link : page.links) {
      annots += std::to_string(content_id + 1 + annot_objects.size()) + " 0 R ";
      annot_objects.push_back("<< /Type /Annot /Subtype /Link /Rect [" + number(link.x0) + " " +
                              number(link.y0) + " " + number(link.x1) + " " + number(link.y1) +
                              "] /Border [0 0 0] /A << /S /URI /URI (" + escaped(link.uri) +
                              ") >> >>");
    }
    objects.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents " +
                      std::to_string(content_id) + " 0 R /Resources << /Font << /F1 3 0 R >> >>" +
                      (annots.empty() ? "" : " /Annots [" + annots + "]") + " >>");
    objects.push_back("<< /Length " + std::to_string(stream.size()) + " >>\nstream\n" + stream +
                      "endstream");
    for (std::string& annot : annot_objects) {
      objects.push_back(std::move(annot));
    }
    kids += std::to_string(page_id) + " 0 R ";
  }
  objects[0] = "<< /Type /Catalog /Pages 2 0 R >>";
  objects[1] =
      "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pages.size()) + " >>";
  objects[2] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";

  std::string pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const std::size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (const std::size_t offset : offsets) {
    char entry[24];
    std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", offset);
    pdf += entry;
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) +
         " /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

}  // namespace citecheck::test

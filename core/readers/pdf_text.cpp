#include "readers/pdf_text.hpp"

#include <algorithm>

namespace citecheck::readers {
namespace {

std::string clean_page(const std::string& raw) {
  std::string page;
  page.reserve(raw.size());
  for (const char c : raw) {
    if (c == '\r') {
      continue;
    }
    page.push_back(c == '\f' ? '\n' : c);
  }
  while (!page.empty() && (page.back() == '\n' || page.back() == ' ')) {
    page.pop_back();
  }
  return page;
}

bool blank(const std::string& page) {
  return std::all_of(page.begin(), page.end(),
                     [](char c) { return c == ' ' || c == '\n' || c == '\t'; });
}

}  // namespace

PdfText assemble_pdf_text(const std::vector<std::string>& pages) {
  PdfText out;
  for (std::size_t index = 0; index < pages.size(); ++index) {
    if (index > 0) {
      out.text.push_back('\f');
    }
    out.page_starts.push_back(out.text.size());
    const std::string page = clean_page(pages[index]);
    if (blank(page)) {
      out.empty_pages.push_back(static_cast<int>(index + 1));
    } else {
      out.any_text = true;
      out.text += page;
    }
    out.text.push_back('\n');
  }
  return out;
}

std::string describe_empty_pages(const std::vector<int>& pages) {
  std::string list;
  const std::size_t shown = std::min<std::size_t>(pages.size(), 10);
  for (std::size_t i = 0; i < shown; ++i) {
    list += (i ? ", " : "") + std::to_string(pages[i]);
  }
  if (pages.size() > shown) {
    list += " and " + std::to_string(pages.size() - shown) + " more";
  }
  return std::string(pages.size() == 1 ? "page " : "pages ") + list +
         (pages.size() == 1 ? " has" : " have") +
         " no text layer (scanned images?); their notes cannot be read without OCR";
}

}  // namespace citecheck::readers

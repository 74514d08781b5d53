// STUB: replaced by the readers work (sniffing, text, markdown, bad input).
#include <citecheck/errors.hpp>
#include <citecheck/readers.hpp>

#include <fstream>
#include <sstream>

namespace citecheck {

Format sniff_format(std::string_view path, std::string_view bytes) {
  (void)bytes;
  if (path.ends_with(".md")) {
    return Format::markdown;
  }
  return Format::text;
}

Document read_document_bytes(std::string path, std::string bytes, std::optional<Format> forced) {
  Document doc;
  doc.format = forced ? *forced : sniff_format(path, bytes);
  doc.path = std::move(path);
  doc.text = std::move(bytes);
  doc.line_starts = index_lines(doc.text);
  return doc;
}

Document read_document(const std::string& path, std::optional<Format> forced,
                       const ReadLimits& limits) {
  (void)limits;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw InputError(path, "cannot open file");
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return read_document_bytes(path, buffer.str(), forced);
}

}  // namespace citecheck

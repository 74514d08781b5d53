#include "readers/decode.hpp"
#include "readers/formats.hpp"

namespace citecheck::readers {

Document decoded_document(RawInput input, Format format) {
  DecodedText decoded = decode_text(input.path, std::move(input.bytes));
  Document doc;
  doc.path = std::move(input.path);
  doc.format = format;
  doc.text = std::move(decoded.text);
  doc.line_starts = index_lines(doc.text);
  doc.warnings = std::move(decoded.warnings);
  return doc;
}

// Plain text carries no structure: the segmenter reads its layout.
Document read_text(RawInput input) {
  return decoded_document(std::move(input), Format::text);
}

}  // namespace citecheck::readers

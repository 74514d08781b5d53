#pragma once
// One reader per format, each in its own file, all turning one input into a Document.
// read_document.cpp picks one from a table by the sniffed (or forced) format.

#include <string>

#include <citecheck/document.hpp>

namespace citecheck::readers {

/// One input as it came from disk or standard input, before any decoding.
struct RawInput {
  std::string path;
  std::string bytes;
};

/// Decodes a text format into a Document with text, line_starts and warnings filled; the
/// format readers add their structure on top.
Document decoded_document(RawInput input, Format format);

Document read_text(RawInput input);
Document read_markdown(RawInput input);
Document read_html(RawInput input);
Document read_wikitext(RawInput input);
Document read_jats(RawInput input);
Document read_pdf(RawInput input);
Document read_docx(RawInput input);

}  // namespace citecheck::readers

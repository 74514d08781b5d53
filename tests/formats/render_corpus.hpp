#pragma once
// Renders the corpus's hand-checked footnotes into the other formats a user brings (HTML as
// Pandoc writes it, JATS, DOCX, PDF with notes at the page bottom in smaller type and link
// annotations over the URLs), each with the same gold, so `citecheck eval` measures every
// reader on real citations. The note text is the gold's; the body around the markers is
// made up ("Claim 4 is made here."), as only the notes are scored.

#include <filesystem>
#include <string>
#include <vector>

namespace citecheck::test {

/// One footnote to render: its number, its text, and the URLs its gold says it cites.
struct SourceNote {
  int number = 0;
  std::string text;
  std::vector<std::string> urls;
};

/// One rendering of a document.
struct Rendering {
  std::string format;     ///< the gold's format word: "html", "jats", "docx", "pdf"
  std::string extension;  ///< ".html", ...
  std::string bytes;
};

std::vector<Rendering> render_notes(const std::vector<SourceNote>& notes, const std::string& title);

/// For every `*.gold.json` in `corpus` whose format is text or markdown, writes each
/// rendering to `out` as `<stem>.<format><extension>` with its gold beside it
/// (`<stem>.<format>.gold.json`: the same footnotes, the new document and format).
/// Returns the number of documents written.
std::size_t render_corpus(const std::filesystem::path& corpus, const std::filesystem::path& out);

}  // namespace citecheck::test

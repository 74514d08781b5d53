#pragma once
// A document as a reader hands it on: UTF-8 text plus a map back to the source, and any
// note structure the format itself carries (Markdown footnotes, DOCX notes, HTML endnotes).

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <citecheck/citation.hpp>

namespace citecheck {

/// Input formats a reader exists for. `text` covers plain and PDF-extracted text.
enum class Format { text, markdown, html, wikitext, jats, pdf, docx };

std::string_view to_string(Format format);
std::optional<Format> format_from_string(std::string_view name);

/// A link the format states explicitly (Markdown inline link, HTML href, PDF URI action):
/// better evidence for a URL than the visible text.
struct Link {
  std::size_t begin = 0;  ///< span of the anchor text in Document::text
  std::size_t end = 0;
  std::string url;
  int page = 0;
};

/// A note whose boundaries the format gave us, so no segmentation guess was needed.
struct ExplicitNote {
  int number = 0;
  std::string label;      ///< the reference name as written ("1", "note-a", ...)
  std::size_t begin = 0;  ///< span of the note's text in Document::text
  std::size_t end = 0;
  std::optional<std::size_t> marker;  ///< offset of its reference in the body
  std::string element;                ///< XML path / element id where the format has one
};

/// Where a laid-out line of Document::text sits on its page (PDF): the reader's geometry,
/// so a record can point an editor to the spot on the printed page.
struct LinePlacement {
  std::size_t offset = 0;  ///< first byte of the line in Document::text
  int page = 0;            ///< 1-based
  PagePoint at;            ///< top-left corner of the line
};

/// Reader output. `text` is valid UTF-8 (invalid bytes replaced, with a warning).
struct Document {
  std::string path;  ///< as given on the command line; "-" for standard input
  Format format = Format::text;
  std::string text;
  /// Byte offset where each line of `text` starts (line 1 at index 0).
  std::vector<std::size_t> line_starts;
  std::vector<Link> links;
  /// Filled by readers of structured formats; empty means "segment the text".
  std::vector<ExplicitNote> notes;
  bool has_explicit_notes = false;
  /// Readers of laid-out formats (PDF): one entry per text line, in text order.
  std::vector<LinePlacement> placements;
  /// Offsets in `text` where a reader saw, by position on the page (bottom band, smaller
  /// type, below the body), a page's footnote area begin. The segmenter treats each like
  /// the separator rule printed above notes, which text extraction loses.
  std::vector<std::size_t> note_areas;
  std::vector<std::string> warnings;

  /// 1-based line holding byte `offset`.
  int line_of(std::size_t offset) const;
  /// Placement of the line holding byte `offset`; nullptr without placements.
  const LinePlacement* placement_of(std::size_t offset) const;
};

/// Builds `line_starts` for a text.
std::vector<std::size_t> index_lines(std::string_view text);

}  // namespace citecheck

#pragma once
// The citation model: value types that flow one way through the pipeline
// (Document -> Footnote -> Citation -> Resolution -> LinkCheck).

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace citecheck {

/// What kind of source a citation names. Closed list; the gold files use the same words.
enum class Kind {
  un_document,
  web,
  news,
  journal_article,
  book,
  report,
  interview,
  ibid,
  other,
};

std::string_view to_string(Kind kind);
/// Parses the wire name ("journal_article"); returns nullopt for an unknown word.
std::optional<Kind> kind_from_string(std::string_view name);

/// A point on a page in PDF points (1/72 inch) from the page's top-left corner.
struct PagePoint {
  double x = 0;
  double y = 0;
};

/// Where a piece of text sits in the source file. Offsets are bytes into Document::text;
/// `line` is 1-based in the original file; `page` and `element` are filled by readers of
/// formats that have them (PDF page, XML path or element id); `position` is the top-left
/// corner of the text line where the span starts, for formats laid out on pages (PDF).
struct SourceSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
  int line = 0;
  int page = 0;
  std::string element;
  std::optional<PagePoint> position;
};

/// One change the parser made to the text it read. Nothing is changed silently: every
/// join, dropped hyphen or stripped character leaves one of these on the record.
struct Repair {
  /// Named step, stable for machines: "join_url_across_lines", "keep_url_hyphen",
  /// "drop_line_break_hyphen", "remove_stray_space", "strip_trailing_punctuation",
  /// "split_glued_footnote_number", "strip_glued_digit", "infer_footnote_number", ...
  std::string step;
  std::string before;
  std::string after;
  /// Human sentence for reports ("hyphen at line end kept: 'us-' + 'mali-talks' (same
  /// URL elsewhere)").
  std::string detail;
};

/// One cited source. A footnote holds one or more of these.
struct Citation {
  std::string id;  ///< "4.2": footnote 4, second citation
  int footnote = 0;
  Kind kind = Kind::other;
  std::string raw;  ///< the citation's own text (display form, line breaks joined)
  SourceSpan span;

  std::vector<std::string> urls;
  /// Alternatives the URL repair considered and did not pick (kept when unsure).
  std::vector<std::string> url_candidates;
  std::vector<std::string> dois;
  std::vector<std::string> un_symbols;
  std::optional<int> ibid_of;
  std::string pinpoint;  ///< "p. 4" in "Ibid., p. 4"

  std::string title;
  std::vector<std::string> authors;
  std::string container_title;
  std::string publisher;
  std::string issued;    ///< ISO date, or a year
  std::string accessed;  ///< ISO date
  std::string volume;
  std::string issue;
  std::string pages;

  std::string plugin;  ///< which plugin recognized it; empty when core did
  double confidence = 0.0;
  std::vector<Repair> repairs;

  /// Year of `issued`, if it starts with four digits.
  std::optional<int> year() const;
};

/// Position of an in-text footnote marker in the body text, when one was found. `glyph` is
/// what the file printed there, which OCR may have turned into '!', '?', '*', '®', ...
struct Marker {
  std::size_t offset = 0;
  int line = 0;
  std::string glyph;
  double confidence = 0.0;
};

/// A footnote or endnote as the document numbers it, with the citations it holds.
struct Footnote {
  int number = 0;
  /// Numbering run, from 1: a document whose numbering starts over (chapters, annexes,
  /// several documents in one file) has notes with the same number in runs 1, 2, ...
  int series = 1;
  std::string text;  ///< display text: lines joined, line-break hyphens resolved
  SourceSpan span;
  std::optional<Marker> marker;
  bool number_inferred = false;  ///< the number was lost in extraction and inferred
  std::vector<Repair> repairs;   ///< segment-level repairs (inferred number, split glue)
  std::vector<Citation> citations;
};

}  // namespace citecheck

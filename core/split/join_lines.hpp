#pragma once
// Step one of the splitter: a footnote's source lines -> display text. Lines are joined
// with single spaces; a line-end hyphen is dropped or kept on the document's evidence; a
// URL broken at a line end is joined without a space. Every such choice is a repair
// recorded at its position, and the text keeps a map back to document offsets.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <citecheck/citation.hpp>

#include "split/evidence.hpp"

namespace citecheck::split {

/// One source line of a note and where it starts in Document::text (npos when unknown).
struct SourceLine {
  std::string_view text;
  std::size_t document_offset = std::string_view::npos;
};

/// A repair and the display-text position it applies to (for assigning it to a citation).
struct PositionedRepair {
  std::size_t position = 0;
  Repair repair;
};

/// A run of display text copied from the document without change.
struct TextPiece {
  std::size_t text_begin = 0;
  std::size_t document_begin = std::string_view::npos;
  std::size_t length = 0;
};

/// Display text of one note with its map back to the document.
struct JoinedText {
  std::string text;
  std::vector<TextPiece> pieces;
  std::vector<PositionedRepair> repairs;
  /// Positions of line-end hyphens inside URLs, kept for now: the URL step decides them.
  std::vector<std::size_t> url_hyphens;

  /// Document offset of display position `pos`; an inserted space maps to the next piece.
  std::optional<std::size_t> document_offset(std::size_t pos) const;
  /// Removes the characters at `positions` (sorted, distinct) and shifts everything after.
  void erase_positions(const std::vector<std::size_t>& positions);
};

/// How a line-end hyphen was resolved.
struct HyphenChoice {
  bool keep = false;
  bool sure = false;
  std::string reason;
};

/// Line-end hyphen in prose: 'leader-' + 'ship'. `left` and `right` are the word pieces.
HyphenChoice decide_prose_hyphen(std::string_view left, std::string_view right,
                                 const DocumentEvidence& evidence);

/// Splits a footnote text on '\n' into trimmed, non-empty lines (no document offsets).
std::vector<SourceLine> split_note_lines(std::string_view note_text);

/// Joins the lines into display text.
JoinedText join_lines(const std::vector<SourceLine>& lines, const DocumentEvidence& evidence);

}  // namespace citecheck::split

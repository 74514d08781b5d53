#pragma once
// Does a line carry on the note above it, or has the body text resumed? Body text resumes
// mid-sentence after a footnote block, so the decision weighs layout evidence: blank lines,
// how the note's last line ends, how the line starts, its indentation.

#include "segment/lines.hpp"

namespace citecheck::segmentation {

/// Layout of the note being extended.
struct NoteLayout {
  int number_indent = 0;  ///< indentation of the line holding the note number
  int text_indent = -1;   ///< column where the text starts on the number's line (-1: none)
  /// Indentation of the note's continuation lines (-1 until one is seen).
  int continuation_indent = -1;
  /// The body line before the note block left its sentence open: the body will resume.
  bool body_open_before = false;
};

/// How the last line of a note ends.
enum class Ending { hyphen, url_open, open, closed };
Ending ending_of(std::string_view content);

/// True when `next`, after `blanks` blank lines, continues the note whose last line is
/// `previous`.
bool continues_note(const Line& previous, const Line& next, int blanks, const NoteLayout& layout);

/// In a list of detached note texts (numbers printed apart), true when `next` continues
/// the text on `previous` rather than starting the next note.
bool continues_unit(const Line& previous, const Line& next);

}  // namespace citecheck::segmentation

#pragma once
// The text as lines with the layout features the segmenter reads: indentation, width,
// how a line starts and ends, page breaks (form feeds).

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace citecheck::segmentation {

/// One line of the document. Offsets are bytes into the document text; `content` is the
/// line without its form feeds, line break and surrounding whitespace.
struct Line {
  std::size_t begin = 0;  ///< first byte after any leading form feeds
  std::size_t end = 0;    ///< one past the last byte before "\r\n" / "\n"
  std::string_view content;
  int number = 0;  ///< 1-based line number in the document
  int indent = 0;  ///< leading spaces (a tab counts as one)
  int width = 0;   ///< code points from the line start to the end of `content`
  bool blank = true;
  bool page_start = false;  ///< a form feed opened this line
  bool furniture = false;   ///< page number, running header or footer
};

/// Splits `text` into lines (a final line without a break counts too).
std::vector<Line> split_lines(std::string_view text);

/// Number of UTF-8 code points in `s`.
int code_points(std::string_view s);

/// How a line's first letter reads.
enum class Opening { lowercase, uppercase, digit, other };
Opening opening_of(std::string_view content);

/// Last visible character ends a sentence ('.', '!', '?', possibly followed by closing
/// quotes or brackets).
bool ends_sentence(std::string_view content);
/// Line ends with a line-break hyphen (ASCII hyphen or soft hyphen).
bool ends_with_hyphen(std::string_view content);
/// The last word is a complete URL (so the note may well end here).
bool ends_with_url(std::string_view content);
/// The line is one URL (or URL fragment with no spaces starting with a scheme or "www.").
bool is_url_line(std::string_view content);
/// A few stray glyphs and no letter or digit: a note number OCR could not read.
bool is_glyph_line(std::string_view content);
/// "_________" or "---------": the rule above a footnote area.
bool is_separator_line(std::string_view content);

/// A number at the start of a line and what follows it.
struct LeadingNumber {
  int value = 0;
  std::size_t digits_end = 0;  ///< offset in content just past the number
  std::size_t text_begin = 0;  ///< offset in content where the note text starts (size when none)
  char punctuation = 0;        ///< '.', ')' or ']' after the number, 0 when none
  bool superscript = false;    ///< written with Unicode superscript digits
  bool bracketed = false;      ///< "[12] See ...": reference lists, notes copied from the web
};
std::optional<LeadingNumber> leading_number(std::string_view content);

}  // namespace citecheck::segmentation

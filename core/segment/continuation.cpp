#include "segment/continuation.hpp"

#include <cstdlib>

#include "text/strings.hpp"

namespace citecheck::segmentation {
namespace {

std::string_view last_word(std::string_view s) {
  const std::size_t space = text::find_last_blank(s);
  return space == std::string_view::npos ? s : s.substr(space + 1);
}

bool looks_like_url_piece(std::string_view word) {
  return word.find("://") != std::string_view::npos || word.starts_with("www.") ||
         word.find('/') != std::string_view::npos;
}

}  // namespace

Ending ending_of(std::string_view content) {
  if (ends_with_hyphen(content))
    return Ending::hyphen;
  const std::string_view word = last_word(content);
  if (looks_like_url_piece(word) && !ends_with_url(content)) {
    const char c = word.back();
    // "http://www.", "S/", "story.asp?": the address goes on on the next line. A final
    // '.' after a complete path ends the sentence instead.
    if (c == '/' || c == '?' || c == '=' || c == '&' || c == '_' || c == '#') {
      return Ending::url_open;
    }
    const std::size_t scheme = word.find("://");
    if (c == '.' &&
        (word.ends_with("www.") || (scheme != std::string_view::npos &&
                                    word.find('/', scheme + 3) == std::string_view::npos))) {
      return Ending::url_open;
    }
  }
  if (ends_sentence(content) || ends_with_url(content))
    return Ending::closed;
  return Ending::open;
}

bool continues_note(const Line& previous, const Line& next, int blanks, const NoteLayout& layout) {
  double score = 0;
  if (blanks == 0) {
    score += 2;
  } else if (blanks >= 2) {
    score -= 2.5;
  }
  const Ending ending = ending_of(previous.content);
  switch (ending) {
    case Ending::hyphen:
      score += 3;
      break;
    case Ending::url_open:
      score += 2;
      break;
    case Ending::open:
      score += 1;
      break;
    case Ending::closed:
      score -= 1.5;
      break;
  }
  const bool url_line = is_url_line(next.content);
  // An address reads lowercase ("https://...") but is not a resumed sentence; a list of
  // addresses is a note's (or a run of notes') text.
  const Opening opening = url_line ? Opening::other : opening_of(next.content);
  if (url_line && blanks == 0)
    score += 1;
  const bool open_before = ending != Ending::closed;
  if (opening == Opening::lowercase) {
    score += open_before ? 0.5 : -1;
  } else if (opening == Opening::uppercase && blanks > 0) {
    score -= 0.5;
  }
  // Indentation: the note's lines share one or two columns (number, text); a line
  // elsewhere belongs to the body. A single leading space where the notes have none is
  // how OCR'd pages often restart the body.
  bool indent_anomaly = false;
  if (layout.number_indent <= 1) {
    // Flush-left notes: any other indentation is the body's.
    if (layout.continuation_indent >= 0) {
      indent_anomaly = next.indent != layout.continuation_indent;
    } else {
      indent_anomaly = next.indent != layout.number_indent && next.indent != layout.text_indent;
    }
    if (indent_anomaly)
      score -= 4;
  } else {
    const int reference =
        layout.continuation_indent >= 0 ? layout.continuation_indent : layout.text_indent;
    int d = std::abs(next.indent - layout.number_indent);
    if (reference >= 0)
      d = std::min(d, std::abs(next.indent - reference));
    if (d >= 3) {
      indent_anomaly = true;
      score -= 2.5;
    } else if (next.indent == reference) {
      score += 1;
    }
  }
  if (layout.body_open_before && opening == Opening::lowercase && (blanks > 0 || indent_anomaly)) {
    score -= 1.5;
  }
  return score > 0;
}

bool continues_unit(const Line& previous, const Line& next) {
  const Ending ending = ending_of(previous.content);
  if (ending == Ending::hyphen || ending == Ending::url_open)
    return !is_url_line(next.content) || ending == Ending::hyphen;
  const Opening opening = opening_of(next.content);
  if (opening == Opening::other && !is_url_line(next.content))
    return true;
  if (opening == Opening::lowercase && ending == Ending::open && !is_url_line(next.content)) {
    return true;
  }
  return false;
}

}  // namespace citecheck::segmentation

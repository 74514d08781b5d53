#pragma once
// The plain text a JATS file reads as, built element by element: whitespace folded the way
// XML means it, paragraphs on their own lines, and the spans of stated links kept.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <citecheck/document.hpp>

namespace citecheck::readers::jats {

/// Accumulates display text; offsets it hands out are final offsets in Document::text.
class TextBuilder {
 public:
  /// Appends XML character data: runs of whitespace become one space, none at a line start.
  void append(std::string_view data);
  /// Appends text as is (labels, punctuation the reader composes).
  void append_raw(std::string_view data);
  /// Ends the current line, if any text is on it.
  void end_line();
  /// Ends the current paragraph with an empty line.
  void end_paragraph();
  /// Drops spaces at the end (before a break or a span end).
  void trim_trailing_space();
  /// Drops spaces and line breaks at the end, but nothing before offset `floor`.
  void trim_trailing_breaks(std::size_t floor);
  /// Trims never reach before `offset` (the start of the note being written), so a span
  /// handed out stays inside the text.
  void set_floor(std::size_t offset) { m_floor = offset; }
  /// Records `url` as the stated target of the text from `begin` to the current end.
  void add_link(std::size_t begin, std::string url);

  /// Invalid UTF-8 sequences replaced with U+FFFD so far (pugixml passes bytes through).
  std::size_t replaced() const { return m_replaced; }
  std::size_t size() const { return m_text.size(); }
  std::string_view view() const { return m_text; }
  std::string take_text() { return std::move(m_text); }
  std::vector<Link> take_links() { return std::move(m_links); }

 private:
  void append_valid(std::string_view data, bool fold);
  bool at_line_start() const { return m_text.size() == m_floor || m_text.back() == '\n'; }

  std::string m_text;
  std::vector<Link> m_links;
  std::size_t m_replaced = 0;
  std::size_t m_floor = 0;
};

}  // namespace citecheck::readers::jats

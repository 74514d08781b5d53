#pragma once
// Line-level Markdown syntax the note readers need (CommonMark rules, plus kramdown's
// attribute lines). Each function looks at one line, without its '\n'.

#include <cstddef>
#include <optional>
#include <string_view>

#include "text/byte_range.hpp"

namespace citecheck::readers::markdown {

/// A half-open byte span of Document::text.
using Range = text::ByteRange;

/// Leading whitespace: columns (a tab runs to the next multiple of 4) and bytes.
struct Indent {
  std::size_t columns = 0;
  std::size_t bytes = 0;
};

Indent indent_of(std::string_view line);

/// Bytes to drop from the start of `line` to remove at most `columns` of indentation.
std::size_t indent_bytes_for(std::string_view line, std::size_t columns);

/// An opening code fence: ``` or ~~~ (three or more).
struct Fence {
  char mark = '`';
  std::size_t length = 0;
};

/// `line` stripped of its indentation (at most 3 columns) opens a fence.
std::optional<Fence> fence_open(std::string_view line);
bool fence_closes(std::string_view line, Fence open);

/// Raw HTML blocks whose content is not Markdown (<script>, <pre>, <style>, <textarea>,
/// comments, processing instructions, CDATA): the text that ends the block.
std::optional<std::string_view> raw_html_open(std::string_view line);

bool is_thematic_break(std::string_view line);

/// The text of an ATX heading line ("## Notes" -> "Notes"), without closing #s.
std::optional<std::string_view> atx_heading(std::string_view line);
/// A setext underline ("====" or "----").
bool is_setext_underline(std::string_view line);
/// A line holding only bold text ("**Notes**"): documents use it as a heading.
std::optional<std::string_view> bold_line(std::string_view line);

/// kramdown/Jekyll attribute lists on a line of their own: "{: .fs-2}", "{:toc}", "{#id}".
bool is_attribute_line(std::string_view line);

/// A footnote label at the start of `s` ("[^label]"): the label and the bytes taken.
struct NoteLabel {
  std::string_view label;
  std::size_t length = 0;
};

std::optional<NoteLabel> parse_note_label(std::string_view s);

/// A heading that introduces a list of notes ("Notes", "Endnotes", "References", ...).
bool is_notes_heading(std::string_view heading);

}  // namespace citecheck::readers::markdown

#include "readers/markdown_syntax.hpp"

#include <array>
#include <string>

#include "text/strings.hpp"

namespace citecheck::readers::markdown {
namespace {

using text::istarts_with;
using text::trim;

// Labels are short names; a cap keeps a stray "[^" from scanning far.
constexpr std::size_t k_max_label = 100;

constexpr std::array<std::string_view, 14> k_notes_headings{
    "notes",
    "endnotes",
    "end notes",
    "footnotes",
    "foot notes",
    "references",
    "reference",
    "sources",
    "notes and references",
    "references and notes",
    "citations",
    "works cited",
    "bibliography",
    "notes and sources",
};

std::string_view after_indent(std::string_view line, std::size_t max_columns) {
  const Indent indent = indent_of(line);
  if (indent.columns > max_columns) {
    return {};
  }
  return line.substr(indent.bytes);
}

}  // namespace

Indent indent_of(std::string_view line) {
  Indent indent;
  while (indent.bytes < line.size()) {
    const char c = line[indent.bytes];
    if (c == ' ') {
      ++indent.columns;
    } else if (c == '\t') {
      indent.columns += 4 - indent.columns % 4;
    } else {
      break;
    }
    ++indent.bytes;
  }
  return indent;
}

std::size_t indent_bytes_for(std::string_view line, std::size_t columns) {
  std::size_t seen = 0;
  std::size_t bytes = 0;
  while (bytes < line.size() && seen < columns) {
    if (line[bytes] == ' ') {
      ++seen;
    } else if (line[bytes] == '\t') {
      seen += 4 - seen % 4;
    } else {
      break;
    }
    ++bytes;
  }
  return bytes;
}

std::optional<Fence> fence_open(std::string_view line) {
  const std::string_view rest = after_indent(line, 3);
  if (rest.empty() || (rest[0] != '`' && rest[0] != '~')) {
    return std::nullopt;
  }
  Fence fence{rest[0], 0};
  while (fence.length < rest.size() && rest[fence.length] == fence.mark) {
    ++fence.length;
  }
  if (fence.length < 3) {
    return std::nullopt;
  }
  // A backtick fence's info string may not hold backticks (that would be a code span).
  if (fence.mark == '`' && rest.substr(fence.length).find('`') != std::string_view::npos) {
    return std::nullopt;
  }
  return fence;
}

bool fence_closes(std::string_view line, Fence open) {
  const std::string_view rest = after_indent(line, 3);
  std::size_t run = 0;
  while (run < rest.size() && rest[run] == open.mark) {
    ++run;
  }
  return run >= open.length && text::is_blank(rest.substr(run));
}

std::optional<std::string_view> raw_html_open(std::string_view line) {
  const std::string_view rest = after_indent(line, 3);
  if (rest.empty() || rest[0] != '<') {
    return std::nullopt;
  }
  if (rest.starts_with("<!--")) {
    return "-->";
  }
  if (rest.starts_with("<![CDATA[")) {
    return "]]>";
  }
  if (rest.starts_with("<?")) {
    return "?>";
  }
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 4> k_raw{{
      {"<script", "</script>"},
      {"<pre", "</pre>"},
      {"<style", "</style>"},
      {"<textarea", "</textarea>"},
  }};
  for (const auto& [open, close] : k_raw) {
    if (istarts_with(rest, open)) {
      const std::string_view after = rest.substr(open.size());
      if (after.empty() || after[0] == '>' || text::is_space(after[0])) {
        return close;
      }
    }
  }
  return std::nullopt;
}

bool is_thematic_break(std::string_view line) {
  const std::string_view rest = after_indent(line, 3);
  if (rest.empty() || (rest[0] != '*' && rest[0] != '-' && rest[0] != '_')) {
    return false;
  }
  std::size_t marks = 0;
  for (char c : rest) {
    if (c == rest[0]) {
      ++marks;
    } else if (c != ' ' && c != '\t') {
      return false;
    }
  }
  return marks >= 3;
}

std::optional<std::string_view> atx_heading(std::string_view line) {
  const std::string_view rest = after_indent(line, 3);
  std::size_t hashes = 0;
  while (hashes < rest.size() && rest[hashes] == '#') {
    ++hashes;
  }
  if (hashes == 0 || hashes > 6 ||
      (hashes < rest.size() && rest[hashes] != ' ' && rest[hashes] != '\t')) {
    return std::nullopt;
  }
  std::string_view title = trim(rest.substr(hashes));
  // Closing sequence: "## Notes ##".
  std::size_t end = title.size();
  while (end > 0 && title[end - 1] == '#') {
    --end;
  }
  if (end == 0 || title[end - 1] == ' ' || title[end - 1] == '\t') {
    title = trim(title.substr(0, end));
  }
  return title;
}

bool is_setext_underline(std::string_view line) {
  const std::string_view rest = trim(after_indent(line, 3));
  if (rest.empty() || (rest[0] != '=' && rest[0] != '-')) {
    return false;
  }
  for (char c : rest) {
    if (c != rest[0]) {
      return false;
    }
  }
  return true;
}

std::optional<std::string_view> bold_line(std::string_view line) {
  const std::string_view rest = trim(line);
  for (std::string_view mark : {std::string_view("**"), std::string_view("__")}) {
    if (rest.size() > 4 && rest.starts_with(mark) && rest.ends_with(mark)) {
      const std::string_view inner = rest.substr(2, rest.size() - 4);
      if (inner.find(mark) == std::string_view::npos) {
        return trim(inner);
      }
    }
  }
  return std::nullopt;
}

bool is_attribute_line(std::string_view line) {
  const std::string_view rest = trim(line);
  return rest.size() >= 3 && rest.front() == '{' && rest.back() == '}' &&
         (rest[1] == ':' || rest[1] == '#' || rest[1] == '.');
}

std::optional<NoteLabel> parse_note_label(std::string_view s) {
  if (!s.starts_with("[^")) {
    return std::nullopt;
  }
  const std::size_t limit = std::min(s.size(), k_max_label + 3);
  for (std::size_t i = 2; i < limit; ++i) {
    const char c = s[i];
    if (c == ']') {
      if (i == 2) {
        return std::nullopt;
      }
      return NoteLabel{s.substr(2, i - 2), i + 1};
    }
    if (text::is_space(c) || c == '[' || c == '^') {
      return std::nullopt;
    }
  }
  return std::nullopt;
}

bool is_notes_heading(std::string_view heading) {
  std::string_view title = trim(heading);
  // "Notes {#notes}" (Pandoc/kramdown header attributes).
  if (const std::size_t brace = title.find(" {"); brace != std::string_view::npos) {
    title = trim(title.substr(0, brace));
  }
  while (!title.empty() && (title.back() == ':' || title.back() == '.')) {
    title.remove_suffix(1);
  }
  for (std::string_view known : k_notes_headings) {
    if (text::iequals(title, known)) {
      return true;
    }
  }
  return false;
}

}  // namespace citecheck::readers::markdown

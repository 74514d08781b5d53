#include "readers/markdown_blocks.hpp"

#include "text/strings.hpp"

namespace citecheck::readers::markdown {
namespace {

// Front matter may not run on forever: past this many lines an opening "---" was a rule.
constexpr std::size_t k_max_front_matter_lines = 1000;

class Scanner {
 public:
  Scanner(std::string_view text, BlockMap& map) : m_text(text), m_map(map) {}

  void run() {
    std::size_t i = front_matter();
    while (i < lines().size()) {
      i = block_at(i);
    }
  }

 private:
  const std::vector<Line>& lines() const { return m_map.lines; }
  std::string_view line(std::size_t i) const {
    return m_text.substr(lines()[i].begin, lines()[i].end - lines()[i].begin);
  }

  void mark(std::size_t first, std::size_t last, unsigned char kind) {
    for (std::size_t k = first; k <= last && k < lines().size(); ++k) {
      m_map.line_kind[k] = kind;
    }
  }

  // YAML ("---" ... "---" or "...") or TOML ("+++") front matter on the first line.
  std::size_t front_matter() {
    if (lines().size() < 3) {
      return 0;
    }
    const std::string_view open = text::trim_right(line(0));
    if ((open != "---" && open != "+++") || text::is_blank(line(1))) {
      return 0;
    }
    const std::size_t limit = std::min(lines().size(), k_max_front_matter_lines);
    for (std::size_t k = 1; k < limit; ++k) {
      const std::string_view close = text::trim_right(line(k));
      if (close == open || (open == "---" && close == "...")) {
        m_map.front_matter = {lines()[0].begin, lines()[k].end};
        mark(0, k, k_line_raw);
        return k + 1;
      }
    }
    return 0;
  }

  std::size_t block_at(std::size_t i) {
    const std::string_view text = line(i);
    if (const auto fence = fence_open(text)) {
      std::size_t k = i + 1;
      while (k < lines().size() && !fence_closes(line(k), *fence)) {
        ++k;
      }
      return raw_until(i, std::min(k, lines().size() - 1));
    }
    if (const auto close = raw_html_open(text)) {
      std::size_t k = i;
      const std::size_t skip = text.find('<') + 1;  // the closer may be on the opening line
      if (text::ifind(text, *close, skip) == std::string_view::npos) {
        k = i + 1;
        while (k < lines().size() && text::ifind(line(k), *close) == std::string_view::npos) {
          ++k;
        }
      }
      return raw_until(i, std::min(k, lines().size() - 1));
    }
    const Indent indent = indent_of(text);
    if (indent.columns <= 3) {
      const std::string_view rest = text.substr(indent.bytes);
      if (const auto label = parse_note_label(rest);
          label && label->length < rest.size() && rest[label->length] == ':') {
        return definition(i, indent.bytes, *label);
      }
    }
    return i + 1;
  }

  std::size_t raw_until(std::size_t first, std::size_t last) {
    m_map.raw.push_back({lines()[first].begin, lines()[last].end});
    mark(first, last, k_line_raw);
    return last + 1;
  }

  // What ends a paragraph even without a blank line before it.
  bool interrupts(std::string_view text) const {
    if (fence_open(text) || raw_html_open(text) || atx_heading(text) || is_thematic_break(text) ||
        is_attribute_line(text)) {
      return true;
    }
    const Indent indent = indent_of(text);
    const auto label = parse_note_label(text.substr(indent.bytes));
    return label && indent.bytes + label->length < text.size() &&
           text[indent.bytes + label->length] == ':';
  }

  std::size_t definition(std::size_t i, std::size_t indent_bytes, const NoteLabel& label) {
    NoteDefinition def;
    def.label = std::string(label.label);
    def.start = lines()[i].begin + indent_bytes;
    def.first_line = i;
    std::size_t content = def.start + label.length + 1;
    while (content < lines()[i].end && (m_text[content] == ' ' || m_text[content] == '\t')) {
      ++content;
    }
    def.pieces.push_back({content, lines()[i].end});
    std::size_t last = i;
    bool after_blank = false;
    bool open_paragraph = content < lines()[i].end;
    for (std::size_t k = i + 1; k < lines().size(); ++k) {
      const std::string_view text = line(k);
      if (text::is_blank(text)) {
        after_blank = true;
        open_paragraph = false;
        continue;
      }
      const Indent indent = indent_of(text);
      std::size_t strip = 0;
      if (indent.columns >= 4) {
        strip = indent_bytes_for(text, 4);
      } else if (!after_blank && open_paragraph && !interrupts(text)) {
        strip = indent.bytes;  // lazy continuation of the paragraph
      } else {
        break;
      }
      for (std::size_t blank = last + 1; blank < k; ++blank) {
        def.pieces.push_back({lines()[blank].begin, lines()[blank].begin});
      }
      def.pieces.push_back({lines()[k].begin + strip, lines()[k].end});
      last = k;
      after_blank = false;
      open_paragraph = true;
    }
    def.last_line = last;
    // The note's text: first to last non-blank byte of its content.
    std::size_t begin = content;
    const std::size_t end_limit = lines()[last].end;
    while (begin < end_limit && text::is_space(m_text[begin])) {
      ++begin;
    }
    std::size_t end = end_limit;
    while (end > begin && text::is_space(m_text[end - 1])) {
      --end;
    }
    def.text_begin = begin;
    def.text_end = end;
    mark(i, last, k_line_definition);
    m_map.definitions.push_back(std::move(def));
    return last + 1;
  }

  std::string_view m_text;
  BlockMap& m_map;
};

}  // namespace

std::vector<Line> split_lines(std::string_view text, const std::vector<std::size_t>& starts) {
  std::vector<Line> lines;
  lines.reserve(starts.size());
  for (std::size_t i = 0; i < starts.size(); ++i) {
    const std::size_t end = i + 1 < starts.size() ? starts[i + 1] - 1 : text.size();
    lines.push_back({starts[i], end});
  }
  // A final '\n' leaves an empty last "line": not a line of the file.
  if (!lines.empty() && lines.back().begin == text.size() && lines.size() > 1) {
    lines.pop_back();
  }
  return lines;
}

BlockMap scan_blocks(std::string_view text, const std::vector<std::size_t>& line_starts) {
  BlockMap map;
  map.lines = split_lines(text, line_starts);
  map.line_kind.assign(map.lines.size(), k_line_plain);
  Scanner(text, map).run();
  return map;
}

}  // namespace citecheck::readers::markdown

#include <algorithm>
#include <map>

#include "readers/markdown_notes.hpp"
#include "text/strings.hpp"

namespace citecheck::readers::markdown {
namespace {

using text::is_digit;

// Superscripts longer than this hold prose, not note numbers.
constexpr std::size_t k_max_sup = 120;
// "<sup>3-500</sup>" is not a marker for 498 notes.
constexpr int k_max_range = 50;

enum class Style { sup, caret, bracket, ordered };

struct NoteStart {
  int number = 0;
  Style style = Style::sup;
  std::size_t text_begin = 0;  ///< offset in the document
};

struct Item {
  int number = 0;
  std::size_t begin = 0;
  std::size_t end = 0;
};

struct NoteList {
  Style style = Style::sup;
  bool under_heading = false;
  std::size_t start = 0;  ///< offset of the first note line
  std::vector<Item> items;
};

struct Numbers {
  std::vector<int> values;
  std::size_t length = 0;  ///< bytes of the marker
};

std::size_t digits_at(std::string_view s, std::size_t i) {
  std::size_t n = 0;
  while (i + n < s.size() && is_digit(s[i + n])) {
    ++n;
  }
  return n;
}

// "<sup>12</sup>", "<sup>[12]</sup>", "<sup><a href=...>12</a></sup>", "<sup>1,2</sup>",
// "<sup>3-5</sup>": the numbers, or nothing when the superscript holds anything else.
std::optional<Numbers> parse_sup(std::string_view s) {
  if (!text::istarts_with(s, "<sup") || s.size() < 5 || (s[4] != '>' && !text::is_space(s[4]))) {
    return std::nullopt;
  }
  const std::string_view window = s.substr(0, k_max_sup);
  const std::size_t open_end = window.find('>');
  const std::size_t close = text::ifind(window, "</sup>");
  if (open_end == std::string_view::npos || close == std::string_view::npos || close < open_end) {
    return std::nullopt;
  }
  std::string inner;
  bool in_tag = false;
  const std::string_view content = window.substr(open_end + 1, close - open_end - 1);
  for (std::size_t k = 0; k < content.size(); ++k) {
    const char c = content[k];
    if (c == '<') {
      in_tag = true;
    } else if (c == '>') {
      in_tag = false;
    } else if (in_tag) {
      continue;
    } else if (content.substr(k).starts_with("\xE2\x80\x93")) {
      inner += '-';  // en dash as a range sign
      k += 2;
    } else {
      inner += c;
    }
  }
  Numbers numbers;
  numbers.length = close + 6;
  std::size_t i = 0;
  int range_from = -1;
  while (i < inner.size()) {
    const char c = inner[i];
    if (is_digit(c)) {
      const std::size_t n = digits_at(inner, i);
      const auto value = text::parse_small_int(std::string_view(inner).substr(i, n));
      if (!value) {
        return std::nullopt;
      }
      if (range_from >= 0 && *value > range_from && *value - range_from <= k_max_range) {
        for (int v = range_from + 1; v <= *value; ++v) {
          numbers.values.push_back(v);
        }
      } else {
        numbers.values.push_back(*value);
      }
      range_from = -1;
      i += n;
    } else if (c == '-') {
      range_from = numbers.values.empty() ? -1 : numbers.values.back();
      ++i;
    } else if (c == ',' || c == '[' || c == ']' || c == '(' || c == ')' || text::is_space(c)) {
      ++i;
    } else {
      return std::nullopt;
    }
  }
  if (numbers.values.empty()) {
    return std::nullopt;
  }
  return numbers;
}

// Pandoc superscript "^12^".
std::optional<Numbers> parse_caret(std::string_view s) {
  if (s.size() < 3 || s[0] != '^') {
    return std::nullopt;
  }
  const std::size_t n = digits_at(s, 1);
  if (n == 0 || 1 + n >= s.size() || s[1 + n] != '^') {
    return std::nullopt;
  }
  const auto value = text::parse_small_int(s.substr(1, n));
  if (!value) {
    return std::nullopt;
  }
  return Numbers{{*value}, n + 2};
}

// "[12]" as a marker: not a link ("[12](url)", "[12][ref]") nor a definition ("[12]: url").
std::optional<Numbers> parse_bracket(std::string_view s) {
  if (s.size() < 3 || s[0] != '[') {
    return std::nullopt;
  }
  const std::size_t n = digits_at(s, 1);
  if (n == 0 || 1 + n >= s.size() || s[1 + n] != ']') {
    return std::nullopt;
  }
  const std::size_t after = n + 2;
  if (after < s.size() && (s[after] == '(' || s[after] == '[' || s[after] == ':')) {
    return std::nullopt;
  }
  const auto value = text::parse_small_int(s.substr(1, n));
  if (!value) {
    return std::nullopt;
  }
  return Numbers{{*value}, after};
}

class EndnoteScanner {
 public:
  EndnoteScanner(const Document& doc, const BlockMap& blocks, RangeSet& excluded)
      : m_text(doc.text), m_blocks(blocks), m_excluded(excluded) {}

  NoteScan run() {
    find_lists();
    NoteScan scan;
    std::size_t region_begin = 0;
    for (NoteList& list : m_lists) {
      std::vector<std::optional<std::size_t>> markers = find_markers(list, region_begin);
      const auto found = std::count_if(markers.begin(), markers.end(),
                                       [](const auto& m) { return m.has_value(); });
      region_begin = list.items.back().end;
      // A numbered list with no notes heading counts only when the body points at it.
      if (list.style == Style::ordered && !list.under_heading &&
          static_cast<std::size_t>(found) * 2 < list.items.size()) {
        continue;
      }
      for (std::size_t k = 0; k < list.items.size(); ++k) {
        const Item& item = list.items[k];
        ExplicitNote note;
        note.number = item.number;
        note.label = std::to_string(item.number);
        note.begin = item.begin;
        note.end = item.end;
        note.marker = markers[k];
        scan.notes.push_back(std::move(note));
      }
    }
    return scan;
  }

 private:
  std::size_t line_count() const { return m_blocks.lines.size(); }
  std::string_view line(std::size_t i) const {
    const Line& l = m_blocks.lines[i];
    return m_text.substr(l.begin, l.end - l.begin);
  }
  bool plain(std::size_t i) const { return m_blocks.line_kind[i] == k_line_plain; }
  bool blank(std::size_t i) const { return text::is_blank(line(i)); }

  std::optional<NoteStart> note_start(std::size_t i) const {
    if (!plain(i)) {
      return std::nullopt;
    }
    const std::string_view l = line(i);
    const Indent indent = indent_of(l);
    if (indent.columns > 3) {
      return std::nullopt;
    }
    const std::string_view rest = l.substr(indent.bytes);
    NoteStart start;
    std::optional<Numbers> numbers;
    if ((numbers = parse_sup(rest))) {
      start.style = Style::sup;
    } else if ((numbers = parse_caret(rest))) {
      start.style = Style::caret;
    } else if ((numbers = parse_bracket(rest))) {
      start.style = Style::bracket;
    } else if (const std::size_t n = digits_at(rest, 0);
               n > 0 && n <= 4 && n + 1 < rest.size() && (rest[n] == '.' || rest[n] == ')') &&
               (rest[n + 1] == ' ' || rest[n + 1] == '\t')) {
      numbers = Numbers{{*text::parse_small_int(rest.substr(0, n))}, n + 1};
      start.style = Style::ordered;
    }
    if (!numbers || numbers->values.size() != 1) {
      return std::nullopt;
    }
    start.number = numbers->values.front();
    std::size_t i_text = numbers->length;
    if (start.style != Style::ordered && i_text < rest.size() &&
        (rest[i_text] == '.' || rest[i_text] == ':' || rest[i_text] == ')')) {
      ++i_text;
    }
    const std::size_t before_space = i_text;
    while (i_text < rest.size() && (rest[i_text] == ' ' || rest[i_text] == '\t')) {
      ++i_text;
    }
    // "<sup>1</sup>Text" is fine; "[1]text" or "1.5 percent" is not a note line.
    if (i_text >= rest.size() || (start.style != Style::sup && i_text == before_space)) {
      return std::nullopt;
    }
    start.text_begin = m_blocks.lines[i].begin + indent.bytes + i_text;
    return start;
  }

  // Heading text and the lines it takes (2 for setext).
  std::optional<std::pair<std::string_view, std::size_t>> heading(std::size_t i) const {
    if (!plain(i)) {
      return std::nullopt;
    }
    const std::string_view l = line(i);
    if (auto atx = atx_heading(l)) {
      return std::pair{*atx, std::size_t{1}};
    }
    if (auto bold = bold_line(l)) {
      return std::pair{*bold, std::size_t{1}};
    }
    if (!text::is_blank(l) && i + 1 < line_count() && plain(i + 1) &&
        is_setext_underline(line(i + 1)) && !is_thematic_break(l)) {
      return std::pair{text::trim(l), std::size_t{2}};
    }
    return std::nullopt;
  }

  bool ends_list(std::size_t i) const {
    return !plain(i) || heading(i) || is_thematic_break(line(i));
  }

  void find_lists() {
    bool notes_section = false;
    bool after_rule = false;
    std::size_t i = 0;
    while (i < line_count()) {
      if (auto h = heading(i)) {
        notes_section = is_notes_heading(h->first);
        after_rule = false;
        i += h->second;
        continue;
      }
      const auto start = note_start(i);
      const bool eligible =
          start && (start->style == Style::sup || start->style == Style::caret || notes_section ||
                    (start->style == Style::ordered && after_rule));
      if (eligible) {
        NoteList list;
        list.style = start->style;
        list.under_heading = notes_section;
        list.start = m_blocks.lines[i].begin;
        i = read_list(i, list);
        if (accept(list)) {
          m_lists.push_back(std::move(list));
        }
        after_rule = false;
        continue;
      }
      if (plain(i) && is_thematic_break(line(i))) {
        after_rule = true;
      } else if (!blank(i)) {
        after_rule = false;
      }
      ++i;
    }
  }

  // Reads notes of one style from line `i`; returns the first line after the list.
  std::size_t read_list(std::size_t i, NoteList& list) {
    std::size_t k = i;
    while (k < line_count()) {
      const auto start = note_start(k);
      if (!start || start->style != list.style) {
        break;
      }
      Item item{start->number, start->text_begin, m_blocks.lines[k].end};
      std::size_t j = k + 1;
      while (j < line_count()) {
        if (blank(j)) {
          std::size_t m = j;
          while (m < line_count() && blank(m)) {
            ++m;
          }
          // A further paragraph of the same note is indented.
          if (m < line_count() && plain(m) && indent_of(line(m)).columns >= 2 && !note_start(m) &&
              !ends_list(m)) {
            item.end = m_blocks.lines[m].end;
            j = m + 1;
            continue;
          }
          break;
        }
        if (is_attribute_line(line(j)) || ends_list(j)) {
          break;
        }
        if (const auto next = note_start(j); next && next->style == list.style) {
          break;
        }
        item.end = m_blocks.lines[j].end;  // continuation line
        ++j;
      }
      while (item.end > item.begin && text::is_space(m_text[item.end - 1])) {
        --item.end;
      }
      list.items.push_back(item);
      // Between notes: blank lines and attribute lines ("{: .fs-2}").
      k = j;
      while (k < line_count() && plain(k) && (blank(k) || is_attribute_line(line(k)))) {
        ++k;
      }
      const auto next = k < line_count() ? note_start(k) : std::nullopt;
      if (!next || next->style != list.style) {
        break;
      }
    }
    if (list.style == Style::ordered && !list.items.empty()) {
      // An ordered list shows its first number counting up, whatever the later items say.
      const int first = list.items.front().number;
      for (std::size_t n = 0; n < list.items.size(); ++n) {
        list.items[n].number = first + static_cast<int>(n);
      }
    }
    return std::max(k, i + 1);
  }

  static bool accept(const NoteList& list) {
    if (list.items.empty()) {
      return false;
    }
    if (list.items.size() == 1) {
      return list.under_heading;
    }
    std::size_t rising = 0;
    for (std::size_t n = 1; n < list.items.size(); ++n) {
      rising += list.items[n].number > list.items[n - 1].number ? 1 : 0;
    }
    return rising * 10 >= (list.items.size() - 1) * 7;
  }

  std::vector<std::optional<std::size_t>> find_markers(const NoteList& list,
                                                       std::size_t region_begin) {
    std::vector<std::optional<std::size_t>> markers(list.items.size());
    std::map<int, std::size_t> index;
    for (std::size_t k = 0; k < list.items.size(); ++k) {
      index.emplace(list.items[k].number, k);
    }
    const std::string_view region = m_text.substr(0, list.start);
    for (std::size_t at = region_begin; at < region.size(); ++at) {
      const char c = region[at];
      if (c != '<' && c != '^' && c != '[') {
        continue;
      }
      std::optional<Numbers> numbers;
      if (c == '<') {
        numbers = parse_sup(region.substr(at));
      } else if (c == '^' && (at == 0 || region[at - 1] != '[')) {
        numbers = parse_caret(region.substr(at));
      } else if (c == '[' && list.style == Style::bracket && (at == 0 || region[at - 1] != '!')) {
        numbers = parse_bracket(region.substr(at));
      }
      if (!numbers || m_excluded.contains(at)) {
        continue;
      }
      for (int value : numbers->values) {
        if (auto it = index.find(value); it != index.end() && !markers[it->second]) {
          markers[it->second] = at;
        }
      }
      at += numbers->length - 1;
    }
    return markers;
  }

  std::string_view m_text;
  const BlockMap& m_blocks;
  RangeSet& m_excluded;
  std::vector<NoteList> m_lists;
};

}  // namespace

NoteScan endnote_notes(const Document& doc, const BlockMap& blocks, RangeSet& excluded) {
  return EndnoteScanner(doc, blocks, excluded).run();
}

}  // namespace citecheck::readers::markdown

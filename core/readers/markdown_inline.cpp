#include "readers/markdown_inline.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>

#include <md4c.h>

#include "text/entities.hpp"
#include "text/strings.hpp"

namespace citecheck::readers::markdown {
namespace {

// HTML tags and anchor texts past these lengths are not what they seemed.
constexpr std::size_t k_max_tag = 2048;
constexpr std::size_t k_max_anchor_text = 8192;

// The text md4c parses: the source with front matter left out and footnote definitions
// re-indented, plus the map from its offsets back to the source.
class View {
 public:
  explicit View(std::string_view source) : m_source(source) { m_buffer.reserve(source.size()); }

  void add_line(Range range) {
    const std::size_t len = range.end - range.begin;
    if (!m_pieces.empty()) {
      Piece& last = m_pieces.back();
      // The previous line and this one are neighbours in both texts: extend the piece.
      if (last.view + last.len + 1 == m_buffer.size() && last.src + last.len + 1 == range.begin) {
        last.len += 1 + len;
        append(range);
        return;
      }
    }
    m_pieces.push_back({m_buffer.size(), range.begin, len});
    append(range);
  }

  void add_blank_line() { m_buffer += '\n'; }

  const std::string& buffer() const { return m_buffer; }
  std::string_view source() const { return m_source; }

  /// Source span of view bytes [offset, offset + size). md4c reports text in order, so the
  /// piece of the previous call is tried first.
  Range to_source(std::size_t offset, std::size_t size) const {
    if (m_pieces.empty()) {
      return {0, 0};
    }
    std::size_t k = m_cursor < m_pieces.size() ? m_cursor : 0;
    if (m_pieces[k].view > offset || (k + 1 < m_pieces.size() && m_pieces[k + 1].view <= offset)) {
      auto it = std::upper_bound(m_pieces.begin(), m_pieces.end(), offset,
                                 [](std::size_t o, const Piece& p) { return o < p.view; });
      if (it == m_pieces.begin()) {
        return {0, 0};
      }
      k = static_cast<std::size_t>(std::prev(it) - m_pieces.begin());
    }
    m_cursor = k;
    const Piece& p = m_pieces[k];
    const std::size_t begin = p.src + std::min(offset - p.view, p.len);
    const std::size_t end = p.src + std::min(offset + size - p.view, p.len);
    return {begin, end};
  }

 private:
  struct Piece {
    std::size_t view;
    std::size_t src;
    std::size_t len;
  };

  void append(Range range) {
    m_buffer.append(m_source.substr(range.begin, range.end - range.begin));
    m_buffer += '\n';
  }

  std::string_view m_source;
  std::string m_buffer;
  std::vector<Piece> m_pieces;
  mutable std::size_t m_cursor = 0;
};

// md4c reports the text inside emphasis and code; the anchor text as written starts at
// the emphasis marks ("*Wired*, 2019").
void widen_to_markup(std::string_view source, Range& anchor) {
  const auto is_mark = [](char c) { return c == '*' || c == '_' || c == '~' || c == '`'; };
  while (anchor.begin > 0 && anchor.begin < anchor.end && is_mark(source[anchor.begin - 1])) {
    --anchor.begin;
  }
  while (anchor.end < source.size() && anchor.begin < anchor.end && is_mark(source[anchor.end])) {
    ++anchor.end;
  }
}

struct OpenLink {
  std::string url;
  bool has_text = false;
  Range anchor;
};

struct Collector {
  const View* view = nullptr;
  int code_depth = 0;
  std::size_t last_end = 0;
  std::vector<OpenLink> open;
  InlineScan out;
};

std::string attribute_text(const MD_ATTRIBUTE& attr) {
  std::string out;
  if (attr.text == nullptr || attr.size == 0) {
    return out;
  }
  for (int i = 0; attr.substr_offsets[i] < attr.size; ++i) {
    const std::string_view part(attr.text + attr.substr_offsets[i],
                                attr.substr_offsets[i + 1] - attr.substr_offsets[i]);
    switch (attr.substr_types[i]) {
      case MD_TEXT_ENTITY:
        out += text::decode_entity(part).value_or(std::string(part));
        break;
      case MD_TEXT_NULLCHAR:
        out += "\xEF\xBF\xBD";
        break;
      default:
        out += part;
        break;
    }
  }
  return out;
}

// Fragment-only links point inside the document (footnote back-links): no source there.
bool worth_keeping(std::string_view url) {
  return !url.empty() && url.front() != '#';
}

int on_enter_block(MD_BLOCKTYPE type, void*, void* user) {
  auto* c = static_cast<Collector*>(user);
  if (type == MD_BLOCK_CODE) {
    ++c->code_depth;
  }
  return 0;
}

int on_leave_block(MD_BLOCKTYPE type, void*, void* user) {
  auto* c = static_cast<Collector*>(user);
  if (type == MD_BLOCK_CODE && c->code_depth > 0) {
    --c->code_depth;
  }
  return 0;
}

int on_enter_span(MD_SPANTYPE type, void* detail, void* user) {
  auto* c = static_cast<Collector*>(user);
  if (type == MD_SPAN_CODE) {
    ++c->code_depth;
  } else if (type == MD_SPAN_A) {
    c->open.push_back({attribute_text(static_cast<MD_SPAN_A_DETAIL*>(detail)->href), false, {}});
  }
  return 0;
}

int on_leave_span(MD_SPANTYPE type, void*, void* user) {
  auto* c = static_cast<Collector*>(user);
  if (type == MD_SPAN_CODE && c->code_depth > 0) {
    --c->code_depth;
  } else if (type == MD_SPAN_A && !c->open.empty()) {
    OpenLink link = std::move(c->open.back());
    c->open.pop_back();
    if (!link.has_text) {
      link.anchor = {c->last_end, c->last_end};
    }
    if (worth_keeping(link.url)) {
      widen_to_markup(c->view->source(), link.anchor);
      c->out.links.push_back(Link{link.anchor.begin, link.anchor.end, std::move(link.url), 0});
    }
  }
  return 0;
}

int on_text(MD_TEXTTYPE, const MD_CHAR* chars, MD_SIZE size, void* user) {
  auto* c = static_cast<Collector*>(user);
  const std::string& buffer = c->view->buffer();
  // Soft breaks and the like come as static strings outside the buffer: no position.
  if (chars < buffer.data() || chars + size > buffer.data() + buffer.size()) {
    return 0;
  }
  const Range src = c->view->to_source(static_cast<std::size_t>(chars - buffer.data()), size);
  if (c->code_depth > 0) {
    if (!c->out.code.empty() && c->out.code.back().end + 1 >= src.begin) {
      c->out.code.back().end = std::max(c->out.code.back().end, src.end);
    } else {
      c->out.code.push_back(src);
    }
  }
  for (OpenLink& link : c->open) {
    if (!link.has_text) {
      link.anchor = src;
      link.has_text = true;
    } else {
      link.anchor.end = std::max(link.anchor.end, src.end);
    }
  }
  c->last_end = src.end;
  return 0;
}

View build_view(std::string_view text, const BlockMap& blocks) {
  View view(text);
  std::size_t next_def = 0;
  for (std::size_t i = 0; i < blocks.lines.size(); ++i) {
    if (next_def < blocks.definitions.size() && blocks.definitions[next_def].first_line == i) {
      const NoteDefinition& def = blocks.definitions[next_def++];
      view.add_blank_line();
      for (const Range& piece : def.pieces) {
        view.add_line(piece);
      }
      view.add_blank_line();
      i = def.last_line;
      continue;
    }
    const Line& line = blocks.lines[i];
    if (blocks.front_matter.end > line.begin) {
      continue;
    }
    view.add_line({line.begin, line.end});
  }
  return view;
}

std::optional<std::string_view> tag_attribute(std::string_view tag, std::string_view name) {
  std::size_t at = 0;
  while ((at = text::ifind(tag, name, at)) != std::string_view::npos) {
    const bool starts_word = at > 0 && text::is_space(tag[at - 1]);
    std::size_t i = at + name.size();
    at = i;
    if (!starts_word) {
      continue;
    }
    while (i < tag.size() && text::is_space(tag[i])) {
      ++i;
    }
    if (i >= tag.size() || tag[i] != '=') {
      continue;
    }
    ++i;
    while (i < tag.size() && text::is_space(tag[i])) {
      ++i;
    }
    if (i >= tag.size()) {
      return std::nullopt;
    }
    if (tag[i] == '"' || tag[i] == '\'') {
      const std::size_t close = tag.find(tag[i], i + 1);
      if (close == std::string_view::npos) {
        return std::nullopt;
      }
      return tag.substr(i + 1, close - i - 1);
    }
    std::size_t end = i;
    while (end < tag.size() && !text::is_space(tag[end])) {
      ++end;
    }
    return tag.substr(i, end - i);
  }
  return std::nullopt;
}

}  // namespace

InlineScan scan_inline(std::string_view text, const BlockMap& blocks) {
  const View view = build_view(text, blocks);
  Collector collector;
  collector.view = &view;
  if (view.buffer().size() > std::numeric_limits<MD_SIZE>::max()) {
    return {};
  }
  MD_PARSER parser{};
  parser.abi_version = 0;
  parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH;
  parser.enter_block = on_enter_block;
  parser.leave_block = on_leave_block;
  parser.enter_span = on_enter_span;
  parser.leave_span = on_leave_span;
  parser.text = on_text;
  md_parse(view.buffer().data(), static_cast<MD_SIZE>(view.buffer().size()), &parser, &collector);
  return std::move(collector.out);
}

std::vector<Link> html_anchor_links(std::string_view text, RangeSet& excluded) {
  std::vector<Link> links;
  std::size_t at = 0;
  while ((at = text::ifind(text, "<a", at)) != std::string_view::npos) {
    const std::size_t start = at;
    at += 2;
    if (at >= text.size() || !text::is_space(text[at]) || excluded.contains(start)) {
      continue;
    }
    const std::string_view window = text.substr(start, k_max_tag);
    const std::size_t close = window.find('>');
    if (close == std::string_view::npos ||
        window.substr(1, close).find('<') != std::string_view::npos) {
      continue;
    }
    const auto href = tag_attribute(window.substr(0, close), "href");
    if (!href) {
      continue;
    }
    const std::size_t anchor_begin = start + close + 1;
    const std::size_t end_tag =
        text::ifind(text.substr(0, std::min(text.size(), anchor_begin + k_max_anchor_text)), "</a>",
                    anchor_begin);
    if (end_tag == std::string_view::npos) {
      continue;
    }
    std::string url(text::trim(text::decode_entities(*href)));
    if (worth_keeping(url)) {
      std::size_t b = anchor_begin;
      std::size_t e = end_tag;
      while (b < e && text::is_space(text[b])) {
        ++b;
      }
      while (e > b && text::is_space(text[e - 1])) {
        --e;
      }
      links.push_back(Link{b, e, std::move(url), 0});
    }
    at = end_tag + 4;
  }
  return links;
}

}  // namespace citecheck::readers::markdown

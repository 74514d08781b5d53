#include "readers/html_walk.hpp"

#include <algorithm>

#include "text/strings.hpp"

namespace citecheck::readers::html {
namespace {

bool html_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool dropped_tag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_BUTTON:
      return true;
    default:
      return false;
  }
}

bool block_tag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_OPTION:
      return true;
    default:
      return false;
  }
}

// Hidden from readers, or page navigation rather than content (note back-links, "[edit]").
bool hidden(const GumboNode* node) {
  const GumboElement& element = node->v.element;
  if (gumbo_get_attribute(&element.attributes, "hidden") != nullptr) {
    return true;
  }
  std::string style;
  for (const char c : attribute(node, "style")) {
    if (!html_space(c)) {
      style.push_back(text::to_lower(c));
    }
  }
  if (style.find("display:none") != std::string::npos ||
      style.find("visibility:hidden") != std::string::npos) {
    return true;
  }
  if (text::iequals(attribute(node, "role"), "doc-backlink")) {
    return true;
  }
  static constexpr std::string_view k_hidden_classes[] = {
      "z3988",           "mw-cite-backlink",     "footnote-back",      "footnote-backref",
      "reversefootnote", "easy-footnote-to-top", "footnote-back-link", "mw-editsection"};
  for (const std::string& token : class_tokens(node)) {
    if (std::find(std::begin(k_hidden_classes), std::end(k_hidden_classes), token) !=
        std::end(k_hidden_classes)) {
      return true;
    }
  }
  return false;
}

// Collapses whitespace the way a browser lays text out, in one buffer.
class Writer {
 public:
  void text(std::string_view s, bool preformatted) {
    for (const char c : s) {
      if (preformatted) {
        flush();
        m_out.push_back(c == '\r' ? '\n' : c);
      } else if (html_space(c)) {
        m_pending = std::max(m_pending, Pending::space);
      } else {
        flush();
        m_out.push_back(c);
      }
    }
  }
  void block() { m_pending = Pending::newline; }
  void cell() { m_pending = std::max(m_pending, Pending::space); }
  void line_break() {
    m_out.push_back('\n');
    m_pending = Pending::none;
  }
  std::size_t size() const { return m_out.size(); }
  std::string take() { return std::move(m_out); }

 private:
  enum class Pending { none, space, newline };
  void flush() {
    if (!m_out.empty() && m_pending != Pending::none) {
      const char last = m_out.back();
      if (m_pending == Pending::newline && last != '\n') {
        m_out.push_back('\n');
      } else if (m_pending == Pending::space && last != '\n' && last != ' ') {
        m_out.push_back(' ');
      }
    }
    m_pending = Pending::none;
  }
  std::string m_out;
  Pending m_pending = Pending::none;
};

}  // namespace

std::string_view attribute(const GumboNode* node, const char* name) {
  if (node == nullptr || node->type != GUMBO_NODE_ELEMENT) {
    return {};
  }
  const GumboAttribute* attr = gumbo_get_attribute(&node->v.element.attributes, name);
  return attr == nullptr || attr->value == nullptr ? std::string_view{}
                                                   : std::string_view(attr->value);
}

std::vector<std::string> class_tokens(const GumboNode* node) {
  std::vector<std::string> tokens;
  const std::string_view classes = attribute(node, "class");
  std::size_t at = 0;
  while (at < classes.size()) {
    while (at < classes.size() && html_space(classes[at])) {
      ++at;
    }
    std::size_t end = at;
    while (end < classes.size() && !html_space(classes[end])) {
      ++end;
    }
    if (end > at) {
      tokens.push_back(text::to_lower(classes.substr(at, end - at)));
    }
    at = end;
  }
  return tokens;
}

bool has_class(const GumboNode* node, std::string_view token) {
  const std::vector<std::string> tokens = class_tokens(node);
  return std::any_of(tokens.begin(), tokens.end(),
                     [&](const std::string& t) { return text::iequals(t, token); });
}

Rendered render(const GumboNode* root) {
  Rendered out;
  Writer writer;
  struct Frame {
    const GumboNode* node;
    unsigned child;
    std::size_t begin;
  };
  std::vector<Frame> stack;
  int preformatted = 0;

  auto enter = [&](const GumboNode* node) {
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
        node->type == GUMBO_NODE_CDATA) {
      writer.text(node->v.text.text, preformatted > 0);
      return;
    }
    if (node->type != GUMBO_NODE_ELEMENT) {
      return;  // comments, templates, the document node's doctype
    }
    const GumboTag tag = node->v.element.tag;
    if (dropped_tag(tag) || hidden(node)) {
      return;
    }
    if (tag == GUMBO_TAG_BR) {
      writer.line_break();
      return;
    }
    if (block_tag(tag)) {
      writer.block();
    } else if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) {
      writer.cell();
    }
    if (tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_TEXTAREA || tag == GUMBO_TAG_LISTING) {
      ++preformatted;
    }
    stack.push_back({node, 0, writer.size()});
  };

  if (root->type == GUMBO_NODE_DOCUMENT) {
    for (unsigned i = 0; i < root->v.document.children.length; ++i) {
      enter(static_cast<const GumboNode*>(root->v.document.children.data[i]));
      while (!stack.empty()) {
        Frame& frame = stack.back();
        const GumboVector& children = frame.node->v.element.children;
        if (frame.child < children.length) {
          enter(static_cast<const GumboNode*>(children.data[frame.child++]));
          continue;
        }
        const GumboNode* node = frame.node;
        const std::size_t begin = frame.begin;
        stack.pop_back();
        const GumboTag tag = node->v.element.tag;
        if (tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_TEXTAREA || tag == GUMBO_TAG_LISTING) {
          --preformatted;
        }
        if (block_tag(tag)) {
          writer.block();
        } else if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) {
          writer.cell();
        }
        const Span span{begin, writer.size()};
        out.spans.emplace(node, span);
        if (tag == GUMBO_TAG_A) {
          if (const std::string_view href = attribute(node, "href"); !href.empty()) {
            out.anchors.push_back({std::string(href), span, node});
          }
        }
      }
    }
  }
  out.text = writer.take();
  // Anchors were recorded on exit: nested ones came first.
  std::stable_sort(out.anchors.begin(), out.anchors.end(),
                   [](const Anchor& a, const Anchor& b) { return a.span.begin < b.span.begin; });
  return out;
}

}  // namespace citecheck::readers::html

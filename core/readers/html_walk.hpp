#pragma once
// HTML -> visible text: one walk over gumbo's tree that writes what a reader sees (block
// elements as line breaks, whitespace collapsed, script/style and hidden elements dropped)
// and remembers where each element's text landed, so notes and links become spans.

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <gumbo.h>

namespace citecheck::readers::html {

/// A half-open byte range of the rendered text.
struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
};

/// An `<a href>` as rendered.
struct Anchor {
  std::string href;
  Span span;
  const GumboNode* node = nullptr;
};

/// The rendered page.
struct Rendered {
  std::string text;
  std::unordered_map<const GumboNode*, Span> spans;  ///< rendered elements only
  std::vector<Anchor> anchors;                       ///< in document order
};

/// Renders the tree under `root` without recursion (nesting depth is the page's choice).
Rendered render(const GumboNode* root);

/// The value of attribute `name`, "" when absent.
std::string_view attribute(const GumboNode* node, const char* name);

/// Whether the class attribute holds `token` (whole token, case-insensitive).
bool has_class(const GumboNode* node, std::string_view token);

/// The class attribute's tokens, lower-cased.
std::vector<std::string> class_tokens(const GumboNode* node);

}  // namespace citecheck::readers::html

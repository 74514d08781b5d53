#pragma once
// What the classifier reads from a page's bounded body prefix: title, first heading, and a
// sample of the visible text. A cheap scanner, not a full HTML parser: it only needs to be
// right about the few elements that carry "not found" wording, and must stay linear.

#include <string>
#include <string_view>

namespace citecheck::check {

struct PageSignals {
  bool html = false;
  std::string title;      ///< lower-cased (ASCII), whitespace folded
  std::string heading;    ///< first <h1>, lower-cased
  std::string text;       ///< visible text sample, lower-cased, folded, at most 16 KiB
  std::string raw_title;  ///< as written, for evidence
  /// Content of the first <meta http-equiv="refresh"> a browser would act on (not one in a
  /// comment, a script or a <noscript>), entities decoded; empty when none.
  std::string refresh;
};

PageSignals read_page(std::string_view content_type, std::string_view body);

/// HTML's ASCII whitespace (space, tab, LF, FF, CR; no vertical tab), as markup and the
/// refresh syntax count it.
constexpr bool is_html_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/// ASCII lower-casing; other bytes are kept as they are.
std::string ascii_lower(std::string_view s);

}  // namespace citecheck::check

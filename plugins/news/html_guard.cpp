#include "html_guard.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <vector>

namespace citecheck::plugins::news {

namespace {

/// An end tag closes the nearest open element of its name within this many levels; a
/// stray end tag further down is ignored, as the parser mostly does.
constexpr std::size_t k_end_tag_reach = 24;
/// Implied closings look only this far down the stack.
constexpr std::size_t k_implied_reach = 4;

constexpr std::array<std::string_view, 16> k_void = {
    "area", "base", "br",    "col",    "embed", "hr",  "img",    "input",
    "link", "meta", "param", "source", "track", "wbr", "keygen", "basefont"};
constexpr std::array<std::string_view, 9> k_raw_text = {
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"};
/// Start tags that close an open <p>.
constexpr std::array<std::string_view, 27> k_closes_p = {
    "address", "article", "aside", "blockquote", "details", "div", "dl", "fieldset", "figcaption",
    "figure",  "footer",  "form",  "h1",         "h2",      "h3",  "h4", "h5",       "h6",
    "header",  "hr",      "main",  "menu",       "nav",     "ol",  "p",  "section",  "table"};

/// HTML start tags that end foreign (SVG, MathML) content, where "/>" closes an element.
constexpr std::array<std::string_view, 44> k_breakout = {
    "b",      "big",  "blockquote", "body",  "br",   "center", "code",    "dd",   "div",
    "dl",     "dt",   "em",         "embed", "h1",   "h2",     "h3",      "h4",   "h5",
    "h6",     "head", "hr",         "i",     "img",  "li",     "listing", "menu", "meta",
    "nobr",   "ol",   "p",          "pre",   "ruby", "s",      "small",   "span", "strong",
    "strike", "sub",  "sup",        "table", "tt",   "u",      "ul",      "var"};

template <std::size_t N>
bool one_of(std::string_view name, const std::array<std::string_view, N>& list) {
  return std::find(list.begin(), list.end(), name) != list.end();
}

/// Elements that close an open element of `name` when they start ("<li>" closes "<li>").
bool closes(std::string_view starting, std::string_view open) {
  if (open == "p") {
    return one_of(starting, k_closes_p) || starting == "ul";
  }
  if (open == "li") {
    return starting == "li";
  }
  if (open == "dt" || open == "dd") {
    return starting == "dt" || starting == "dd";
  }
  if (open == "td" || open == "th") {
    return starting == "td" || starting == "th" || starting == "tr";
  }
  if (open == "tr") {
    return starting == "tr";
  }
  if (open == "option") {
    return starting == "option" || starting == "optgroup";
  }
  if (open == "thead" || open == "tbody" || open == "tfoot") {
    return starting == "thead" || starting == "tbody" || starting == "tfoot";
  }
  return false;
}

/// Past the '>' that ends the tag starting at `at`, quotes respected; npos if none.
std::size_t tag_end(std::string_view html, std::size_t at) {
  char quote = 0;
  for (std::size_t i = at; i < html.size(); ++i) {
    const char c = html[i];
    if (quote != 0) {
      if (c == quote) {
        quote = 0;
      }
    } else if (c == '"' || c == '\'') {
      // Only an attribute value opens a quote: after '='.
      std::size_t before = i;
      while (before > at && std::isspace(static_cast<unsigned char>(html[before - 1])) != 0) {
        --before;
      }
      if (before > at && html[before - 1] == '=') {
        quote = c;
      }
    } else if (c == '>') {
      return i + 1;
    }
  }
  return std::string_view::npos;
}

std::size_t find_ci(std::string_view html, std::string_view needle, std::size_t from) {
  const auto it = std::search(html.begin() + static_cast<std::ptrdiff_t>(from), html.end(),
                              needle.begin(), needle.end(), [](char a, char b) {
                                return std::tolower(static_cast<unsigned char>(a)) ==
                                       std::tolower(static_cast<unsigned char>(b));
                              });
  return it == html.end() ? std::string_view::npos : static_cast<std::size_t>(it - html.begin());
}

}  // namespace

std::size_t safe_parse_length(std::string_view html, std::size_t max_depth) {
  std::vector<std::string> open;
  int foreign = 0;  // open <svg> and <math> elements
  const auto pop_to = [&](std::size_t size) {
    while (open.size() > size) {
      foreign -= static_cast<int>(open.back() == "svg" || open.back() == "math");
      open.pop_back();
    }
  };
  std::size_t at = 0;
  while (at < html.size()) {
    const std::size_t lt = html.find('<', at);
    if (lt == std::string_view::npos || lt + 1 >= html.size()) {
      break;
    }
    const char next = html[lt + 1];
    if (html.compare(lt, 4, "<!--") == 0) {
      const std::size_t end = html.find("-->", lt + 4);
      at = end == std::string_view::npos ? html.size() : end + 3;
      continue;
    }
    if (next == '!' || next == '?') {
      const std::size_t end = html.find('>', lt);
      at = end == std::string_view::npos ? html.size() : end + 1;
      continue;
    }
    const bool end_tag = next == '/';
    std::size_t name_at = lt + (end_tag ? 2 : 1);
    std::size_t name_end = name_at;
    while (name_end < html.size() &&
           (std::isalnum(static_cast<unsigned char>(html[name_end])) != 0 ||
            html[name_end] == '-' || html[name_end] == ':')) {
      ++name_end;
    }
    if (name_end == name_at || std::isalpha(static_cast<unsigned char>(html[name_at])) == 0) {
      at = lt + 1;  // a '<' in text
      continue;
    }
    std::string name(html.substr(name_at, name_end - name_at));
    std::transform(name.begin(), name.end(), name.begin(), [](char c) {
      return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    });
    const std::size_t end = tag_end(html, name_end);
    if (end == std::string_view::npos) {
      break;  // an unfinished tag at the end: the parser drops it
    }
    at = end;
    if (end_tag) {
      const std::size_t reach = std::min(open.size(), k_end_tag_reach);
      for (std::size_t k = 1; k <= reach; ++k) {
        if (open[open.size() - k] == name) {
          pop_to(open.size() - k);
          break;
        }
      }
      continue;
    }
    if (foreign > 0 && one_of(name, k_breakout)) {
      while (foreign > 0 && !open.empty()) {
        foreign -= static_cast<int>(open.back() == "svg" || open.back() == "math");
        open.pop_back();
      }
    }
    // "<div/>" opens a div in HTML: only foreign content closes elements that way.
    const bool self_closing = foreign > 0 && end >= 2 && html[end - 2] == '/';
    if (one_of(name, k_raw_text)) {
      const std::size_t close = find_ci(html, "</" + name, at);
      at = close == std::string_view::npos ? html.size() : close;
      continue;
    }
    if (one_of(name, k_void) || self_closing) {
      continue;
    }
    const std::size_t reach = std::min(open.size(), k_implied_reach);
    for (std::size_t k = 1; k <= reach; ++k) {
      if (closes(name, open[open.size() - k])) {
        pop_to(open.size() - k);
        break;
      }
    }
    foreign += static_cast<int>(name == "svg" || name == "math");
    open.push_back(std::move(name));
    if (open.size() > max_depth) {
      return lt;
    }
  }
  return html.size();
}

}  // namespace citecheck::plugins::news

// Links stated by the markup inside a note: the target of `[http://x label]` and template
// parameters named `...url`. The splitter prefers them to URLs it finds in the text.
#include <vector>

#include "readers/wikitext_refs.hpp"
#include "text/strings.hpp"

namespace citecheck::readers::wikitext {
namespace {

std::size_t scheme_length(std::string_view s) {
  static constexpr std::string_view k_schemes[] = {"https://", "http://", "ftp://", "//"};
  for (const std::string_view scheme : k_schemes) {
    if (text::istarts_with(s, scheme)) {
      return scheme.size();
    }
  }
  return 0;
}

std::string absolute(std::string_view url) {
  // Protocol-relative links are served over HTTPS by every Wikimedia wiki.
  return url.substr(0, 2) == "//" ? "https:" + std::string(url) : std::string(url);
}

// One template parameter `key = value`; a URL-valued one becomes a link on the value.
void parameter_link(std::string_view text, Span param, std::vector<Link>& out) {
  const std::string_view segment = text.substr(param.begin, param.end - param.begin);
  const std::size_t eq = segment.find('=');
  if (eq == std::string_view::npos) {
    return;
  }
  const std::string key = text::to_lower(text::trim(segment.substr(0, eq)));
  if (key.size() < 3 || key.compare(key.size() - 3, 3, "url") != 0) {
    return;
  }
  std::size_t begin = param.begin + eq + 1;
  std::size_t end = param.end;
  while (begin < end && text::is_space(text[begin])) {
    ++begin;
  }
  while (end > begin && text::is_space(text[end - 1])) {
    --end;
  }
  const std::string_view value = text.substr(begin, end - begin);
  const std::size_t scheme = scheme_length(value);
  if (scheme == 0 || value.size() <= scheme) {
    return;
  }
  for (const char c : value) {
    if (text::is_space(c) || c == '<' || c == '[' || c == '{') {
      return;  // not one URL (markup or a comment inside the value)
    }
  }
  out.push_back({begin, end, absolute(value), 0});
}

// One pass with a stack of open templates: linear even for hostile brace soup.
void template_links(std::string_view text, Span span, std::vector<Link>& out) {
  struct Frame {
    std::size_t param_begin;
    int link_depth;
    bool in_name;
  };
  std::vector<Frame> stack;
  for (std::size_t i = span.begin; i + 1 < span.end; ++i) {
    const char c = text[i];
    const char d = text[i + 1];
    if (c == '{' && d == '{') {
      stack.push_back({i + 2, 0, true});
      ++i;
    } else if (stack.empty()) {
      continue;
    } else if (c == '[' && d == '[') {
      ++stack.back().link_depth;
      ++i;
    } else if (c == ']' && d == ']' && stack.back().link_depth > 0) {
      --stack.back().link_depth;
      ++i;
    } else if (c == '|' && stack.back().link_depth == 0) {
      if (!stack.back().in_name) {
        parameter_link(text, {stack.back().param_begin, i}, out);
      }
      stack.back().in_name = false;
      stack.back().param_begin = i + 1;
    } else if (c == '}' && d == '}') {
      if (!stack.back().in_name) {
        parameter_link(text, {stack.back().param_begin, i}, out);
      }
      stack.pop_back();
      ++i;
    }
  }
}

// `[http://example.org label]`; `[[...]]` is a wiki link, not this.
void external_links(std::string_view text, Span span, std::vector<Link>& out) {
  for (std::size_t i = span.begin; i < span.end; ++i) {
    if (text[i] != '[' || (i + 1 < span.end && text[i + 1] == '[') ||
        (i > span.begin && text[i - 1] == '[')) {
      continue;
    }
    const std::size_t begin = i + 1;
    const std::size_t scheme = scheme_length(text.substr(begin, span.end - begin));
    if (scheme == 0) {
      continue;
    }
    std::size_t end = begin + scheme;
    while (end < span.end && !text::is_space(text[end]) && text[end] != ']' && text[end] != '<' &&
           text[end] != '>' && text[end] != '"' && text[end] != '[') {
      ++end;
    }
    if (end > begin + scheme) {
      out.push_back({begin, end, absolute(text.substr(begin, end - begin)), 0});
    }
    i = end > i ? end - 1 : i;
  }
}

}  // namespace

std::vector<Link> wikitext_links(std::string_view text, Span span) {
  std::vector<Link> out;
  span.end = std::min(span.end, text.size());
  if (span.begin >= span.end) {
    return out;
  }
  template_links(text, span, out);
  external_links(text, span, out);
  return out;
}

}  // namespace citecheck::readers::wikitext

#include "page_scan.hpp"

#include <gumbo.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <memory>

#include "html_guard.hpp"
#include "text_fold.hpp"

namespace citecheck::plugins::news {

namespace {

/// Parse errors gumbo records; past this it stops recording them (memory, not parsing).
constexpr int k_max_parse_errors = 16;
/// Bounds on what is kept from one page, whatever it holds.
constexpr std::size_t k_max_metas = 512;
constexpr std::size_t k_max_meta_value = 2048;
constexpr std::size_t k_max_scripts = 16;
constexpr std::size_t k_max_markup = 8;

constexpr std::array<std::string_view, 11> k_vocabularies = {
    "citation", "dcterms", "dc",       "og",      "article", "prism",
    "twitter",  "parsely", "sailthru", "eprints", "bepress"};

/// Substrings of class and id tokens that mark a wall.
constexpr std::array<std::string_view, 12> k_paywall_parts = {
    "paywall",           "pay-wall",         "regwall",         "reg-wall",
    "subscription-wall", "subscriptionwall", "subscriber-only", "subscribers-only",
    "login-wall",        "loginwall",        "premium-wall",    "metered-wall"};
/// Whole tokens or prefixes of Piano's (formerly Tinypass) overlay, the most common wall.
constexpr std::array<std::string_view, 4> k_paywall_prefixes = {"tp-modal", "tp-backdrop", "piano-",
                                                                "tp-iframe-wrapper"};

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](char c) {
    return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  });
  return out;
}

std::string attribute(const GumboElement& element, const char* name) {
  const GumboAttribute* found = gumbo_get_attribute(&element.attributes, name);
  return found == nullptr ? std::string() : std::string(found->value);
}

std::string text_of(const GumboNode& node) {
  std::string out;
  const GumboVector& children = node.v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    const auto* child = static_cast<const GumboNode*>(children.data[i]);
    if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE ||
        child->type == GUMBO_NODE_CDATA) {
      out += child->v.text.text;
    }
  }
  return out;
}

bool has_token(std::string_view list, std::string_view wanted) {
  std::size_t at = 0;
  while (at < list.size()) {
    while (at < list.size() && std::isspace(static_cast<unsigned char>(list[at])) != 0) {
      ++at;
    }
    std::size_t end = at;
    while (end < list.size() && std::isspace(static_cast<unsigned char>(list[end])) == 0) {
      ++end;
    }
    if (end > at && lower(list.substr(at, end - at)) == wanted) {
      return true;
    }
    at = end;
  }
  return false;
}

void note_markup(PageScan& scan, std::string_view tokens) {
  std::size_t at = 0;
  while (at < tokens.size() && scan.paywall_markup.size() < k_max_markup) {
    while (at < tokens.size() && std::isspace(static_cast<unsigned char>(tokens[at])) != 0) {
      ++at;
    }
    std::size_t end = at;
    while (end < tokens.size() && std::isspace(static_cast<unsigned char>(tokens[end])) == 0) {
      ++end;
    }
    if (end > at) {
      std::string token = lower(tokens.substr(at, std::min<std::size_t>(end - at, 64)));
      if (is_paywall_token(token) &&
          std::find(scan.paywall_markup.begin(), scan.paywall_markup.end(), token) ==
              scan.paywall_markup.end()) {
        scan.paywall_markup.push_back(std::move(token));
      }
    }
    at = end;
  }
}

void visit_element(PageScan& scan, const GumboNode& node) {
  const GumboElement& element = node.v.element;
  if (const GumboAttribute* cls = gumbo_get_attribute(&element.attributes, "class")) {
    note_markup(scan, cls->value);
  }
  if (const GumboAttribute* id = gumbo_get_attribute(&element.attributes, "id")) {
    note_markup(scan, id->value);
  }
  if (element.tag_namespace != GUMBO_NAMESPACE_HTML) {
    return;  // an SVG <title> names a drawing, not the page
  }
  switch (element.tag) {
    case GUMBO_TAG_HTML:
      if (scan.language.empty()) {
        scan.language = attribute(element, "lang");
      }
      break;
    case GUMBO_TAG_TITLE:
      if (scan.html_title.empty()) {
        scan.html_title = squeeze_space(decode_entities(text_of(node)));
      }
      break;
    case GUMBO_TAG_META: {
      std::string name = attribute(element, "property");
      if (name.empty()) {
        name = attribute(element, "name");
      }
      if (name.empty()) {
        name = attribute(element, "itemprop");
      }
      const GumboAttribute* content = gumbo_get_attribute(&element.attributes, "content");
      if (name.empty() || content == nullptr || scan.metas.size() >= k_max_metas) {
        break;
      }
      std::string value = squeeze_space(
          decode_entities(std::string_view(content->value).substr(0, k_max_meta_value)));
      if (!value.empty()) {
        scan.metas.push_back({canonical_meta_key(name), std::move(value)});
      }
      break;
    }
    case GUMBO_TAG_LINK:
      if (has_token(attribute(element, "rel"), "canonical")) {
        std::string href = squeeze_space(attribute(element, "href"));
        if (!href.empty()) {
          scan.canonical_links.push_back(std::move(href));
        }
      }
      break;
    case GUMBO_TAG_SCRIPT:
      if (lower(squeeze_space(attribute(element, "type"))).starts_with("application/ld+json") &&
          scan.json_ld.size() < k_max_scripts) {
        scan.json_ld.push_back(text_of(node));
      }
      break;
    default:
      break;
  }
}

struct OutputDeleter {
  void operator()(GumboOutput* output) const {
    gumbo_destroy_output(&kGumboDefaultOptions, output);
  }
};

}  // namespace

std::string canonical_meta_key(std::string_view name) {
  std::string key = lower(squeeze_space(name));
  for (const std::string_view prefix : k_vocabularies) {
    if (key.size() > prefix.size() + 1 && key.starts_with(prefix)) {
      const char separator = key[prefix.size()];
      if (separator == '.' || separator == ':' || separator == '_') {
        key[prefix.size()] = ':';
        return key;
      }
    }
  }
  return key;
}

bool is_paywall_token(std::string_view token) {
  const std::string folded = lower(token);
  for (const std::string_view part : k_paywall_parts) {
    if (folded.find(part) != std::string::npos) {
      return true;
    }
  }
  return std::any_of(k_paywall_prefixes.begin(), k_paywall_prefixes.end(),
                     [&](std::string_view prefix) { return folded.starts_with(prefix); });
}

PageScan scan_page(std::string_view html) {
  PageScan scan;
  scan.parsed_bytes = safe_parse_length(html);
  scan.cut = scan.parsed_bytes < html.size();
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = k_max_parse_errors;
  const std::unique_ptr<GumboOutput, OutputDeleter> output(
      gumbo_parse_with_options(&options, html.data(), scan.parsed_bytes));
  if (!output || output->root == nullptr) {
    return scan;
  }
  // Iterative walk: the guard bounds the depth, but not the width.
  std::vector<const GumboNode*> pending{output->root};
  while (!pending.empty()) {
    const GumboNode* node = pending.back();
    pending.pop_back();
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) {
      continue;
    }
    visit_element(scan, *node);
    const GumboVector& children = node->v.element.children;
    for (unsigned i = children.length; i > 0; --i) {
      pending.push_back(static_cast<const GumboNode*>(children.data[i - 1]));
    }
  }
  return scan;
}

}  // namespace citecheck::plugins::news

// HTML: the text is what a reader sees (gumbo parses, html_walk renders); notes come from
// the footnote structures generators write, links from href attributes. gumbo builds the
// whole tree, so the input is capped (k_max_html_bytes) instead of letting a huge page
// take gigabytes; a page with no note structure is left to the text segmenter.
#include <algorithm>
#include <memory>

#include <gumbo.h>

#include <citecheck/errors.hpp>

#include "readers/formats.hpp"
#include "readers/html_notes.hpp"
#include "readers/html_walk.hpp"
#include "text/strings.hpp"

namespace citecheck::readers {
namespace {

// Real pages, Wikipedia's longest articles included, stay below a few MB; gumbo's tree costs
// up to ~20x the input for tag-dense markup, so 32 MB keeps the worst case under ~1 GB.
constexpr std::size_t k_max_html_bytes = std::size_t{32} << 20;

struct OutputDeleter {
  void operator()(GumboOutput* output) const {
    gumbo_destroy_output(&kGumboDefaultOptions, output);
  }
};

std::optional<std::string> absolute_url(std::string_view href, std::string_view base) {
  href = text::trim(href);
  for (const std::string_view scheme : {"http://", "https://", "ftp://", "mailto:"}) {
    if (text::istarts_with(href, scheme)) {
      return std::string(href);
    }
  }
  if (href.substr(0, 2) == "//") {
    const std::size_t colon = base.find("://");
    return (colon == std::string_view::npos ? std::string("https")
                                            : std::string(base.substr(0, colon))) +
           ":" + std::string(href);
  }
  // Root-relative links resolve against <base href> when the page gives one.
  if (!href.empty() && href[0] == '/' && !base.empty()) {
    const std::size_t scheme = base.find("://");
    if (scheme != std::string_view::npos) {
      const std::size_t path = base.find('/', scheme + 3);
      return std::string(base.substr(0, path)) + std::string(href);
    }
  }
  return std::nullopt;
}

std::string base_href(const GumboNode* root) {
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    const GumboVector* children = nullptr;
    if (node->type == GUMBO_NODE_DOCUMENT) {
      children = &node->v.document.children;
    } else if (node->type == GUMBO_NODE_ELEMENT) {
      if (node->v.element.tag == GUMBO_TAG_BASE) {
        return std::string(html::attribute(node, "href"));
      }
      if (node->v.element.tag == GUMBO_TAG_BODY) {
        continue;  // <base> lives in <head>
      }
      children = &node->v.element.children;
    }
    for (unsigned i = 0; children != nullptr && i < children->length; ++i) {
      stack.push_back(static_cast<const GumboNode*>(children->data[i]));
    }
  }
  return {};
}

}  // namespace

Document read_html(RawInput input) {
  if (input.bytes.size() > k_max_html_bytes) {
    throw InputError(input.path, "HTML file of " + std::to_string(input.bytes.size() >> 20) +
                                     " MB is larger than the " +
                                     std::to_string(k_max_html_bytes >> 20) +
                                     " MB the HTML reader parses; save the article alone or "
                                     "convert it, e.g. `pandoc -t gfm`");
  }
  Document doc = decoded_document(std::move(input), Format::html);
  const std::string source = std::move(doc.text);  // the tree points into it
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // parse errors are not reported; their list would only use memory
  const std::unique_ptr<GumboOutput, OutputDeleter> output(
      gumbo_parse_with_options(&options, source.data(), source.size()));
  if (!output) {
    throw InputError(doc.path, "the HTML parser failed on this file");
  }
  const html::Rendered rendered = html::render(output->document);
  doc.notes = html::find_notes(output->document, rendered);
  doc.has_explicit_notes = !doc.notes.empty();
  const std::string base = base_href(output->document);
  for (const html::Anchor& anchor : rendered.anchors) {
    if (auto url = absolute_url(anchor.href, base); url && anchor.span.end > anchor.span.begin) {
      doc.links.push_back({anchor.span.begin, anchor.span.end, std::move(*url), 0});
    }
  }
  doc.text = rendered.text;
  doc.line_starts = index_lines(doc.text);
  return doc;
}

}  // namespace citecheck::readers

#pragma once
// The news plugin: recognizes news stories and web pages among the citations the other
// plugins left, and fills outlet, title, authors and dates. It runs last (priority 300):
// it is the catch-all for citations that cite a URL. Online it fetches the cited pages and
// compares their metadata with what the footnotes say.

#include <citecheck/plugin.hpp>

namespace citecheck::plugins {

/// Recognizes news and web citations offline; online, reads the cited page's metadata and
/// compares it with the footnote (page_resolution.hpp). Holds no state: resolve() runs on
/// several threads at once.
class NewsPlugin final : public Plugin {
 public:
  PluginInfo info() const override;
  Recognition recognize(Citation& citation) const override;
  std::optional<Resolution> resolve(const Citation& citation, ResolveContext& context) override;
  /// Keeps the metadata of a page the link check fetched, so resolve() reads it from the
  /// store instead of fetching the page a second time.
  void observe(const HttpResponse& answer, ResolveContext& context) override;
};

}  // namespace citecheck::plugins

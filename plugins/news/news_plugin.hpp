#pragma once
// The news plugin: recognizes news stories and web pages among the citations the other
// plugins left, and fills outlet, title, authors and dates. It runs last (priority 300):
// it is the catch-all for citations that cite a URL.

#include <citecheck/plugin.hpp>

namespace citecheck::plugins {

/// Recognizes news and web citations offline; resolves nothing yet.
class NewsPlugin final : public Plugin {
 public:
  PluginInfo info() const override;
  Recognition recognize(Citation& citation) const override;
};

}  // namespace citecheck::plugins

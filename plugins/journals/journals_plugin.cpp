// STUB: replaced by the plugin work.
#include <citecheck/plugin.hpp>

namespace citecheck::plugins {

class JournalsPlugin final : public Plugin {
public:
  PluginInfo info() const override { return {"journals", "0.0.1", k_plugin_api_version, "stub", {}, 100}; }
  Recognition recognize(Citation& citation) const override {
    (void)citation;
    return Recognition::not_mine;
  }
};

}  // namespace citecheck::plugins

#ifndef CITECHECK_PLUGIN_STATIC
CITECHECK_PLUGIN(citecheck::plugins::JournalsPlugin)
#endif

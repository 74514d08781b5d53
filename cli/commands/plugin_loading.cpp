#include "commands/plugin_loading.hpp"

namespace citecheck::cli {

std::vector<std::filesystem::path> plugin_dirs(const std::vector<std::string>& cli_dirs,
                                               const Context& context) {
  std::vector<std::filesystem::path> dirs(cli_dirs.begin(), cli_dirs.end());
  return plugin_search_path(dirs, context.executable);
}

void report_plugin_errors(const PluginSet& plugins, std::size_t already_reported,
                          const Context& context) {
  const auto& errors = plugins.errors();
  for (std::size_t i = already_reported; i < errors.size(); ++i) {
    warn(context, "plugin " + errors[i].path + ": " + errors[i].message);
  }
}

PluginSet load_plugins(const std::vector<std::string>& cli_dirs, const Context& context) {
  const auto dirs = plugin_dirs(cli_dirs, context);
  PluginSet plugins = PluginSet::load(dirs);
  report_plugin_errors(plugins, 0, context);
  if (plugins.plugins().empty()) {
    std::string where;
    for (const auto& dir : dirs) {
      where += (where.empty() ? "" : ", ") + dir.string();
    }
    warn(context, "no plugins found (looked in " + where +
                      "); UN symbols, DOIs and news outlets will not be recognized");
  }
  return plugins;
}

}  // namespace citecheck::cli

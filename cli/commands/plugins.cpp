// `citecheck plugins`: what loaded from where, and what did not load and why.
#include <citecheck/plugin_host.hpp>

#include "commands/commands.hpp"
#include "commands/plugin_loading.hpp"
#include "report/plugin_list.hpp"

namespace citecheck::cli {
namespace {

struct PluginsOptions {
  std::vector<std::string> plugin_dirs;
  bool json = false;
};

ExitCode execute_plugins(const PluginsOptions& options, const Context& context) {
  const auto dirs = plugin_dirs(options.plugin_dirs, context);
  const PluginSet plugins = PluginSet::load(dirs);
  if (options.json) {
    write_plugin_list_json(context.out, plugins, dirs);
  } else {
    write_plugin_list(context.out, plugins, dirs);
  }
  return ExitCode::ok;
}

}  // namespace

Command add_plugins_command(CLI::App& app) {
  auto options = std::make_shared<PluginsOptions>();
  CLI::App* sub =
      app.add_subcommand("plugins",
                         "List the plugins found (name, version, API version, kinds, file) and any "
                         "that failed to load");
  sub->add_option("--plugin-dir", options->plugin_dirs,
                  "Also look for plugins here (first; may be repeated)");
  sub->add_flag("--json", options->json, "Print the list as JSON");
  return {sub, [options](const Context& context) { return execute_plugins(*options, context); }};
}

}  // namespace citecheck::cli

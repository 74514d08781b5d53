#pragma once
// Plugin loading as every command does it: search path from --plugin-dir, the environment
// and the executable's place; problems are warnings, never fatal.

#include <filesystem>
#include <vector>

#include <citecheck/plugin_host.hpp>

#include "context.hpp"

namespace citecheck::cli {

/// The directories that `load_plugins` searches, in order.
std::vector<std::filesystem::path> plugin_dirs(const std::vector<std::string>& cli_dirs,
                                               const Context& context);

/// Loads the plugins and prints each load error (and "no plugins found") as a warning.
PluginSet load_plugins(const std::vector<std::string>& cli_dirs, const Context& context);

/// Prints, as warnings, the plugin errors recorded after the first `already_reported`.
void report_plugin_errors(const PluginSet& plugins, std::size_t already_reported,
                          const Context& context);

}  // namespace citecheck::cli

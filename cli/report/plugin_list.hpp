#pragma once
// The `plugins` listing: loaded plugins, load errors, and where the host looked.

#include <filesystem>
#include <iosfwd>
#include <vector>

#include <citecheck/plugin_host.hpp>

namespace citecheck::cli {

void write_plugin_list(std::ostream& out, const PluginSet& plugins,
                       const std::vector<std::filesystem::path>& searched);
void write_plugin_list_json(std::ostream& out, const PluginSet& plugins,
                            const std::vector<std::filesystem::path>& searched);

}  // namespace citecheck::cli

#pragma once
// Loads one plugin library with Boost.DLL and checks it before trusting it.

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include <boost/dll/shared_library.hpp>

#include <citecheck/plugin.hpp>

namespace citecheck::plugin_host {

/// A plugin object together with the library that holds its code. Members are destroyed in
/// reverse order of declaration, so the plugin (whose destructor and vtable live in the
/// library) always goes before the library is unloaded (Boost.DLL tutorial8).
struct LoadedLibrary {
  boost::dll::shared_library library;
  std::unique_ptr<Plugin> plugin;
  PluginInfo info;
};

/// Either a loaded plugin or the one sentence that says why the file was refused.
struct LoadOutcome {
  std::optional<LoadedLibrary> loaded;
  std::string error;
};

/// Opens `file` (RTLD_NOW | RTLD_LOCAL), checks the exported API version before calling
/// anything else, creates the plugin and checks what it says about itself. Never throws.
LoadOutcome load_library(const std::filesystem::path& file);

}  // namespace citecheck::plugin_host

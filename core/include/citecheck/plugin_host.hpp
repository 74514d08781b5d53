#pragma once
// Finds, loads and runs plugins. Each loaded plugin keeps its library handle alive for as
// long as the plugin object lives.

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <citecheck/plugin.hpp>

namespace citecheck {

/// A plugin that loaded, and where from.
struct LoadedPluginInfo {
  PluginInfo info;
  std::string path;
};

/// A plugin file that did not load, with the sentence that says why.
struct PluginLoadError {
  std::string path;
  std::string message;
};

/// The ordered set of loaded plugins. Move-only; not a singleton: the CLI builds one per run.
class PluginSet {
 public:
  PluginSet();
  ~PluginSet();
  PluginSet(PluginSet&&) noexcept;
  PluginSet& operator=(PluginSet&&) noexcept;

  /// Loads every plugin library found in `dirs` (in order; a plugin name seen again later
  /// is skipped). Failures are collected, never thrown.
  static PluginSet load(const std::vector<std::filesystem::path>& dirs);
  /// Loads one library file. On failure returns false and records the error.
  bool load_file(const std::filesystem::path& file);
  /// Adds a plugin object directly (tests, statically linked plugins).
  void add(std::unique_ptr<Plugin> plugin, std::string origin);

  std::vector<LoadedPluginInfo> plugins() const;
  const std::vector<PluginLoadError>& errors() const;

  /// Offers the citation to each plugin in priority order; the first claim wins.
  Recognition recognize(Citation& citation) const;
  /// The same, each plugin working on `scratch` (overwritten): a caller recognizing many
  /// citations passes one scratch for all, whose strings and vectors keep their storage.
  Recognition recognize(Citation& citation, Citation& scratch) const;
  /// Every plugin gets to resolve; answers in plugin order.
  std::vector<Resolution> resolve(const Citation& citation, ResolveContext& context) const;
  /// Offers every plugin an answer the host fetched anyway (Plugin::observe). A plugin
  /// that throws is noted as a run failure; the others still see the answer.
  void observe(const HttpResponse& answer, ResolveContext& context) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

/// Where plugins are looked for, in order: --plugin-dir values, CITECHECK_PLUGIN_PATH
/// (':'-separated), the build/install tree next to the executable, the install prefix.
/// Directories that do not exist are kept here (so a listing can show where it looked) and
/// skipped by PluginSet::load. This overload reads CITECHECK_PLUGIN_PATH from the environment.
std::vector<std::filesystem::path> plugin_search_path(
    const std::vector<std::filesystem::path>& cli_dirs, const std::filesystem::path& executable);
/// The same, with the value of CITECHECK_PLUGIN_PATH given (empty = unset), for callers and
/// tests that control the environment themselves.
std::vector<std::filesystem::path> plugin_search_path(
    const std::vector<std::filesystem::path>& cli_dirs, const std::filesystem::path& executable,
    std::string_view plugin_path_env);

}  // namespace citecheck

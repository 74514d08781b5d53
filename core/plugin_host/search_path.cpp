// Where plugins are looked for. The order is the user's most specific wish first, like PATH:
// --plugin-dir, then CITECHECK_PLUGIN_PATH, then next to the executable (the build tree
// mirrors the install tree), then the compiled-in install prefix.
#include <citecheck/plugin_host.hpp>

#include <algorithm>
#include <cstdlib>

#ifndef CITECHECK_INSTALL_PLUGIN_DIR
#error "CITECHECK_INSTALL_PLUGIN_DIR must be defined by the build (core/plugin_host/CMakeLists.txt)"
#endif

namespace citecheck {

namespace {

void add_unique(std::vector<std::filesystem::path>& dirs, const std::filesystem::path& dir) {
  if (dir.empty()) {
    return;
  }
  std::filesystem::path normal = dir.lexically_normal();
  // "a/b/" and "a/b" are the same directory; keep the spelling without the trailing slash.
  if (normal.has_parent_path() && normal.filename().empty()) {
    normal = normal.parent_path();
  }
  if (std::find(dirs.begin(), dirs.end(), normal) == dirs.end()) {
    dirs.push_back(std::move(normal));
  }
}

}  // namespace

std::vector<std::filesystem::path> plugin_search_path(
    const std::vector<std::filesystem::path>& cli_dirs, const std::filesystem::path& executable,
    std::string_view plugin_path_env) {
  std::vector<std::filesystem::path> dirs;
  for (const auto& dir : cli_dirs) {
    add_unique(dirs, dir);
  }
  // Empty entries (leading, trailing or doubled ':') mean nothing here: unlike PATH they
  // do not stand for the current directory, which must never be searched implicitly.
  std::size_t start = 0;
  while (start <= plugin_path_env.size()) {
    std::size_t colon = plugin_path_env.find(':', start);
    if (colon == std::string_view::npos) {
      colon = plugin_path_env.size();
    }
    add_unique(dirs, std::filesystem::path(plugin_path_env.substr(start, colon - start)));
    start = colon + 1;
  }
  if (executable.has_parent_path()) {
    add_unique(dirs, executable.parent_path() / ".." / "lib" / "citecheck" / "plugins");
  }
  add_unique(dirs, std::filesystem::path(CITECHECK_INSTALL_PLUGIN_DIR));
  return dirs;
}

std::vector<std::filesystem::path> plugin_search_path(
    const std::vector<std::filesystem::path>& cli_dirs, const std::filesystem::path& executable) {
  const char* env = std::getenv("CITECHECK_PLUGIN_PATH");
  return plugin_search_path(cli_dirs, executable, env != nullptr ? env : "");
}

}  // namespace citecheck

#include <filesystem>

#include <citecheck/store.hpp>

namespace citecheck {

std::string default_cache_path(const std::string& xdg_cache_home, const std::string& home) {
  namespace fs = std::filesystem;
  // The XDG base directory spec says a relative XDG_CACHE_HOME is invalid and is ignored.
  if (!xdg_cache_home.empty() && fs::path(xdg_cache_home).is_absolute()) {
    return (fs::path(xdg_cache_home) / "citecheck" / "cache.db").string();
  }
  if (!home.empty()) {
    return (fs::path(home) / ".cache" / "citecheck" / "cache.db").string();
  }
  return {};
}

}  // namespace citecheck

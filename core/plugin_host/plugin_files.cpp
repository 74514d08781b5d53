#include "plugin_host/plugin_files.hpp"

#include <algorithm>
#include <system_error>

namespace citecheck::plugin_host {

std::optional<std::string> plugin_name_from_file(const std::filesystem::path& file) {
  const std::string name = file.filename().string();
  if (name.size() <= k_plugin_file_prefix.size() + k_plugin_file_suffix.size() ||
      !name.starts_with(k_plugin_file_prefix) || !name.ends_with(k_plugin_file_suffix)) {
    return std::nullopt;
  }
  return name.substr(k_plugin_file_prefix.size(),
                     name.size() - k_plugin_file_prefix.size() - k_plugin_file_suffix.size());
}

std::vector<std::filesystem::path> list_plugin_files(const std::filesystem::path& dir,
                                                     std::string& error) {
  std::vector<std::filesystem::path> files;
  std::error_code ec;
  std::filesystem::directory_iterator it(dir, ec);
  if (ec) {
    error = dir.string() + ": cannot list plugin directory (" + ec.message() + ")";
    return files;
  }
  for (const std::filesystem::directory_iterator end; it != end; it.increment(ec)) {
    if (ec) {
      error = dir.string() + ": listing stopped early (" + ec.message() + ")";
      break;
    }
    if (plugin_name_from_file(it->path())) {
      files.push_back(it->path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace citecheck::plugin_host

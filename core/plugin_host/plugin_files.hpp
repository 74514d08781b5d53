#pragma once
// Which files in a directory are plugin libraries, and the plugin name each file carries.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace citecheck::plugin_host {

inline constexpr std::string_view k_plugin_file_prefix = "libcitecheck-";
inline constexpr std::string_view k_plugin_file_suffix = ".so";

/// "libcitecheck-news.so" -> "news"; nullopt for any other file name.
std::optional<std::string> plugin_name_from_file(const std::filesystem::path& file);

/// Plugin library files directly in `dir`, sorted by file name so that loading is
/// deterministic. A directory that cannot be listed yields an empty list and `error` is set.
std::vector<std::filesystem::path> list_plugin_files(const std::filesystem::path& dir,
                                                     std::string& error);

}  // namespace citecheck::plugin_host

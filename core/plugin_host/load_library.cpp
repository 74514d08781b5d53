#include "plugin_host/load_library.hpp"

#include <dlfcn.h>

#include <exception>
#include <system_error>

#include "plugin_host/elf_check.hpp"
#include "plugin_host/plugin_files.hpp"

namespace citecheck::plugin_host {

namespace {

constexpr const char* k_version_symbol = "citecheck_plugin_api_version";
constexpr const char* k_create_symbol = "citecheck_plugin_create";

LoadOutcome refuse(const std::filesystem::path& file, const std::string& problem) {
  return {std::nullopt, file.string() + ": " + problem};
}

/// dlopen's own reason, without the file name it repeats at the front.
std::string dlopen_reason(const std::filesystem::path& file, const std::error_code& ec) {
  const char* raw = ::dlerror();
  std::string reason = raw != nullptr ? raw : ec.message();
  const std::string prefix = file.string() + ": ";
  if (reason.starts_with(prefix)) {
    reason.erase(0, prefix.size());
  }
  return reason;
}

/// Calls into plugin code and turns anything it throws into a message. The exception object
/// is destroyed inside the catch, while the library that may own its type is still loaded.
template <typename Call>
std::optional<std::string> guarded(Call&& call) {
  try {
    call();
  } catch (const std::exception& error) {
    return std::string(error.what());
  } catch (...) {
    return std::string("an exception of unknown type");
  }
  return std::nullopt;
}

}  // namespace

LoadOutcome load_library(const std::filesystem::path& file) {
  std::error_code status_ec;
  const auto status = std::filesystem::status(file, status_ec);
  if (status_ec || !std::filesystem::exists(status)) {
    return refuse(file, "no such plugin file");
  }
  if (!std::filesystem::is_regular_file(status)) {
    return refuse(file, "not a regular file, so not a plugin library");
  }

  if (auto problem = check_elf_file(file)) {
    return refuse(file, "cannot be loaded as a shared library (" + *problem +
                            "); remove it from the plugin directory or rebuild it");
  }

  LoadedLibrary result;
  std::error_code ec;
  ::dlerror();  // clear any stale message so the reason below is this load's
  // RTLD_NOW: an unresolved symbol fails here with a message, not later as a crash.
  // RTLD_LOCAL: a plugin's symbols never satisfy another plugin's.
  result.library.load(file, ec,
                      boost::dll::load_mode::rtld_now | boost::dll::load_mode::rtld_local);
  if (ec || !result.library.is_loaded()) {
    return refuse(file, "cannot be loaded as a shared library (" + dlopen_reason(file, ec) +
                            "); remove it from the plugin directory or rebuild it");
  }

  // The version comes first: with a different API, even calling the factory is unsafe.
  if (!result.library.has(k_version_symbol)) {
    return refuse(file, std::string("not a citecheck plugin (no ") + k_version_symbol + " symbol)");
  }
  unsigned found = 0;
  if (auto failure = guarded(
          [&] { found = result.library.get_alias<PluginApiVersionFn>(k_version_symbol)(); })) {
    return refuse(file, "its " + std::string(k_version_symbol) + "() failed: " + *failure);
  }
  if (found != k_plugin_api_version) {
    return refuse(file, "built for plugin API " + std::to_string(found) +
                            ", this citecheck speaks API " + std::to_string(k_plugin_api_version) +
                            "; rebuild the plugin against this version");
  }
  if (!result.library.has(k_create_symbol)) {
    return refuse(file, std::string("not a citecheck plugin (no ") + k_create_symbol + " symbol)");
  }

  if (auto failure = guarded(
          [&] { result.plugin = result.library.get_alias<PluginFactoryFn>(k_create_symbol)(); })) {
    return refuse(file, "the plugin's create() failed: " + *failure);
  }
  if (!result.plugin) {
    return refuse(file, "the plugin's create() returned no plugin");
  }
  if (auto failure = guarded([&] { result.info = result.plugin->info(); })) {
    return refuse(file, "the plugin's info() failed: " + *failure);
  }
  if (result.info.api_version != k_plugin_api_version) {
    return refuse(file, "plugin '" + result.info.name + "' says in info() it speaks plugin API " +
                            std::to_string(result.info.api_version) +
                            ", but its library exports API " + std::to_string(found) +
                            "; rebuild the plugin against this version");
  }
  if (result.info.name.empty()) {
    return refuse(file, "the plugin gives no name in info()");
  }
  // The search path's first-wins rule works on file names; a plugin calling itself by another
  // name would slip past it, so the two must agree.
  if (const auto file_name = plugin_name_from_file(file);
      file_name && *file_name != result.info.name) {
    return refuse(file, "the file name says plugin '" + *file_name +
                            "' but the plugin calls itself '" + result.info.name +
                            "'; rename the file to " + std::string(k_plugin_file_prefix) +
                            result.info.name + std::string(k_plugin_file_suffix));
  }
  return {std::move(result), {}};
}

}  // namespace citecheck::plugin_host

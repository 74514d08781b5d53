// STUB: replaced by the plugin host work (Boost.DLL loading).
#include <citecheck/plugin_host.hpp>

#include <algorithm>

namespace citecheck {

struct PluginSet::Impl {
  struct Entry {
    std::unique_ptr<Plugin> plugin;
    PluginInfo info;
    std::string origin;
  };
  std::vector<Entry> entries;
  std::vector<PluginLoadError> errors;
};

PluginSet::PluginSet() : m_impl(std::make_unique<Impl>()) {}
PluginSet::~PluginSet() = default;
PluginSet::PluginSet(PluginSet&&) noexcept = default;
PluginSet& PluginSet::operator=(PluginSet&&) noexcept = default;

PluginSet PluginSet::load(const std::vector<std::filesystem::path>& dirs) {
  (void)dirs;
  return PluginSet{};
}

bool PluginSet::load_file(const std::filesystem::path& file) {
  m_impl->errors.push_back({file.string(), "plugin loading not built yet"});
  return false;
}

void PluginSet::add(std::unique_ptr<Plugin> plugin, std::string origin) {
  PluginInfo info = plugin->info();
  m_impl->entries.push_back({std::move(plugin), std::move(info), std::move(origin)});
  std::stable_sort(m_impl->entries.begin(), m_impl->entries.end(),
                   [](const auto& a, const auto& b) { return a.info.priority < b.info.priority; });
}

std::vector<LoadedPluginInfo> PluginSet::plugins() const {
  std::vector<LoadedPluginInfo> out;
  for (const auto& entry : m_impl->entries) {
    out.push_back({entry.info, entry.origin});
  }
  return out;
}

const std::vector<PluginLoadError>& PluginSet::errors() const { return m_impl->errors; }

Recognition PluginSet::recognize(Citation& citation) const {
  for (const auto& entry : m_impl->entries) {
    const Recognition answer = entry.plugin->recognize(citation);
    if (answer != Recognition::not_mine) {
      return answer;
    }
  }
  return Recognition::not_mine;
}

std::vector<Resolution> PluginSet::resolve(const Citation& citation,
                                           ResolveContext& context) const {
  std::vector<Resolution> out;
  for (const auto& entry : m_impl->entries) {
    if (auto resolution = entry.plugin->resolve(citation, context)) {
      out.push_back(std::move(*resolution));
    }
  }
  return out;
}

std::vector<std::filesystem::path> plugin_search_path(
    const std::vector<std::filesystem::path>& cli_dirs, const std::filesystem::path& executable) {
  std::vector<std::filesystem::path> dirs = cli_dirs;
  dirs.push_back(executable.parent_path() / ".." / "lib" / "citecheck" / "plugins");
  return dirs;
}

}  // namespace citecheck

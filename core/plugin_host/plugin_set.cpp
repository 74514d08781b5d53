// The ordered set of plugins: loads them, keeps each library alive as long as its plugin,
// and offers citations in priority order (Bear's ToolAny: the first claim wins).
#include <citecheck/plugin_host.hpp>

#include <algorithm>
#include <exception>
#include <mutex>
#include <set>
#include <system_error>

#include "plugin_host/load_library.hpp"
#include "plugin_host/plugin_files.hpp"

namespace citecheck {

struct PluginSet::Impl {
  /// One plugin. `library` is empty for plugins added directly; it is declared first so it
  /// is destroyed last, after the plugin whose code it holds.
  struct Entry {
    boost::dll::shared_library library;
    std::unique_ptr<Plugin> plugin;
    PluginInfo info;
    std::string origin;
  };
  std::vector<Entry> entries;
  std::vector<PluginLoadError> errors;
  /// Guards `errors` and `failed_at_run_time` while recognize/resolve run, possibly on
  /// several threads.
  std::mutex errors_mutex;
  /// Plugins that already threw while running: one message each is enough.
  std::set<std::string> failed_at_run_time;

  bool has_plugin(const std::string& name) const {
    return std::any_of(entries.begin(), entries.end(),
                       [&](const Entry& entry) { return entry.info.name == name; });
  }

  void insert(Entry entry) {
    entries.push_back(std::move(entry));
    std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
      if (a.info.priority != b.info.priority) {
        return a.info.priority < b.info.priority;
      }
      return a.info.name < b.info.name;
    });
  }

  /// Records a plugin's failure while running; the run goes on without its answer.
  void note_run_failure(const Entry& entry, const std::string& what) {
    const std::lock_guard lock(errors_mutex);
    if (failed_at_run_time.insert(entry.info.name).second) {
      errors.push_back({entry.origin, "plugin '" + entry.info.name + "' failed: " + what +
                                          " (further failures of this plugin are not reported)"});
    }
  }
};

namespace {

// A source's identifiers are facts wherever they appear: a news story that names
// S/RES/2100 still cites that resolution. A plugin that declines the citation keeps the
// identifiers it found (and the repairs that produced them); its other fields are dropped.
void keep_identifiers(Citation& citation, const Citation& attempt) {
  bool added = false;
  const auto merge = [&added](std::vector<std::string>& into,
                              const std::vector<std::string>& from) {
    for (const auto& item : from) {
      if (std::find(into.begin(), into.end(), item) == into.end()) {
        into.push_back(item);
        added = true;
      }
    }
  };
  merge(citation.un_symbols, attempt.un_symbols);
  merge(citation.dois, attempt.dois);
  if (added) {
    for (std::size_t i = citation.repairs.size(); i < attempt.repairs.size(); ++i) {
      citation.repairs.push_back(attempt.repairs[i]);
    }
  }
}

std::string exception_text(std::exception_ptr error) {
  try {
    std::rethrow_exception(std::move(error));
  } catch (const std::exception& e) {
    return e.what();
  } catch (...) {
    return "an exception of unknown type";
  }
}

}  // namespace

PluginSet::PluginSet() : m_impl(std::make_unique<Impl>()) {}
PluginSet::~PluginSet() = default;
PluginSet::PluginSet(PluginSet&&) noexcept = default;
PluginSet& PluginSet::operator=(PluginSet&&) noexcept = default;

PluginSet PluginSet::load(const std::vector<std::filesystem::path>& dirs) {
  PluginSet set;
  std::set<std::string> loaded_names;
  for (const auto& dir : dirs) {
    std::error_code ec;
    const auto status = std::filesystem::status(dir, ec);
    if (!std::filesystem::exists(status)) {
      continue;  // search paths name places that need not exist
    }
    if (!std::filesystem::is_directory(status)) {
      set.m_impl->errors.push_back(
          {dir.string(), dir.string() + ": not a directory, so no plugins are looked for there"});
      continue;
    }
    std::string list_error;
    for (const auto& file : plugin_host::list_plugin_files(dir, list_error)) {
      const auto name = plugin_host::plugin_name_from_file(file);
      // First wins, like PATH. A file that failed to load does not shadow a later one of the
      // same name: its error is reported and the later copy is used.
      if (!name || loaded_names.contains(*name)) {
        continue;
      }
      if (set.load_file(file)) {
        loaded_names.insert(*name);
      }
    }
    if (!list_error.empty()) {
      set.m_impl->errors.push_back({dir.string(), list_error});
    }
  }
  return set;
}

bool PluginSet::load_file(const std::filesystem::path& file) {
  auto outcome = plugin_host::load_library(file);
  if (!outcome.loaded) {
    m_impl->errors.push_back({file.string(), std::move(outcome.error)});
    return false;
  }
  auto& loaded = *outcome.loaded;
  if (m_impl->has_plugin(loaded.info.name)) {
    const auto other = std::find_if(m_impl->entries.begin(), m_impl->entries.end(),
                                    [&](const auto& e) { return e.info.name == loaded.info.name; });
    m_impl->errors.push_back({file.string(), file.string() + ": plugin '" + loaded.info.name +
                                                 "' is already loaded from " + other->origin +
                                                 "; this copy is skipped"});
    return false;
  }
  m_impl->insert(
      {std::move(loaded.library), std::move(loaded.plugin), std::move(loaded.info), file.string()});
  return true;
}

void PluginSet::add(std::unique_ptr<Plugin> plugin, std::string origin) {
  if (!plugin) {
    return;
  }
  PluginInfo info = plugin->info();
  m_impl->insert({{}, std::move(plugin), std::move(info), std::move(origin)});
}

std::vector<LoadedPluginInfo> PluginSet::plugins() const {
  std::vector<LoadedPluginInfo> out;
  out.reserve(m_impl->entries.size());
  for (const auto& entry : m_impl->entries) {
    out.push_back({entry.info, entry.origin});
  }
  return out;
}

const std::vector<PluginLoadError>& PluginSet::errors() const {
  return m_impl->errors;
}

Recognition PluginSet::recognize(Citation& citation) const {
  Citation scratch;
  return recognize(citation, scratch);
}

Recognition PluginSet::recognize(Citation& citation, Citation& attempt) const {
  // Each plugin works on a copy. One copy assigned anew for each plugin keeps its strings'
  // and vectors' storage, instead of allocating all of it again per plugin.
  for (const auto& entry : m_impl->entries) {
    // A plugin that throws must not leave half its fields behind for the next plugin.
    attempt = citation;
    Recognition answer = Recognition::not_mine;
    try {
      answer = entry.plugin->recognize(attempt);
    } catch (...) {
      m_impl->note_run_failure(entry, "while recognizing citation " + citation.id + ": " +
                                          exception_text(std::current_exception()));
      continue;
    }
    if (answer != Recognition::not_mine) {
      citation = std::move(attempt);
      if (citation.plugin.empty()) {
        citation.plugin = entry.info.name;
      }
      return answer;
    }
    keep_identifiers(citation, attempt);
  }
  return Recognition::not_mine;
}

void PluginSet::observe(const HttpResponse& answer, ResolveContext& context) const {
  for (const auto& entry : m_impl->entries) {
    try {
      entry.plugin->observe(answer, context);
    } catch (...) {
      m_impl->note_run_failure(entry, "while reading the page " + answer.url + ": " +
                                          exception_text(std::current_exception()));
    }
  }
}

std::vector<Resolution> PluginSet::resolve(const Citation& citation,
                                           ResolveContext& context) const {
  std::vector<Resolution> out;
  for (const auto& entry : m_impl->entries) {
    try {
      if (auto resolution = entry.plugin->resolve(citation, context)) {
        if (resolution->plugin.empty()) {
          resolution->plugin = entry.info.name;
        }
        out.push_back(std::move(*resolution));
      }
    } catch (...) {
      const std::string what = exception_text(std::current_exception());
      m_impl->note_run_failure(entry, "while resolving citation " + citation.id + ": " + what);
      Resolution failed;
      failed.plugin = entry.info.name;
      failed.status = "unresolved";
      failed.reason = "plugin '" + entry.info.name + "' failed: " + what;
      out.push_back(std::move(failed));
    }
  }
  return out;
}

}  // namespace citecheck

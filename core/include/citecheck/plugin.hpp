#pragma once
// The plugin API. A plugin is a shared library exporting, by Boost.DLL alias, the API
// version it was built for and a factory. The host checks the version before it calls
// anything else, and refuses a mismatch with a sentence naming the file, wanted and found.
//
// Bump k_plugin_api_version whenever this header, citation.hpp or http.hpp changes in a
// way that alters layout or virtual tables.

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <boost/config.hpp>
#include <boost/dll/alias.hpp>

#include <citecheck/citation.hpp>
#include <citecheck/http.hpp>
#include <citecheck/link_check.hpp>

namespace citecheck {

/// 3: PluginInfo::service_limits. 4: SourceSpan::position (page spot of PDF records),
/// Engine::open_session. 5: Plugin::observe. 6: HttpRequest::first_in_line.
inline constexpr unsigned k_plugin_api_version = 6;

/// A request budget for a service a plugin calls (its published limit, or a polite one).
/// The host gives it to the engine as a per-host limit unless the user's settings name
/// limits for that host themselves, so that core needs to know no service by name.
struct ServiceLimit {
  std::string host;      ///< "api.crossref.org", or "*.example.org" for the subdomains too
  int max_per_host = 0;  ///< requests in flight at once; 0 = the engine's default
  double rate = 0.0;     ///< request starts per second; 0 = not paced
};

/// What a plugin says about itself (`citecheck plugins` lists it).
struct PluginInfo {
  std::string name;     ///< "un-documents"
  std::string version;  ///< the plugin's own version
  unsigned api_version = k_plugin_api_version;
  std::string description;
  std::vector<Kind> kinds;  ///< kinds it may claim
  /// Lower runs first; the first plugin to claim a citation wins.
  int priority = 100;
  /// Default limits for the real services this plugin calls (API 3).
  std::vector<ServiceLimit> service_limits;
};

/// The three answers of recognition (after Bear's recognizer chain).
enum class Recognition {
  not_mine,    ///< not claimed: only identifiers found (un_symbols, dois) are kept
  recognized,  ///< claimed; fields filled
  broken,      ///< mine, but the text is damaged beyond filling the fields
};

/// Key/value store of resolutions, kept by the host's cache with a max age per entry.
class ResolutionStore {
 public:
  virtual ~ResolutionStore() = default;
  virtual std::optional<std::string> get(const std::string& plugin, const std::string& key) = 0;
  virtual void put(const std::string& plugin, const std::string& key, const std::string& json,
                   std::chrono::seconds max_age) = 0;
};

/// What a plugin found out about a citation's source.
struct Resolution {
  std::string plugin;
  /// "resolved", "not_found", "no_confident_match", "mismatch", "unresolved"
  std::string status;
  std::string reason;    ///< why, for anything but "resolved"
  std::string identity;  ///< symbol, DOI, canonical URL
  std::string title;
  std::string date;
  std::string url;  ///< where the source lives now
  double confidence = 0.0;
  std::string details_json;  ///< plugin-specific extra, JSON object text
};

/// Everything the host gives a plugin for resolution. The plugin reaches the network only
/// through `http`.
struct ResolveContext {
  Engine& http;
  ResolutionStore& store;
  /// Settings from the config file ([plugins.SERVICE] key = value) and the environment
  /// (CITECHECK_SERVICE_KEY=value), as "service.key": "crossref.endpoint", "crossref.mailto",
  /// "wayback.endpoint", "archive.mode". Every endpoint has the real service as default.
  const std::map<std::string, std::string>& settings;
  std::string document_date;  ///< ISO date of the document, when known
  /// The link check of a cited URL, when links were checked before resolution (the archive
  /// plugin looks for copies of what is not `ok`). Empty function: not checked.
  std::function<std::optional<LinkCheck>(const std::string& url)> link_check;
};

/// A source plugin: offline recognition, online resolution.
class Plugin {
 public:
  virtual ~Plugin() = default;
  virtual PluginInfo info() const = 0;
  /// Pure and offline: look at `citation.raw` (and what core filled) and, where the source
  /// is this plugin's kind, claim it and fill its fields. Called from several threads at
  /// once on different citations of a long document.
  virtual Recognition recognize(Citation& citation) const = 0;
  /// Online: may be called for citations any plugin claimed. nullopt = nothing to say.
  /// Called from several threads at once: keep no mutable state in the plugin object.
  virtual std::optional<Resolution> resolve(const Citation& citation, ResolveContext& context) {
    (void)citation;
    (void)context;
    return std::nullopt;
  }
  /// An answer the host fetched anyway: the link check's GET of a cited URL (redirects
  /// followed, the body's bounded prefix), offered when resolution will follow. A plugin
  /// may keep what it learns in `context.store`, so that resolve() need not ask the site
  /// again. Called on the checking thread as answers arrive: no network, and be quick.
  virtual void observe(const HttpResponse& answer, ResolveContext& context) {
    (void)answer;
    (void)context;
  }
};

using PluginApiVersionFn = unsigned();
using PluginFactoryFn = std::unique_ptr<Plugin>();

}  // namespace citecheck

/// Exports a plugin class. Use once per plugin library, at namespace scope:
///   CITECHECK_PLUGIN(MyPlugin)
#define CITECHECK_PLUGIN(Class)                                                        \
  namespace citecheck_plugin_exports {                                                 \
  inline unsigned api_version() {                                                      \
    return ::citecheck::k_plugin_api_version;                                          \
  }                                                                                    \
  inline std::unique_ptr<::citecheck::Plugin> create() {                               \
    return std::make_unique<Class>();                                                  \
  }                                                                                    \
  }                                                                                    \
  BOOST_DLL_ALIAS(citecheck_plugin_exports::api_version, citecheck_plugin_api_version) \
  BOOST_DLL_ALIAS(citecheck_plugin_exports::create, citecheck_plugin_create)

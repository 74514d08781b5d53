#pragma once
// The options every command that reaches the network shares (check, and later resolve and
// audit), and how they become library objects: command line over citecheck.toml over the
// library's named defaults.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <citecheck/check.hpp>
#include <citecheck/config.hpp>
#include <citecheck/engine.hpp>
#include <citecheck/plugin.hpp>
#include <citecheck/store.hpp>

#include "context.hpp"

namespace citecheck::cli {

/// What the command line said; unset values fall through to the settings file.
struct NetworkFlags {
  std::string config;
  std::optional<double> timeout;
  std::optional<double> connect_timeout;
  std::optional<int> max_concurrency;
  std::optional<int> max_per_host;
  std::optional<double> rate;
  std::optional<int> max_retries;
  std::string max_age;
  std::string failure_max_age;
  std::vector<std::string> include;
  std::vector<std::string> exclude;
  std::string accept;
  std::string proxy;
  std::vector<std::string> connect_to;
  std::string cacert;
  bool insecure = false;
  std::string user_agent;
  std::vector<std::string> headers;  ///< "HOST: Name: value"
  std::string cache;
  bool no_cache = false;
  bool no_probe = false;
  std::string archive;  ///< "broken" (default) or "all"
};

void add_network_flags(CLI::App& command, NetworkFlags& flags);

/// The library objects a networked run needs, built once.
struct NetworkSetup {
  Config config;
  EngineOptions engine_options;
  CheckRules rules;
  /// Never null: for --no-cache (or a cache that cannot be opened) a store in memory that
  /// keeps what this run learns for this run only.
  std::unique_ptr<Store> store;
  std::unique_ptr<Engine> engine;  ///< uses `store` as its response cache
  /// Plugin settings: the file's [plugins.SERVICE] tables, then CITECHECK_SERVICE_KEY
  /// variables, then flags (--archive).
  std::map<std::string, std::string> plugin_settings;
};

/// Reads the settings file (--config, else ./citecheck.toml when present), layers the flags
/// on top, opens the cache (a cache that cannot be opened is a warning and an uncached run)
/// and starts the engine. `service_limits` (the plugins' polite defaults for the services
/// they call) apply to hosts the settings give no limits of their own. Throws UsageError for
/// bad values.
NetworkSetup make_network(const NetworkFlags& flags, const Context& context,
                          const std::vector<ServiceLimit>& service_limits = {});

}  // namespace citecheck::cli

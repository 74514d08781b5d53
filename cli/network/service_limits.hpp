#pragma once
// The request budgets the plugins declare for the services they call (Crossref, the UN
// Digital Library, the Wayback Machine), turned into the engine's per-host limits. Core
// knows no service by name: each plugin says what its services want.

#include <vector>

#include <citecheck/engine.hpp>
#include <citecheck/plugin_host.hpp>

namespace citecheck::cli {

/// Every loaded plugin's service limits, in plugin order; a host named twice keeps the
/// first (the plugin that runs first knows the service best).
std::vector<ServiceLimit> service_limits_of(const PluginSet& plugins);

/// Appends the services' limits to `options.host_limits` after the user's own, so that a
/// user's [hosts."..."] rule that matches the same host always wins (the engine takes the
/// first matching entry). A limit whose host the user already limits is not added at all.
void add_service_limits(EngineOptions& options, const std::vector<ServiceLimit>& limits);

}  // namespace citecheck::cli

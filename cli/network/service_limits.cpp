#include "network/service_limits.hpp"

#include <algorithm>

namespace citecheck::cli {

std::vector<ServiceLimit> service_limits_of(const PluginSet& plugins) {
  std::vector<ServiceLimit> out;
  for (const LoadedPluginInfo& plugin : plugins.plugins()) {
    for (const ServiceLimit& limit : plugin.info.service_limits) {
      const bool seen = std::any_of(out.begin(), out.end(), [&](const ServiceLimit& known) {
        return known.host == limit.host;
      });
      if (!seen && !limit.host.empty() && (limit.max_per_host > 0 || limit.rate > 0)) {
        out.push_back(limit);
      }
    }
  }
  return out;
}

void add_service_limits(EngineOptions& options, const std::vector<ServiceLimit>& limits) {
  const std::size_t users = options.host_limits.size();
  for (const ServiceLimit& limit : limits) {
    const auto first_user = options.host_limits.begin();
    const auto last_user = first_user + static_cast<std::ptrdiff_t>(users);
    const bool user_set = std::any_of(
        first_user, last_user, [&](const HostLimit& rule) { return rule.pattern == limit.host; });
    if (!user_set) {
      options.host_limits.push_back({limit.host, limit.max_per_host, limit.rate});
    }
  }
}

}  // namespace citecheck::cli

#pragma once
// Reading a plugin's settings ("crossref.endpoint", from the settings file or the
// environment, as the host hands them over in ResolveContext::settings).

#include <string>

#include <citecheck/plugin.hpp>

namespace citecheck::plugins::common {

/// The value of `key`, or `fallback` when it is unset or empty.
std::string setting(const ResolveContext& context, const std::string& key, std::string fallback);

/// The same for a service's base URL, with trailing '/' dropped so that paths join with one
/// ("http://127.0.0.1:8080/" + "/search").
std::string endpoint_setting(const ResolveContext& context, const std::string& key,
                             std::string fallback);

}  // namespace citecheck::plugins::common

#include "common/settings.hpp"

namespace citecheck::plugins::common {

std::string setting(const ResolveContext& context, const std::string& key, std::string fallback) {
  const auto found = context.settings.find(key);
  return found != context.settings.end() && !found->second.empty() ? found->second
                                                                   : std::move(fallback);
}

std::string endpoint_setting(const ResolveContext& context, const std::string& key,
                             std::string fallback) {
  std::string value = setting(context, key, std::move(fallback));
  while (!value.empty() && value.back() == '/')
    value.pop_back();
  return value;
}

}  // namespace citecheck::plugins::common

#include "report/plugin_list.hpp"

#include <ostream>

#include <nlohmann/json.hpp>

namespace citecheck::cli {
namespace {

std::string kinds_text(const std::vector<Kind>& kinds) {
  std::string out;
  for (const Kind kind : kinds) {
    out += (out.empty() ? "" : ",") + std::string(to_string(kind));
  }
  return out.empty() ? "-" : out;
}

// "api.crossref.org 1/s, 1 at a time": the polite defaults a user may override per host.
std::string limit_text(const ServiceLimit& limit) {
  std::string out = limit.host;
  if (limit.rate > 0) {
    std::string rate = std::to_string(limit.rate);
    rate.erase(rate.find_last_not_of('0') + 1);
    if (rate.ends_with('.')) {
      rate.pop_back();
    }
    out += " " + rate + "/s";
  }
  if (limit.max_per_host > 0) {
    out += (limit.rate > 0 ? ", " : " ") + std::to_string(limit.max_per_host) + " at a time";
  }
  return out;
}

}  // namespace

void write_plugin_list(std::ostream& out, const PluginSet& plugins,
                       const std::vector<std::filesystem::path>& searched) {
  const auto loaded = plugins.plugins();
  out << loaded.size() << " plugin" << (loaded.size() == 1 ? "" : "s") << " loaded (API version "
      << k_plugin_api_version << ")\n";
  for (const auto& plugin : loaded) {
    out << "  " << plugin.info.name << ' ' << plugin.info.version << "  api "
        << plugin.info.api_version << "  kinds " << kinds_text(plugin.info.kinds) << "  priority "
        << plugin.info.priority << '\n'
        << "      " << plugin.path << '\n';
    if (!plugin.info.description.empty()) {
      out << "      " << plugin.info.description << '\n';
    }
    for (const ServiceLimit& limit : plugin.info.service_limits) {
      out << "      default limit: " << limit_text(limit) << '\n';
    }
  }
  const auto& errors = plugins.errors();
  if (!errors.empty()) {
    out << errors.size() << " failed to load:\n";
    for (const auto& failure : errors) {
      out << "  " << failure.path << ": " << failure.message << '\n';
    }
  }
  out << "searched:\n";
  for (const auto& dir : searched) {
    std::error_code error;
    out << "  " << dir.string()
        << (std::filesystem::is_directory(dir, error) ? "" : "  (does not exist)") << '\n';
  }
}

void write_plugin_list_json(std::ostream& out, const PluginSet& plugins,
                            const std::vector<std::filesystem::path>& searched) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& plugin : plugins.plugins()) {
    nlohmann::json kinds = nlohmann::json::array();
    for (const Kind kind : plugin.info.kinds) {
      kinds.push_back(to_string(kind));
    }
    nlohmann::json limits = nlohmann::json::array();
    for (const ServiceLimit& limit : plugin.info.service_limits) {
      limits.push_back(
          {{"host", limit.host}, {"max_per_host", limit.max_per_host}, {"rate", limit.rate}});
    }
    list.push_back({{"name", plugin.info.name},
                    {"version", plugin.info.version},
                    {"api_version", plugin.info.api_version},
                    {"description", plugin.info.description},
                    {"kinds", kinds},
                    {"priority", plugin.info.priority},
                    {"service_limits", limits},
                    {"path", plugin.path}});
  }
  nlohmann::json errors = nlohmann::json::array();
  for (const auto& failure : plugins.errors()) {
    errors.push_back({{"path", failure.path}, {"message", failure.message}});
  }
  nlohmann::json dirs = nlohmann::json::array();
  for (const auto& dir : searched) {
    dirs.push_back(dir.string());
  }
  out << nlohmann::json{{"api_version", k_plugin_api_version},
                        {"plugins", list},
                        {"errors", errors},
                        {"searched", dirs}}
             .dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
      << '\n';
}

}  // namespace citecheck::cli

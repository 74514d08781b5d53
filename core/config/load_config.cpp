#include <citecheck/config.hpp>
#include <citecheck/errors.hpp>

#include <fstream>
#include <sstream>

#include <toml++/toml.h>

namespace citecheck {
namespace {

[[noreturn]] void fail(const std::string& origin, const toml::source_region& where,
                       const std::string& problem) {
  std::string at = origin;
  if (where.begin.line > 0) {
    at += ":" + std::to_string(where.begin.line);
  }
  throw UsageError(at + ": " + problem);
}

std::vector<std::string> strings(const toml::node& node, const std::string& key,
                                 const std::string& origin) {
  std::vector<std::string> out;
  if (const auto* s = node.as_string()) {
    out.push_back(s->get());
    return out;
  }
  const auto* array = node.as_array();
  if (array == nullptr) {
    fail(origin, node.source(), "'" + key + "' must be a string or a list of strings");
  }
  for (const auto& item : *array) {
    const auto* s = item.as_string();
    if (s == nullptr) {
      fail(origin, item.source(), "'" + key + "' must hold only strings");
    }
    out.push_back(s->get());
  }
  return out;
}

std::vector<int> statuses(const toml::node& node, const std::string& key,
                          const std::string& origin) {
  std::vector<int> out;
  const auto* array = node.as_array();
  if (array == nullptr) {
    fail(origin, node.source(), "'" + key + "' must be a list of HTTP status codes");
  }
  for (const auto& item : *array) {
    const auto* i = item.as_integer();
    if (i == nullptr || i->get() < 100 || i->get() > 999) {
      fail(origin, item.source(), "'" + key + "' holds something that is not a status code");
    }
    out.push_back(static_cast<int>(i->get()));
  }
  return out;
}

int positive_int(const toml::node& node, const std::string& key, const std::string& origin) {
  const auto* i = node.as_integer();
  if (i == nullptr || i->get() < 1 || i->get() > 100000) {
    fail(origin, node.source(), "'" + key + "' must be a positive whole number");
  }
  return static_cast<int>(i->get());
}

std::chrono::seconds duration(const toml::node& node, const std::string& key,
                              const std::string& origin) {
  if (const auto* i = node.as_integer(); i != nullptr && i->get() >= 0) {
    return std::chrono::seconds(i->get());
  }
  if (const auto* s = node.as_string()) {
    if (auto d = parse_duration(s->get())) {
      return *d;
    }
  }
  fail(origin, node.source(),
       "'" + key + "' must be a duration such as 30, \"90s\", \"15m\", \"12h\" or \"7d\"");
}

std::vector<Header> headers(const toml::node& node, const std::string& origin) {
  const auto* table = node.as_table();
  if (table == nullptr) {
    fail(origin, node.source(), "'headers' must be a table of name = \"value\"");
  }
  std::vector<Header> out;
  for (const auto& [name, value] : *table) {
    const auto* s = value.as_string();
    if (s == nullptr) {
      fail(origin, value.source(), "header '" + std::string(name.str()) + "' must be a string");
    }
    out.emplace_back(std::string(name.str()), s->get());
  }
  return out;
}

HostRule host_rule(const std::string& pattern, const toml::node& node, const std::string& origin) {
  const auto* table = node.as_table();
  if (table == nullptr) {
    fail(origin, node.source(), "[hosts.\"" + pattern + "\"] must be a table");
  }
  HostRule rule;
  rule.pattern = pattern;
  for (const auto& [k, value] : *table) {
    const std::string key(k.str());
    if (key == "headers") {
      rule.headers = headers(value, origin);
    } else if (key == "rate") {
      const auto number = value.value<double>();
      if (!number || *number < 0) {
        fail(origin, value.source(), "'rate' must be requests per second (a number >= 0)");
      }
      rule.rate = *number;
    } else if (key == "max_concurrency" || key == "max_per_host") {
      rule.max_concurrency = positive_int(value, key, origin);
    } else if (key == "accept") {
      rule.accept = statuses(value, key, origin);
    } else if (key == "exclude") {
      const auto* b = value.as_boolean();
      if (b == nullptr) {
        fail(origin, value.source(), "'exclude' must be true or false");
      }
      rule.exclude = b->get();
    } else {
      fail(origin, value.source(), "unknown host setting '" + key + "'");
    }
  }
  return rule;
}

void plugin_settings(const toml::table& plugins, Config& config, const std::string& origin) {
  for (const auto& [name, node] : plugins) {
    const auto* table = node.as_table();
    if (table == nullptr) {
      fail(origin, node.source(), "[plugins." + std::string(name.str()) + "] must be a table");
    }
    for (const auto& [k, value] : *table) {
      std::string text;
      if (const auto* s = value.as_string()) {
        text = s->get();
      } else if (const auto* i = value.as_integer()) {
        text = std::to_string(i->get());
      } else if (const auto* f = value.as_floating_point()) {
        text = std::to_string(f->get());
      } else if (const auto* b = value.as_boolean()) {
        text = b->get() ? "true" : "false";
      } else {
        fail(origin, value.source(),
             "plugin setting '" + std::string(k.str()) + "' must be a string, number or boolean");
      }
      config.plugin_settings[std::string(name.str()) + "." + std::string(k.str())] = text;
    }
  }
}

}  // namespace

Config parse_config(const std::string& text, const std::string& origin) {
  toml::table root;
  try {
    root = toml::parse(text, origin);
  } catch (const toml::parse_error& e) {
    fail(origin, e.source(), std::string("not valid TOML: ") + std::string(e.description()));
  }
  Config config;
  config.source = origin;
  for (const auto& [k, value] : root) {
    const std::string key(k.str());
    if (key == "timeout") {
      config.timeout = duration(value, key, origin);
    } else if (key == "connect_timeout") {
      config.connect_timeout = duration(value, key, origin);
    } else if (key == "max_concurrency") {
      config.max_concurrency = positive_int(value, key, origin);
    } else if (key == "max_per_host") {
      config.max_per_host = positive_int(value, key, origin);
    } else if (key == "max_retries") {
      const auto* i = value.as_integer();
      if (i == nullptr || i->get() < 0 || i->get() > 20) {
        fail(origin, value.source(), "'max_retries' must be a whole number from 0 to 20");
      }
      config.max_retries = static_cast<int>(i->get());
    } else if (key == "max_age") {
      config.max_age = duration(value, key, origin);
    } else if (key == "failure_max_age") {
      config.failure_max_age = duration(value, key, origin);
    } else if (key == "include") {
      config.include = strings(value, key, origin);
    } else if (key == "exclude") {
      config.exclude = strings(value, key, origin);
    } else if (key == "accept") {
      config.accept = statuses(value, key, origin);
    } else if (key == "user_agent" || key == "proxy" || key == "cacert" || key == "cache") {
      const auto* s = value.as_string();
      if (s == nullptr) {
        fail(origin, value.source(), "'" + key + "' must be a string");
      }
      (key == "user_agent" ? config.user_agent
       : key == "proxy"    ? config.proxy
       : key == "cacert"   ? config.cacert
                           : config.cache) = s->get();
    } else if (key == "insecure") {
      const auto* b = value.as_boolean();
      if (b == nullptr) {
        fail(origin, value.source(), "'insecure' must be true or false");
      }
      config.insecure = b->get();
    } else if (key == "connect_to") {
      config.connect_to = strings(value, key, origin);
    } else if (key == "hosts") {
      const auto* hosts = value.as_table();
      if (hosts == nullptr) {
        fail(origin, value.source(), "'hosts' must be a table of [hosts.\"name\"] sections");
      }
      for (const auto& [pattern, rule] : *hosts) {
        config.hosts.push_back(host_rule(std::string(pattern.str()), rule, origin));
      }
    } else if (key == "plugins") {
      const auto* plugins = value.as_table();
      if (plugins == nullptr) {
        fail(origin, value.source(), "'plugins' must be a table of [plugins.NAME] sections");
      }
      plugin_settings(*plugins, config, origin);
    } else {
      fail(origin, value.source(), "unknown setting '" + key + "'");
    }
  }
  return config;
}

Config load_config(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw UsageError(path.string() + ": cannot read the settings file");
  }
  std::ostringstream text;
  text << in.rdbuf();
  return parse_config(text.str(), path.string());
}

}  // namespace citecheck

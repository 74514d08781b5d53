#include "network/network_options.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include <unistd.h>

#include <citecheck/errors.hpp>

#include "network/service_limits.hpp"

namespace citecheck::cli {
namespace {

std::string env(const char* name) {
  const char* value = std::getenv(name);
  return value == nullptr ? std::string() : std::string(value);
}

std::chrono::milliseconds seconds_to_ms(double seconds, const char* flag) {
  if (!(seconds > 0) || seconds > 24 * 3600) {
    throw UsageError(std::string(flag) + " must be a number of seconds above 0");
  }
  return std::chrono::milliseconds(static_cast<long long>(seconds * 1000));
}

std::chrono::seconds duration_flag(const std::string& text, const char* flag) {
  if (auto d = parse_duration(text)) {
    return *d;
  }
  throw UsageError(std::string(flag) + " '" + text +
                   "' is not a duration such as 3600, 90s, 15m, 12h or 7d");
}

std::vector<int> status_list(const std::string& text) {
  std::vector<int> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t comma = text.find(',', start);
    const std::string item =
        text.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    if (!item.empty()) {
      char* end = nullptr;
      const long code = std::strtol(item.c_str(), &end, 10);
      if (*end != '\0' || code < 100 || code > 999) {
        throw UsageError("--accept '" + text + "': '" + item + "' is not an HTTP status code");
      }
      out.push_back(static_cast<int>(code));
    }
    if (comma == std::string::npos) {
      break;
    }
    start = comma + 1;
  }
  return out;
}

// "HOST: Name: value" -> host and header.
std::pair<std::string, Header> host_header(const std::string& text) {
  const std::size_t first = text.find(':');
  const std::size_t second = first == std::string::npos ? first : text.find(':', first + 1);
  if (second == std::string::npos) {
    throw UsageError("--header '" + text + "' must read 'HOST: Name: value'");
  }
  const auto trim = [](std::string s) {
    const auto b = s.find_first_not_of(" \t");
    const auto e = s.find_last_not_of(" \t");
    return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
  };
  return {trim(text.substr(0, first)),
          {trim(text.substr(first + 1, second - first - 1)), trim(text.substr(second + 1))}};
}

// A host rule's exclusion as a URL pattern: the host (or its subdomains) at any port.
std::string host_exclusion(const std::string& pattern) {
  std::string escaped;
  const bool wildcard = pattern.starts_with("*.");
  for (char c : wildcard ? pattern.substr(2) : pattern) {
    if (std::string_view(".+?^$()[]{}|\\").find(c) != std::string_view::npos) {
      escaped += '\\';
    }
    escaped += c;
  }
  return std::string("^[A-Za-z][A-Za-z0-9+.-]*://") + (wildcard ? "([^/?#@]*\\.)?" : "") + escaped +
         "(:[0-9]+)?([/?#]|$)";
}

// CITECHECK_CROSSREF_ENDPOINT=... -> "crossref.endpoint". Service names hold no '_'; keys may.
std::map<std::string, std::string> settings_from_environment() {
  std::map<std::string, std::string> out;
  constexpr std::string_view k_prefix = "CITECHECK_";
  for (char** entry = environ; entry != nullptr && *entry != nullptr; ++entry) {
    const std::string_view text(*entry);
    const std::size_t equals = text.find('=');
    if (!text.starts_with(k_prefix) || equals == std::string_view::npos) {
      continue;
    }
    const std::string_view name = text.substr(k_prefix.size(), equals - k_prefix.size());
    const std::size_t split = name.find('_');
    if (split == std::string_view::npos || split == 0 || split + 1 >= name.size()) {
      continue;
    }
    std::string key =
        std::string(name.substr(0, split)) + "." + std::string(name.substr(split + 1));
    for (char& c : key) {
      c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    out[key] = std::string(text.substr(equals + 1));
  }
  return out;
}

Config read_settings(const NetworkFlags& flags) {
  if (!flags.config.empty()) {
    return load_config(flags.config);
  }
  if (std::filesystem::is_regular_file("citecheck.toml")) {
    return load_config("citecheck.toml");
  }
  return {};
}

}  // namespace

void add_network_flags(CLI::App& command, NetworkFlags& flags) {
  command.add_option("--config", flags.config,
                     "Settings file (default: ./citecheck.toml when it exists)");
  command.add_option("--timeout", flags.timeout, "Seconds one attempt of one request may take");
  command.add_option("--connect-timeout", flags.connect_timeout, "Seconds to connect");
  command.add_option("--max-concurrency", flags.max_concurrency,
                     "Requests in flight at once, all hosts (default 64)");
  command.add_option("--max-per-host", flags.max_per_host,
                     "Requests in flight to one host (default 4)");
  command.add_option("--rate", flags.rate,
                     "Request starts per second per host (default: no limit)");
  command.add_option("--max-retries", flags.max_retries,
                     "Retries for 429, 503 and timeouts (default 2)");
  command.add_option("--max-age", flags.max_age,
                     "Reuse a cached result younger than this (e.g. 12h, 7d; default 7d)");
  command.add_option("--failure-max-age", flags.failure_max_age,
                     "Same, for failed checks (default 1d)");
  command.add_option("--include", flags.include,
                     "Only check URLs matching this regex (repeatable)");
  command.add_option("--exclude", flags.exclude, "Skip URLs matching this regex (repeatable)");
  command.add_option("--accept", flags.accept, "Statuses that count as fine, e.g. 200,403");
  command.add_option("--proxy", flags.proxy,
                     "Proxy URL (default: the http_proxy/https_proxy/no_proxy variables)");
  command.add_option("--connect-to", flags.connect_to,
                     "HOST:PORT:CONNECT-HOST:CONNECT-PORT, as curl's (repeatable)");
  command.add_option("--cacert", flags.cacert, "CA certificates file");
  command.add_flag("--insecure", flags.insecure, "Do not verify TLS certificates");
  command.add_option("--user-agent", flags.user_agent, "User-Agent header");
  command.add_option("--header", flags.headers,
                     "Extra header for one host: 'HOST: Name: value' (repeatable)");
  command.add_option("--cache", flags.cache,
                     "Cache file (default: $XDG_CACHE_HOME/citecheck/cache.db)");
  command.add_flag("--no-cache", flags.no_cache, "Neither read nor write the cache");
  command.add_flag("--no-soft-404-probe", flags.no_probe,
                   "Do not fetch a random path per host to recognise soft 404s");
  command
      .add_option("--archive", flags.archive,
                  "Look for archived copies of: broken links (default) or all links")
      ->check(CLI::IsMember({"broken", "all"}));
}

NetworkSetup make_network(const NetworkFlags& flags, const Context& context,
                          const std::vector<ServiceLimit>& service_limits) {
  NetworkSetup setup;
  setup.config = read_settings(flags);
  const Config& c = setup.config;
  EngineOptions& e = setup.engine_options;

  if (c.timeout) {
    e.timeout = *c.timeout;
  }
  if (flags.timeout) {
    e.timeout = seconds_to_ms(*flags.timeout, "--timeout");
  }
  if (c.connect_timeout) {
    e.connect_timeout = *c.connect_timeout;
  }
  if (flags.connect_timeout) {
    e.connect_timeout = seconds_to_ms(*flags.connect_timeout, "--connect-timeout");
  }
  e.max_concurrency = flags.max_concurrency.value_or(c.max_concurrency.value_or(e.max_concurrency));
  e.max_per_host = flags.max_per_host.value_or(c.max_per_host.value_or(e.max_per_host));
  e.max_retries = flags.max_retries.value_or(c.max_retries.value_or(e.max_retries));
  if (flags.rate) {
    e.per_host_rate = *flags.rate;
  }
  e.user_agent = !flags.user_agent.empty() ? flags.user_agent : c.user_agent.value_or(e.user_agent);
  e.proxy = !flags.proxy.empty() ? flags.proxy : c.proxy.value_or("");
  e.cacert = !flags.cacert.empty() ? flags.cacert : c.cacert.value_or("");
  e.insecure = flags.insecure || c.insecure.value_or(false);
  e.connect_to = c.connect_to;
  e.connect_to.insert(e.connect_to.end(), flags.connect_to.begin(), flags.connect_to.end());

  CheckRules& rules = setup.rules;
  rules.include = c.include;
  rules.include.insert(rules.include.end(), flags.include.begin(), flags.include.end());
  rules.exclude = c.exclude;
  rules.exclude.insert(rules.exclude.end(), flags.exclude.begin(), flags.exclude.end());
  rules.accept = c.accept;
  for (int code : status_list(flags.accept)) {
    rules.accept.push_back(code);
  }
  rules.probe_soft_404 = !flags.no_probe;
  // The send window stays far above what the engine runs at once, for every host's limit.
  int widest_host = e.max_per_host;
  for (const HostRule& rule : c.hosts) {
    widest_host = std::max(widest_host, rule.max_concurrency);
  }
  rules.send_window =
      std::max<std::size_t>(rules.send_window, 16 * static_cast<std::size_t>(e.max_concurrency));
  rules.host_ahead =
      std::max<std::size_t>(rules.host_ahead, 4 * static_cast<std::size_t>(widest_host));
  for (const HostRule& rule : c.hosts) {
    if (rule.exclude) {
      rules.exclude.push_back(host_exclusion(rule.pattern));
    }
    if (!rule.headers.empty()) {
      auto& list = e.host_headers[rule.pattern];
      list.insert(list.end(), rule.headers.begin(), rule.headers.end());
    }
    if (rule.rate > 0 || rule.max_concurrency > 0) {
      e.host_limits.push_back({rule.pattern, rule.max_concurrency, rule.rate});
    }
    if (!rule.accept.empty()) {
      auto& list = rules.host_accept[rule.pattern];
      list.insert(list.end(), rule.accept.begin(), rule.accept.end());
    }
  }
  add_service_limits(e, service_limits);
  for (const auto& text : flags.headers) {
    auto [host, header] = host_header(text);
    e.host_headers[host].push_back(std::move(header));
  }
  validate(e);

  StoreOptions store_options;
  if (c.max_age) {
    store_options.freshness.ok_max_age = *c.max_age;
  }
  if (!flags.max_age.empty()) {
    store_options.freshness.ok_max_age = duration_flag(flags.max_age, "--max-age");
  }
  if (c.failure_max_age) {
    store_options.freshness.failure_max_age = *c.failure_max_age;
  }
  if (!flags.failure_max_age.empty()) {
    store_options.freshness.failure_max_age =
        duration_flag(flags.failure_max_age, "--failure-max-age");
  }
  // A failure is never trusted longer than a success.
  store_options.freshness.failure_max_age =
      std::min(store_options.freshness.failure_max_age, store_options.freshness.ok_max_age);

  const auto warn_store = [&context](const std::string& text) {
    context.err << "citecheck: warning: cache: " << text << "; going on without it\n";
  };
  // Without a cache file the run still keeps what it learns in memory, for itself: each
  // URL checked once over every batch, each page read once by check and plugins.
  const auto run_only_store = [&] {
    try {
      return make_fail_safe_store(open_store("memory:", store_options), warn_store);
    } catch (const StoreError& failure) {
      warn_store(failure.what());
      return make_null_store();
    }
  };
  if (flags.no_cache) {
    setup.store = run_only_store();
  } else {
    std::string location = !flags.cache.empty() ? flags.cache : c.cache.value_or("");
    if (location.empty()) {
      location = default_cache_path(env("XDG_CACHE_HOME"), env("HOME"));
    }
    try {
      setup.store = location.empty()
                        ? run_only_store()
                        : make_fail_safe_store(open_store(location, store_options), warn_store);
    } catch (const StoreError& failure) {
      // An explicitly named cache that cannot be used is the user's mistake: say so and stop.
      if (!flags.cache.empty()) {
        throw UsageError(std::string(failure.what()) + " (use --no-cache to run without one)");
      }
      warn_store(failure.what());
      setup.store = run_only_store();
    }
  }
  setup.plugin_settings = c.plugin_settings;
  for (auto& [key, value] : settings_from_environment()) {
    setup.plugin_settings[key] = std::move(value);
  }
  if (!flags.archive.empty()) {
    setup.plugin_settings["archive.mode"] = flags.archive;
  }
  setup.engine = make_curl_engine(e, setup.store.get());
  return setup;
}

}  // namespace citecheck::cli

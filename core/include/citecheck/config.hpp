#pragma once
// The settings file (citecheck.toml in the current directory, or --config): the same
// settings as the command line, plus per-host rules and plugin endpoints. Command-line
// values win over the file; the file wins over defaults.

#include <chrono>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <citecheck/http.hpp>

namespace citecheck {

/// Rules for one host (exact name, or "*.example.org" for the domain and its subdomains).
struct HostRule {
  std::string pattern;
  std::vector<Header> headers;
  double rate = 0.0;  ///< requests per second; 0 = no limit beyond concurrency
  int max_concurrency = 0;
  std::vector<int> accept;
  bool exclude = false;
};

/// What the file set. Unset values are nullopt/empty, so the CLI can layer them.
struct Config {
  std::optional<std::chrono::milliseconds> timeout;
  std::optional<std::chrono::milliseconds> connect_timeout;
  std::optional<int> max_concurrency;
  std::optional<int> max_per_host;
  std::optional<int> max_retries;
  std::optional<std::chrono::seconds> max_age;
  std::optional<std::chrono::seconds> failure_max_age;
  std::vector<std::string> include;
  std::vector<std::string> exclude;
  std::vector<int> accept;
  std::optional<std::string> user_agent;
  std::optional<std::string> proxy;
  std::optional<std::string> cacert;
  std::optional<bool> insecure;
  std::vector<std::string> connect_to;
  std::optional<std::string> cache;
  std::vector<HostRule> hosts;
  /// Plugin settings flattened: [plugins.crossref] endpoint = "..." -> "crossref.endpoint".
  std::map<std::string, std::string> plugin_settings;
  std::string source;  ///< the file it came from, for messages
};

/// Parses a settings file. Throws UsageError naming the file, line and the problem.
Config load_config(const std::filesystem::path& path);

/// Parses settings text (tests; `origin` names it in messages).
Config parse_config(const std::string& text, const std::string& origin);

/// "90", "90s", "15m", "12h", "7d", "2w" -> seconds. nullopt when malformed.
std::optional<std::chrono::seconds> parse_duration(const std::string& text);

/// True when `host` matches a HostRule pattern ("*.un.org" matches "un.org" and "www.un.org").
bool host_matches(const std::string& pattern, const std::string& host);

}  // namespace citecheck

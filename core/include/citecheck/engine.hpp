#pragma once
// The libcurl engine: options with named defaults (the CLI reuses them for its own
// defaults), the response-cache seam the SQLite store implements, and the factory.

#include <chrono>
#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <citecheck/http.hpp>

namespace citecheck {

inline constexpr int k_default_max_concurrency = 64;
inline constexpr int k_default_max_per_host = 4;
inline constexpr double k_default_per_host_rate = 0.0;  ///< requests/s; 0 = unlimited
inline constexpr std::chrono::milliseconds k_default_connect_timeout{10'000};
inline constexpr std::chrono::milliseconds k_default_timeout{30'000};
/// A body slower than this many bytes/s for `k_default_low_speed_time` ends as a timeout.
inline constexpr long k_default_low_speed_limit = 10;
inline constexpr std::chrono::seconds k_default_low_speed_time{15};
inline constexpr int k_default_max_retries = 2;
inline constexpr std::chrono::milliseconds k_default_retry_base{500};
inline constexpr std::chrono::milliseconds k_default_retry_cap{10'000};
inline constexpr std::chrono::milliseconds k_default_retry_after_cap{60'000};
inline constexpr int k_default_max_redirects = 10;
inline constexpr std::size_t k_default_max_body = std::size_t{1} << 20;
inline constexpr const char* k_default_user_agent =
    "citecheck/" CITECHECK_VERSION " (+https://github.com/citecheck/citecheck)";

/// Limits for the hosts a pattern names ("www.un.org", or "*.un.org" for the domain and its
/// subdomains); zero keeps the engine-wide value. The first matching entry wins.
struct HostLimit {
  std::string pattern;
  int max_per_host = 0;
  double rate = 0.0;  ///< request starts per second
};

/// How the engine talks to the network. Every field has a working default.
struct EngineOptions {
  int max_concurrency = k_default_max_concurrency;  ///< transfers in flight, all hosts
  int max_per_host = k_default_max_per_host;        ///< transfers in flight to one host name
  double per_host_rate = k_default_per_host_rate;   ///< request starts per second per host
  std::chrono::milliseconds connect_timeout = k_default_connect_timeout;
  std::chrono::milliseconds timeout = k_default_timeout;  ///< one attempt of one hop
  long low_speed_limit = k_default_low_speed_limit;       ///< bytes/s; 0 = no limit
  std::chrono::seconds low_speed_time = k_default_low_speed_time;
  int max_retries = k_default_max_retries;                      ///< for 429, 503 and timeouts
  std::chrono::milliseconds retry_base = k_default_retry_base;  ///< first backoff
  std::chrono::milliseconds retry_cap = k_default_retry_cap;    ///< longest backoff
  std::chrono::milliseconds retry_after_cap = k_default_retry_after_cap;  ///< longest wait
  int max_redirects = k_default_max_redirects;
  std::size_t max_body = k_default_max_body;  ///< ceiling over every request's own max_body
  std::string user_agent = k_default_user_agent;
  /// Empty: libcurl's own choice, which honours http_proxy/https_proxy/no_proxy.
  std::string proxy;
  /// curl's --connect-to entries, "HOST:PORT:CONNECT-HOST:CONNECT-PORT".
  std::vector<std::string> connect_to;
  std::string cacert;  ///< CA bundle file; empty = the system's
  bool insecure = false;
  /// Extra headers by host pattern ("api.example.org", "*.example.org"), e.g. an API key.
  std::map<std::string, std::vector<Header>> host_headers;
  std::vector<HostLimit> host_limits;
  /// Ask with HEAD first for GET requests; fall back to GET when the HEAD answer is not
  /// to be trusted. Requests whose method is "HEAD" always get that fallback.
  bool head_first = false;
};

/// Throws UsageError naming the bad field.
void validate(const EngineOptions& options);

/// Stored answers by key. The SQLite store implements it; the engine calls it from the
/// threads that call fetch()/fetch_all(), so implementations must be thread-safe.
class ResponseCache {
 public:
  virtual ~ResponseCache() = default;
  /// The value stored under `key` if it is younger than `max_age`, else nullopt.
  virtual std::optional<std::string> get(const std::string& key, std::chrono::seconds max_age) = 0;
  virtual void put(const std::string& key, const std::string& value) = 0;
};

/// The URL as a cache key: scheme and host in lower case, default port and fragment
/// dropped, query kept. Input that is not an http(s) URL comes back trimmed, unchanged.
std::string normalize_url(std::string_view url);

/// The cache key of a request: method, normalized URL and, for a POST, a digest of the body.
std::string cache_key(const HttpRequest& request);

/// An answer as the cache stores it (JSON), and back; nullopt for a damaged value.
std::string serialize_response(const HttpResponse& response);
std::optional<HttpResponse> parse_response(std::string_view text);

/// Validates the options (UsageError) and starts the engine's event-loop thread. `cache`
/// may be null; when set it must outlive the engine and is consulted for requests with
/// cache_max_age > 0.
std::unique_ptr<Engine> make_curl_engine(const EngineOptions& options,
                                         ResponseCache* cache = nullptr);

}  // namespace citecheck

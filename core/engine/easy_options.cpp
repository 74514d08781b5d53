#include "engine/easy_options.hpp"

#include <string>

#include <citecheck/errors.hpp>

namespace citecheck {
namespace {

bool valid_connect_to(const std::string& entry) {
  // HOST:PORT:CONNECT-HOST:CONNECT-PORT; IPv6 literals come in brackets and may hold ':'.
  int colons = 0;
  bool bracket = false;
  for (char c : entry) {
    if (c == '[') {
      bracket = true;
    } else if (c == ']') {
      bracket = false;
    } else if (c == ':' && !bracket) {
      ++colons;
    }
  }
  return colons == 3;
}

}  // namespace

void validate(const EngineOptions& options) {
  const auto fail = [](const std::string& what) { throw UsageError("engine options: " + what); };
  if (options.max_concurrency < 1) {
    fail("max_concurrency must be at least 1, got " + std::to_string(options.max_concurrency));
  }
  if (options.max_per_host < 1) {
    fail("max_per_host must be at least 1, got " + std::to_string(options.max_per_host));
  }
  if (!(options.per_host_rate >= 0)) {
    fail("per_host_rate must be 0 (unlimited) or positive");
  }
  if (options.connect_timeout.count() <= 0 || options.timeout.count() <= 0) {
    fail("connect_timeout and timeout must be positive");
  }
  if (options.low_speed_limit < 0 || options.low_speed_time.count() < 0) {
    fail("low_speed_limit and low_speed_time must not be negative");
  }
  if (options.max_retries < 0 || options.retry_base.count() < 0 || options.retry_cap.count() < 0 ||
      options.retry_after_cap.count() < 0) {
    fail("max_retries and the retry waits must not be negative");
  }
  if (options.max_redirects < 0) {
    fail("max_redirects must not be negative");
  }
  if (options.user_agent.find_first_of("\r\n") != std::string::npos) {
    fail("user_agent must be one line");
  }
  for (const auto& entry : options.connect_to) {
    if (!valid_connect_to(entry)) {
      fail("connect_to '" + entry + "' is not HOST:PORT:CONNECT-HOST:CONNECT-PORT");
    }
  }
  for (const HostLimit& limit : options.host_limits) {
    if (limit.pattern.empty() || limit.max_per_host < 0 || limit.rate < 0) {
      fail("host limit '" + limit.pattern + "' needs a host and limits that are not negative");
    }
  }
  for (const auto& [host, headers] : options.host_headers) {
    for (const auto& [name, value] : headers) {
      if (name.empty() || (name + value).find_first_of("\r\n") != std::string::npos) {
        fail("header for host '" + host + "' must be one 'Name: value' line");
      }
    }
  }
}

namespace engine {

void apply_engine_options(CURL* easy, const EngineOptions& options, curl_slist* connect_to) {
  curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);        // threads: no SIGALRM for DNS timeouts
  curl_easy_setopt(easy, CURLOPT_FOLLOWLOCATION, 0L);  // the engine follows, hop by hop
  // A document may cite file:// or gopher:// links; only the web is fetched.
  curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(easy, CURLOPT_ACCEPT_ENCODING, "");  // every encoding curl can decode
  curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS,
                   static_cast<long>(options.connect_timeout.count()));
  curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, static_cast<long>(options.timeout.count()));
  if (options.low_speed_limit > 0 && options.low_speed_time.count() > 0) {
    curl_easy_setopt(easy, CURLOPT_LOW_SPEED_LIMIT, options.low_speed_limit);
    curl_easy_setopt(easy, CURLOPT_LOW_SPEED_TIME,
                     static_cast<long>(options.low_speed_time.count()));
  }
  curl_easy_setopt(easy, CURLOPT_USERAGENT, options.user_agent.c_str());
  // Unset, libcurl reads http_proxy/https_proxy/all_proxy/no_proxy itself; setting it even
  // to "" would switch that off.
  if (!options.proxy.empty()) {
    curl_easy_setopt(easy, CURLOPT_PROXY, options.proxy.c_str());
  }
  if (connect_to != nullptr) {
    curl_easy_setopt(easy, CURLOPT_CONNECT_TO, connect_to);
  }
  if (!options.cacert.empty()) {
    curl_easy_setopt(easy, CURLOPT_CAINFO, options.cacert.c_str());
  }
  if (options.insecure) {
    curl_easy_setopt(easy, CURLOPT_SSL_VERIFYPEER, 0L);
    curl_easy_setopt(easy, CURLOPT_SSL_VERIFYHOST, 0L);
  }
  curl_easy_setopt(easy, CURLOPT_SUPPRESS_CONNECT_HEADERS, 1L);
}

}  // namespace engine
}  // namespace citecheck

#pragma once
// The result of checking one URL: a state an expert would agree with, and the evidence
// that decided it. The checker knows HTTP, not citations; reports join by URL.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <citecheck/http.hpp>

namespace citecheck {

/// Closed list of link states. `unknown` is only used when this machine has no network.
enum class LinkState {
  ok,
  redirected,    ///< permanent move: `moved_to` holds the new URL
  dead,          ///< 404, 410, a domain that does not exist
  soft_404,      ///< a 200 that is really "not found"
  blocked,       ///< a bot was refused (401, 403, 429, 451, 999, challenge, paywall)
  server_error,  ///< 5xx after retries
  timeout,
  unreachable,    ///< connection refused, TLS failure
  redirect_loop,  ///< a redirect loop, or more than the allowed number of hops
  invalid,        ///< not a URL
  skipped,        ///< excluded by rules, or not http(s)
  unknown,        ///< could not be checked: no network here
};

std::string_view to_string(LinkState state);
std::optional<LinkState> link_state_from_string(std::string_view name);
/// States in which the cited page is not delivered (dead, soft_404, timeout...). A permanent
/// redirect is reported for the editor to update, but the page is there: not broken. Blocked
/// and unknown are not broken either: nothing says the page is gone.
bool is_broken(LinkState state);

/// Evidence kept with each check, so a fact-checker can show what was seen and when.
struct Evidence {
  std::string method;  ///< of the deciding request
  std::vector<Header> request_headers;
  std::vector<Hop> hops;
  std::string body_sha256;  ///< of the body prefix read
  std::size_t body_bytes = 0;
  std::string title;
  double seconds = 0.0;
  int attempts = 0;
  std::string signal;  ///< what decided the state, in words ("title says 'Page not found'")
  std::string tool_version;
};

/// One checked URL.
struct LinkCheck {
  std::string url;             ///< as cited
  std::string normalized_url;  ///< cache key
  LinkState state = LinkState::unknown;
  int status = 0;
  std::string final_url;
  std::string moved_to;    ///< for `redirected`
  std::string checked_at;  ///< ISO 8601 UTC
  bool from_cache = false;
  std::string error;  ///< network error text, when there was no answer
  Evidence evidence;
};

}  // namespace citecheck

#pragma once
// Redirects, followed by the engine hop by hop so every hop is evidence: which statuses
// redirect, where to, with what method, and when a chain must stop.

#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>

#include <citecheck/http.hpp>

namespace citecheck::engine {

bool is_redirect_status(int status);

/// The method of the next hop: 303 turns everything but HEAD into GET, and so do 301/302
/// for POST, as browsers do; 307/308 keep the method (and the body).
std::string method_after_redirect(int status, const std::string& method);

/// One chain of hops: the URLs seen and how many redirects were taken.
class RedirectChain {
 public:
  explicit RedirectChain(int max_redirects) : m_max(max_redirects) {}

  /// Starts over at `url` (a new chain, e.g. GET after a refused HEAD).
  void restart(const std::string& url);
  /// Accepts a redirect to `next`: none when it may be followed, else why not. `state` is
  /// what else the client carries (its cookies): A -> B -> A is no loop when B set a cookie
  /// that changes A's answer, which is how many sites put a session in place.
  NetError follow(const std::string& next, std::string_view state = {});
  int redirects() const { return m_redirects; }

 private:
  std::unordered_set<std::string> m_seen;
  int m_max;
  int m_redirects = 0;
};

}  // namespace citecheck::engine

#include "engine/redirects.hpp"

namespace citecheck::engine {

bool is_redirect_status(int status) {
  return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

std::string method_after_redirect(int status, const std::string& method) {
  if (status == 303 && method != "HEAD") {
    return "GET";
  }
  if ((status == 301 || status == 302) && method == "POST") {
    return "GET";
  }
  return method;
}

void RedirectChain::restart(const std::string& url) {
  m_seen.clear();
  m_seen.insert(url + '\n');  // no cookies yet
  m_redirects = 0;
}

NetError RedirectChain::follow(const std::string& next, std::string_view state) {
  std::string key = next + '\n';
  key += state;
  if (m_seen.count(key) != 0) {
    return NetError::redirect_loop;
  }
  if (m_redirects >= m_max) {
    return NetError::too_many_redirects;
  }
  m_seen.insert(std::move(key));
  ++m_redirects;
  return NetError::none;
}

}  // namespace citecheck::engine

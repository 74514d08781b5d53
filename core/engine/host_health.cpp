#include "engine/host_health.hpp"

namespace citecheck::engine {

bool host_unreachable(const HttpResponse& response) {
  if (response.status != 0)
    return false;
  switch (response.error) {
    case NetError::dns:
    case NetError::no_network:
    case NetError::connect:
    case NetError::tls:
    case NetError::timeout:
      return true;
    default:
      return false;
  }
}

bool never_reached(const HttpResponse& response) {
  return response.status == 0 &&
         (response.error == NetError::dns || response.error == NetError::no_network ||
          response.error == NetError::connect);
}

void HostHealth::record(const std::string& host, const HttpResponse& response) {
  if (!host_unreachable(response)) {
    if (response.status != 0)
      m_hosts.erase(host);  // it answered: whatever failed before was passing
    return;
  }
  Record& record = m_hosts[host];
  ++record.failures;
  record.last = {response.error, response.error_text};
}

std::optional<HostDown> HostHealth::down(const std::string& host) const {
  const auto it = m_hosts.find(host);
  if (it == m_hosts.end() || it->second.failures < k_failures_to_down)
    return std::nullopt;
  HostDown down = it->second.last;
  down.text = "not sent: " + host + " failed " + std::to_string(it->second.failures) +
              " times in a row in this run (last: " + down.text + ")";
  return down;
}

}  // namespace citecheck::engine

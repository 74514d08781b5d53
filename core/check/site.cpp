#include "check/site.hpp"

#include <libpsl.h>

#include <arpa/inet.h>

#include <cctype>

#include "check/fingerprint.hpp"

namespace citecheck::check {

std::string url_host(const std::string& url) {
  std::string host = url_origin(url);
  const std::size_t scheme = host.find("://");
  if (scheme == std::string::npos) {
    return {};
  }
  host.erase(0, scheme + 3);
  if (const std::size_t at = host.rfind('@'); at != std::string::npos) {
    host.erase(0, at + 1);
  }
  // An IPv6 literal keeps its brackets, and its colons are not a port.
  const std::size_t port = host.find(':', host.starts_with('[') ? host.find(']') : 0);
  if (port != std::string::npos) {
    host.erase(port);
  }
  for (auto& c : host) {
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return host;
}

std::string without_www(const std::string& host) {
  return host.starts_with("www.") ? host.substr(4) : host;
}

bool same_site(const std::string& a, const std::string& b) {
  const std::string host = without_www(url_host(a));
  return !host.empty() && host == without_www(url_host(b));
}

std::string registrable_domain(const std::string& host) {
  if (host.empty() || host.front() == '[') {
    return host;
  }
  unsigned char address[sizeof(in_addr)];
  if (inet_pton(AF_INET, host.c_str(), address) == 1) {
    return host;  // the list would take "0.1" of 127.0.0.1 for a domain
  }
  // The list compiled into libpsl: no file to read, the same answer on every machine.
  const char* domain = psl_registrable_domain(psl_builtin(), host.c_str());
  return domain == nullptr ? host : std::string(domain);
}

bool same_owner(const std::string& a, const std::string& b) {
  const std::string domain = registrable_domain(url_host(a));
  return !domain.empty() && domain == registrable_domain(url_host(b));
}

}  // namespace citecheck::check

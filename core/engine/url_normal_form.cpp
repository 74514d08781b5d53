#include "engine/url_normal_form.hpp"

#include <array>

namespace citecheck::engine {
namespace {

/// Bytes that may stand for themselves in a normal path or query: RFC 3986's unreserved
/// characters, sub-delimiters, ':', '@', '/' and '?'. Not '%' (checked as %HH), not '#'.
constexpr std::array<bool, 256> k_plain = [] {
  std::array<bool, 256> table{};
  for (int c = 'a'; c <= 'z'; ++c)
    table[static_cast<std::size_t>(c)] = true;
  for (int c = 'A'; c <= 'Z'; ++c)
    table[static_cast<std::size_t>(c)] = true;
  for (int c = '0'; c <= '9'; ++c)
    table[static_cast<std::size_t>(c)] = true;
  for (const char c : std::string_view("-._~!$&'()*+,;=:@/?"))
    table[static_cast<unsigned char>(c)] = true;
  return table;
}();

bool is_hex(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

/// A dotted quad curl would keep as it is: four decimal parts 0-255 without leading zeros.
bool canonical_ipv4(std::string_view host) {
  int parts = 0;
  while (!host.empty()) {
    const std::size_t dot = host.find('.');
    const std::string_view part = host.substr(0, dot);
    if (part.empty() || part.size() > 3 || (part.size() > 1 && part[0] == '0')) {
      return false;
    }
    int value = 0;
    for (char c : part) {
      value = value * 10 + (c - '0');
    }
    if (value > 255 || ++parts > 4) {
      return false;
    }
    if (dot == std::string_view::npos) {
      break;
    }
    host.remove_prefix(dot + 1);
    if (host.empty()) {
      return false;
    }
  }
  return parts == 4;
}

/// A lower-case DNS name (or a canonical IPv4 address) that curl leaves alone.
bool normal_host(std::string_view host) {
  if (host.empty() || host.front() == '.' || host.back() == '.' ||
      host.find("..") != std::string_view::npos) {
    return false;
  }
  bool only_digits_and_dots = true;
  for (char c : host) {
    const bool lower = c >= 'a' && c <= 'z';
    if (!lower && !is_digit(c) && c != '-' && c != '.') {
      return false;
    }
    only_digits_and_dots = only_digits_and_dots && !lower && c != '-';
  }
  // curl rewrites numeric hosts ("127.1", "0x7f.0.0.1") to a dotted quad; hex labels are
  // left to it too.
  if (only_digits_and_dots) {
    return canonical_ipv4(host);
  }
  return host.find("0x") == std::string_view::npos;
}

/// A port curl keeps: digits without a leading zero, in range, and not the scheme's own.
bool normal_port(std::string_view port, bool https) {
  if (port.empty() || port.size() > 5 || port[0] == '0') {
    return false;
  }
  long value = 0;
  for (char c : port) {
    if (!is_digit(c)) {
      return false;
    }
    value = value * 10 + (c - '0');
  }
  return value <= 65535 && value != (https ? 443 : 80);
}

/// Path and query ("/..." up to the end): plain bytes and well-formed %HH only, no "." or
/// ".." segment in the path, which curl would resolve away, and no empty query.
bool normal_path_and_query(std::string_view rest) {
  bool in_query = false;
  std::size_t segment_start = 0;
  for (std::size_t i = 0; i < rest.size(); ++i) {
    const char c = rest[i];
    if (c == '%') {
      if (i + 2 >= rest.size() || !is_hex(rest[i + 1]) || !is_hex(rest[i + 2])) {
        return false;
      }
      i += 2;
      continue;
    }
    if (!k_plain[static_cast<unsigned char>(c)]) {
      return false;
    }
    if (in_query) {
      continue;
    }
    if (c == '/' || c == '?') {
      const std::string_view segment = rest.substr(segment_start, i - segment_start);
      if (segment == "." || segment == "..") {
        return false;
      }
      segment_start = i + 1;
      in_query = c == '?';
    }
  }
  if (rest.back() == '?') {
    return false;  // curl drops an empty query
  }
  if (!in_query) {
    const std::string_view last = rest.substr(segment_start);
    if (last == "." || last == "..") {
      return false;
    }
  }
  return true;
}

}  // namespace

bool in_normal_form(std::string_view url) {
  bool https = false;
  if (url.starts_with("http://")) {
    url.remove_prefix(7);
  } else if (url.starts_with("https://")) {
    url.remove_prefix(8);
    https = true;
  } else {
    return false;
  }
  // No path: curl adds "/". Any '@' (user info), '[' (IPv6) or odd byte in the authority
  // fails normal_host.
  const std::size_t slash = url.find('/');
  if (slash == std::string_view::npos) {
    return false;
  }
  const std::string_view authority = url.substr(0, slash);
  const std::size_t colon = authority.find(':');
  if (!normal_host(authority.substr(0, colon))) {
    return false;
  }
  if (colon != std::string_view::npos && !normal_port(authority.substr(colon + 1), https)) {
    return false;
  }
  return normal_path_and_query(url.substr(slash));
}

}  // namespace citecheck::engine

#include "archive_urls.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace citecheck::plugins::archive {
namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

bool starts_with_nocase(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() && lower(text.substr(0, prefix.size())) == prefix;
}

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

/// archive.today's mirrors; their short-id URLs carry nothing, their dated ones do.
constexpr std::array<std::string_view, 7> k_archive_today_hosts = {
    "archive.today", "archive.ph", "archive.is", "archive.li",
    "archive.vn",    "archive.fo", "archive.md"};

struct UrlParts {
  std::string scheme;  ///< lower case
  std::string host;    ///< lower case, no port
  std::string port;
  std::string rest;  ///< path, query and fragment ("/" at least)
};

std::optional<UrlParts> split_url(std::string_view url) {
  const auto colon = url.find("://");
  if (colon == std::string_view::npos) {
    return std::nullopt;
  }
  UrlParts parts;
  parts.scheme = lower(url.substr(0, colon));
  if (parts.scheme != "http" && parts.scheme != "https") {
    return std::nullopt;
  }
  std::string_view after = url.substr(colon + 3);
  const auto end = after.find_first_of("/?#");
  std::string_view authority = after.substr(0, end);
  parts.rest = end == std::string_view::npos ? "/" : std::string(after.substr(end));
  if (!parts.rest.empty() && parts.rest.front() != '/') {
    parts.rest.insert(parts.rest.begin(), '/');
  }
  if (const auto at = authority.rfind('@'); at != std::string_view::npos) {
    authority.remove_prefix(at + 1);
  }
  std::string_view host = authority;
  if (!host.empty() && host.front() == '[') {
    const auto close = host.find(']');
    if (close != std::string_view::npos && close + 1 < host.size() && host[close + 1] == ':') {
      parts.port = std::string(host.substr(close + 2));
      host = host.substr(0, close + 1);
    }
  } else if (const auto port = host.rfind(':'); port != std::string_view::npos) {
    parts.port = std::string(host.substr(port + 1));
    host = host.substr(0, port);
  }
  parts.host = lower(host);
  if (parts.host.empty()) {
    return std::nullopt;
  }
  return parts;
}

/// "http:/example.org" (one slash eaten by some tools and archives) -> "http://example.org";
/// a percent-encoded original is decoded once.
std::string repair_original(std::string_view text) {
  std::string out(text);
  if (starts_with_nocase(out, "http%3a") || starts_with_nocase(out, "https%3a")) {
    std::string decoded;
    for (std::size_t i = 0; i < out.size(); ++i) {
      if (out[i] == '%' && i + 2 < out.size() &&
          std::isxdigit(static_cast<unsigned char>(out[i + 1])) &&
          std::isxdigit(static_cast<unsigned char>(out[i + 2]))) {
        decoded += static_cast<char>(std::stoi(out.substr(i + 1, 2), nullptr, 16));
        i += 2;
      } else {
        decoded += out[i];
      }
    }
    out = decoded;
  }
  for (std::string_view scheme : {"https:", "http:"}) {
    if (starts_with_nocase(out, scheme)) {
      std::size_t slashes = 0;
      while (scheme.size() + slashes < out.size() && out[scheme.size() + slashes] == '/') {
        ++slashes;
      }
      if (slashes == 1) {
        out.insert(scheme.size(), "/");
      }
      break;
    }
  }
  return out;
}

/// A Wayback path segment: 4-14 digits, then an optional replay modifier ("id_", "if_").
std::optional<std::string> wayback_stamp(std::string_view segment) {
  std::size_t digits = 0;
  while (digits < segment.size() && is_digit(segment[digits])) {
    ++digits;
  }
  if (digits < 4 || digits > 14) {
    return std::nullopt;
  }
  const std::string_view modifier = segment.substr(digits);
  const bool modifier_ok =
      modifier.empty() ||
      (modifier.size() == 3 && std::islower(static_cast<unsigned char>(modifier[0])) &&
       std::islower(static_cast<unsigned char>(modifier[1])) && modifier[2] == '_');
  if (!modifier_ok) {
    return std::nullopt;
  }
  return std::string(segment.substr(0, digits));
}

/// archive.today's "2019.01.01-123456" -> "20190101123456".
std::optional<std::string> dotted_stamp(std::string_view segment) {
  if (segment.size() != 17 || segment[4] != '.' || segment[7] != '.' || segment[10] != '-') {
    return std::nullopt;
  }
  std::string digits;
  for (char c : segment) {
    if (is_digit(c)) {
      digits += c;
    } else if (c != '.' && c != '-') {
      return std::nullopt;
    }
  }
  return digits.size() == 14 ? std::optional(digits) : std::nullopt;
}

bool looks_like_bare_host(std::string_view text) {
  const auto end = text.find_first_of("/?#");
  const std::string_view host = text.substr(0, end);
  return host.find('.') != std::string_view::npos && host.find(' ') == std::string_view::npos &&
         !host.empty() && host.front() != '.';
}

std::string strip_www(std::string host) {
  if (host.rfind("www.", 0) == 0) {
    host.erase(0, 4);
  }
  return host;
}

}  // namespace

std::optional<ArchiveUrl> parse_archive_url(std::string_view url) {
  const auto parts = split_url(url);
  if (!parts) {
    return std::nullopt;
  }
  const bool archive_today = std::find(k_archive_today_hosts.begin(), k_archive_today_hosts.end(),
                                       parts->host) != k_archive_today_hosts.end();
  // Walk the path segments; the capture time is the first segment that parses as one and
  // is followed by an absolute URL (or, after Wayback's "/web/", a bare host name).
  const std::string& rest = parts->rest;
  std::size_t at = 1;
  std::string previous;
  while (at < rest.size()) {
    const auto slash = rest.find('/', at);
    if (slash == std::string::npos) {
      break;
    }
    const std::string_view segment = std::string_view(rest).substr(at, slash - at);
    if (segment.find_first_of("?#") != std::string_view::npos) {
      break;
    }
    std::optional<std::string> stamp = wayback_stamp(segment);
    if (!stamp && archive_today) {
      stamp = dotted_stamp(segment);
    }
    const std::string_view remainder = std::string_view(rest).substr(slash + 1);
    if (stamp) {
      const bool absolute =
          starts_with_nocase(remainder, "http:/") || starts_with_nocase(remainder, "https:/") ||
          starts_with_nocase(remainder, "http%3a") || starts_with_nocase(remainder, "https%3a");
      const bool bare = (previous == "web" || archive_today) && looks_like_bare_host(remainder);
      const auto time = parse_wayback_timestamp(*stamp);
      if ((absolute || bare) && time && *time > Seconds{} + std::chrono::days{365 * 21}) {
        ArchiveUrl out;
        out.original = absolute ? repair_original(remainder) : "http://" + std::string(remainder);
        out.timestamp = std::string(segment.substr(
            0, segment.find('_') == std::string_view::npos ? segment.size() : segment.size() - 3));
        out.time = *time;
        out.archive = parts->host;
        return out;
      }
    }
    previous = std::string(segment);
    at = slash + 1;
  }
  return std::nullopt;
}

std::string replay_url(std::string_view base, std::string_view timestamp,
                       std::string_view original) {
  std::string out(base);
  if (out.empty() || out.back() != '/') {
    out += '/';
  }
  out += timestamp;
  out += '/';
  out += original;
  return out;
}

std::string host_of(std::string_view url) {
  const auto parts = split_url(url);
  return parts ? parts->host : std::string();
}

bool is_http_url(std::string_view url) {
  return starts_with_nocase(url, "http://") || starts_with_nocase(url, "https://");
}

bool same_resource(std::string_view a, std::string_view b) {
  const auto pa = split_url(a);
  const auto pb = split_url(b);
  if (!pa || !pb) {
    return lower(a) == lower(b);
  }
  const auto tail = [](std::string rest) {
    if (const auto hash = rest.find('#'); hash != std::string::npos) {
      rest.erase(hash);
    }
    while (rest.size() > 1 && rest.back() == '/') {
      rest.pop_back();
    }
    if (rest == "/") {
      rest.clear();
    }
    return rest;
  };
  return strip_www(pa->host) == strip_www(pb->host) && tail(pa->rest) == tail(pb->rest);
}

bool is_home_page(std::string_view url) {
  const auto parts = split_url(url);
  if (!parts) {
    return false;
  }
  std::string_view rest = parts->rest;
  if (const auto hash = rest.find('#'); hash != std::string_view::npos) {
    rest = rest.substr(0, hash);
  }
  return rest.empty() || rest == "/";
}

std::string replay_base_for(std::string_view cdx_endpoint) {
  const auto parts = split_url(cdx_endpoint);
  if (!parts) {
    return "https://web.archive.org/web/";
  }
  const std::string_view rest = parts->rest;
  // A CDX server mounted below a path ("/wayback/cdx") serves its replay beside it.
  std::string prefix;
  if (const auto cdx = rest.find("/cdx"); cdx != std::string_view::npos) {
    prefix = std::string(rest.substr(0, cdx));
  }
  std::string out = parts->scheme + "://" + parts->host;
  if (!parts->port.empty()) {
    out += ":" + parts->port;
  }
  return out + prefix + "/web/";
}

}  // namespace citecheck::plugins::archive

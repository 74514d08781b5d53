#include "url_parts.hpp"

#include <algorithm>
#include "common/ascii.hpp"

namespace citecheck::plugins::news {

namespace {

char lower(char c) {
  return ascii::to_lower(c);
}

bool starts_with_ci(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() &&
         std::equal(prefix.begin(), prefix.end(), text.begin(),
                    [](char a, char b) { return lower(a) == lower(b); });
}

bool is_host_char(char c) {
  return ascii::is_alnum(c) || c == '-' || c == '.' ||
         static_cast<unsigned char>(c) >= 0x80;  // internationalised names as printed
}

}  // namespace

UrlParts split_url(std::string_view url) {
  UrlParts parts;
  std::string_view rest = url;
  if (const auto scheme = rest.find("://"); scheme != std::string_view::npos && scheme < 10) {
    rest.remove_prefix(scheme + 3);
  } else if (!starts_with_ci(rest, "www.")) {
    return parts;  // no scheme and no "www.": not a URL we can read a host from
  }
  const auto host_end = ascii::find_first_of(rest, "/?#");
  std::string_view authority = rest.substr(0, host_end);
  if (const auto at = authority.rfind('@'); at != std::string_view::npos) {
    authority.remove_prefix(at + 1);
  }
  if (const auto colon = authority.find(':'); colon != std::string_view::npos) {
    authority = authority.substr(0, colon);
  }
  while (!authority.empty() && authority.back() == '.') {
    authority.remove_suffix(1);  // "reuters.com." is the same host
  }
  if (authority.empty() || authority.find('.') == std::string_view::npos ||
      !std::all_of(authority.begin(), authority.end(), is_host_char)) {
    return parts;
  }
  // Copied whole, then folded in place: a push_back per byte cost more than the rest.
  parts.host = ascii::lower(authority);
  for (std::string_view prefix : {"www.", "www1.", "www2.", "www3."}) {
    if (parts.host.starts_with(prefix) && parts.host.size() > prefix.size() + 3) {
      parts.host.erase(0, prefix.size());
      break;
    }
  }
  if (host_end != std::string_view::npos && rest[host_end] == '/') {
    std::string_view path = rest.substr(host_end);
    path = path.substr(0, ascii::find_first_of(path, "?#"));
    parts.path = ascii::lower(path);
  }
  return parts;
}

std::vector<std::string> find_urls(std::string_view text) {
  // Next occurrence of each start ("http://" or "https://", found by one search for
  // "http"; "www."), found once and moved on only when passed: linear in text.
  std::size_t next[2];
  auto advance = [&](std::size_t k, std::size_t from) {
    std::size_t hit = text.find(k == 0 ? "http" : "www.", from);
    while (hit != std::string_view::npos) {
      const std::string_view rest = text.substr(hit + 4);
      const bool start = k == 0 ? rest.starts_with("://") || rest.starts_with("s://")
                                // "www." inside a longer word ("awww.") is not a start
                                : hit == 0 || !ascii::is_alnum(text[hit - 1]);
      if (start) {
        break;
      }
      hit = text.find(k == 0 ? "http" : "www.", hit + 1);
    }
    next[k] = hit;
  };
  for (std::size_t k = 0; k < 2; ++k) {
    advance(k, 0);
  }
  std::vector<std::string> urls;
  std::size_t pos = 0;
  while (true) {
    for (std::size_t k = 0; k < 2; ++k) {
      if (next[k] != std::string_view::npos && next[k] < pos) {
        advance(k, pos);
      }
    }
    const std::size_t best = *std::min_element(std::begin(next), std::end(next));
    if (best == std::string_view::npos) {
      break;
    }
    auto end = ascii::find_first_of(text, " \t\n\r]|<>\"", best);
    if (end == std::string_view::npos) {
      end = text.size();
    }
    std::string_view url = text.substr(best, end - best);
    while (!url.empty() && std::string_view(".,;:)'").find(url.back()) != std::string_view::npos) {
      url.remove_suffix(1);
    }
    if (!url.empty()) {
      urls.emplace_back(url);
    }
    pos = std::max(end, best + 1);
  }
  return urls;
}

bool host_in_domain(std::string_view host, std::string_view domain) {
  if (host.size() == domain.size()) {
    return host == domain;
  }
  return host.size() > domain.size() && host.ends_with(domain) &&
         host[host.size() - domain.size() - 1] == '.';
}

}  // namespace citecheck::plugins::news

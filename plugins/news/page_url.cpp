#include "page_url.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

namespace citecheck::plugins::news {

namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](char c) {
    return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  });
  return out;
}

std::string trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) {
    return {};
  }
  return std::string(text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1));
}

/// RFC 3986 §5.2.4.
std::string remove_dot_segments(std::string_view path) {
  std::vector<std::string_view> segments;
  std::size_t at = 1;  // paths here start with '/'
  while (at <= path.size()) {
    std::size_t end = path.find('/', at);
    if (end == std::string_view::npos) {
      end = path.size();
    }
    const std::string_view segment = path.substr(at, end - at);
    const bool last = end == path.size();
    if (segment == "..") {
      if (!segments.empty()) {
        segments.pop_back();
      }
      if (last) {
        segments.emplace_back();
      }
    } else if (segment == ".") {
      if (last) {
        segments.emplace_back();
      }
    } else {
      segments.push_back(segment);
    }
    at = end + 1;
  }
  std::string out;
  for (const std::string_view segment : segments) {
    out += '/';
    out += segment;
  }
  return out.empty() ? "/" : out;
}

std::string assemble(const WebUrl& url) {
  std::string out = url.scheme + "://" + url.host;
  if (!url.port.empty()) {
    out += ':' + url.port;
  }
  out += url.path;
  if (!url.query.empty()) {
    out += '?' + url.query;
  }
  return out;
}

constexpr std::array<std::string_view, 22> k_login_segments = {
    "login",      "log-in",       "signin",         "sign-in",    "sign_in",   "logon",
    "subscribe",  "subscription", "subscriptions",  "paywall",    "register",  "registration",
    "auth",       "sso",          "account",        "accounts",   "connexion", "abonnement",
    "abonnieren", "anmelden",     "iniciar-sesion", "suscripcion"};

}  // namespace

WebUrl parse_web_url(std::string_view text) {
  WebUrl url;
  const std::string trimmed = trim(text);
  std::string_view rest = trimmed;
  const auto colon = rest.find("://");
  if (colon == std::string_view::npos) {
    return url;
  }
  const std::string scheme = lower(rest.substr(0, colon));
  if (scheme != "http" && scheme != "https") {
    return url;
  }
  rest.remove_prefix(colon + 3);
  if (const auto hash = rest.find('#'); hash != std::string_view::npos) {
    rest = rest.substr(0, hash);
  }
  const auto authority_end = rest.find_first_of("/?");
  std::string_view authority = rest.substr(0, authority_end);
  rest = authority_end == std::string_view::npos ? std::string_view() : rest.substr(authority_end);
  if (const auto at = authority.rfind('@'); at != std::string_view::npos) {
    authority.remove_prefix(at + 1);
  }
  std::string_view port;
  if (const auto port_at = authority.rfind(':');
      port_at != std::string_view::npos && authority.find(']', port_at) == std::string_view::npos) {
    port = authority.substr(port_at + 1);
    authority = authority.substr(0, port_at);
  }
  if (authority.empty()) {
    return url;
  }
  url.scheme = scheme;
  url.host = lower(authority);
  while (!url.host.empty() && url.host.back() == '.') {
    url.host.pop_back();
  }
  if (!((scheme == "http" && port == "80") || (scheme == "https" && port == "443"))) {
    url.port = std::string(port);
  }
  const auto query = rest.find('?');
  url.path = std::string(rest.substr(0, query));
  if (url.path.empty()) {
    url.path = "/";
  }
  if (query != std::string_view::npos) {
    url.query = std::string(rest.substr(query + 1));
  }
  return url;
}

std::string join_url(std::string_view base_text, std::string_view reference_text) {
  const std::string reference = trim(reference_text);
  if (const WebUrl absolute = parse_web_url(reference); !absolute.scheme.empty()) {
    WebUrl out = absolute;
    out.path = remove_dot_segments(out.path);
    return assemble(out);
  }
  const WebUrl base = parse_web_url(base_text);
  if (base.scheme.empty()) {
    return {};
  }
  if (reference.starts_with("//")) {
    return join_url(base_text, base.scheme + ":" + reference);
  }
  if (reference.find("://") != std::string::npos || reference.starts_with("mailto:") ||
      reference.starts_with("javascript:")) {
    return {};
  }
  WebUrl out = base;
  std::string_view rest = reference;
  if (const auto hash = rest.find('#'); hash != std::string_view::npos) {
    rest = rest.substr(0, hash);
  }
  if (rest.empty()) {
    return assemble(base);
  }
  const auto query = rest.find('?');
  const std::string_view path = rest.substr(0, query);
  out.query = query == std::string_view::npos ? std::string() : std::string(rest.substr(query + 1));
  if (path.empty()) {
    out.path = base.path;
    if (query == std::string_view::npos) {
      out.query = base.query;
    }
  } else if (path.front() == '/') {
    out.path = remove_dot_segments(path);
  } else {
    const std::string directory = base.path.substr(0, base.path.rfind('/') + 1);
    out.path = remove_dot_segments(directory + std::string(path));
  }
  return assemble(out);
}

std::string page_key(std::string_view text) {
  const WebUrl url = parse_web_url(text);
  return url.scheme.empty() ? trim(text) : assemble(url);
}

bool is_login_path(std::string_view path) {
  std::size_t at = 0;
  while (at < path.size()) {
    std::size_t end = path.find('/', at);
    if (end == std::string_view::npos) {
      end = path.size();
    }
    std::string segment = lower(path.substr(at, end - at));
    // "login.aspx", "signin.html": the form's own name counts without its extension.
    if (const auto dot = segment.find('.'); dot != std::string::npos) {
      segment.erase(dot);
    }
    if (std::find(k_login_segments.begin(), k_login_segments.end(), segment) !=
        k_login_segments.end()) {
      return true;
    }
    at = end + 1;
  }
  return false;
}

bool is_home_path(std::string_view path) {
  std::string folded = lower(path);
  for (const std::string_view index :
       {"index.html", "index.htm", "index.php", "index.asp", "index.aspx", "default.aspx"}) {
    if (folded.ends_with(index)) {
      folded.erase(folded.size() - index.size());
      break;
    }
  }
  while (!folded.empty() && folded.back() == '/') {
    folded.pop_back();
  }
  // "/", "/en", "/fr-fr": a language root is a front page too.
  if (folded.empty()) {
    return true;
  }
  const std::string_view code = std::string_view(folded).substr(1);
  const auto letters = [](std::string_view text) {
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; });
  };
  return (code.size() == 2 && letters(code)) ||
         (code.size() == 5 && (code[2] == '-' || code[2] == '_') && letters(code.substr(0, 2)) &&
          letters(code.substr(3)));
}

}  // namespace citecheck::plugins::news

#pragma once
// The URLs around a fetched page: where a relative canonical link points, the key a page
// is cached under, and what a redirect's target says about it (a login form, the home page).

#include <string>
#include <string_view>

namespace citecheck::plugins::news {

/// An http(s) URL in parts; all empty when `url` is not one.
struct WebUrl {
  std::string scheme;  ///< lower case
  std::string host;    ///< lower case, no port
  std::string port;    ///< as written; empty for the default
  std::string path;    ///< "/" at least
  std::string query;   ///< without '?'
};

WebUrl parse_web_url(std::string_view url);

/// `reference` resolved against `base` (RFC 3986 §5.2, dot segments included): absolute,
/// scheme-relative ("//host/p"), rooted ("/p"), relative ("p", "../p") or query-only.
/// Empty when neither gives an http(s) URL.
std::string join_url(std::string_view base, std::string_view reference);

/// The key a page's metadata is cached under: scheme and host lower-cased, default port and
/// fragment dropped, query kept (it names the page: story.asp?NewsID=49740).
std::string page_key(std::string_view url);

/// True when the path is a login, sign-in or subscription form ("/login", "/account/signin",
/// "/subscribe", "/paywall"): where walls send readers.
bool is_login_path(std::string_view path);

/// True when the path is a site's front page ("/", "/en/", "/index.html").
bool is_home_path(std::string_view path);

}  // namespace citecheck::plugins::news

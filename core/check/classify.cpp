#include "check/classify.hpp"

#include <algorithm>
#include <cctype>

#include <citecheck/config.hpp>

#include "check/parked.hpp"
#include "check/phrases.hpp"
#include "check/site.hpp"
#include "check/url_rules.hpp"

namespace citecheck::check {
namespace {

bool is_accepted(int status, const CheckRules& rules, const std::string& url) {
  const auto has = [status](const std::vector<int>& list) {
    return std::find(list.begin(), list.end(), status) != list.end();
  };
  if (has(rules.accept)) {
    return true;
  }
  if (rules.host_accept.empty()) {
    return false;
  }
  std::string host = url_origin(url);
  host = host.substr(std::min(host.size(), host.find("://") + 3));
  host = host.substr(0, host.find(':'));
  return std::any_of(rules.host_accept.begin(), rules.host_accept.end(), [&](const auto& entry) {
    return host_matches(entry.first, host) && has(entry.second);
  });
}

// Titles that *are* an error message are short; a long title that merely contains "not
// found" is usually an article about something not found.
constexpr std::size_t k_max_error_title = 90;

bool is_home_path(const std::string& path) {
  if (path == "/" || path.empty()) {
    return true;
  }
  static constexpr std::array<std::string_view, 8> k_homes{
      "/index.html", "/index.htm",    "/index.php",   "/home",
      "/home/",      "/default.aspx", "/index.shtml", "/welcome"};
  if (std::find(k_homes.begin(), k_homes.end(), path) != k_homes.end()) {
    return true;
  }
  // Language roots: "/en", "/en/", "/fr-fr/", "/pt_BR/" for the languages sites localise into.
  std::string_view p = path;
  p.remove_prefix(1);
  if (!p.empty() && p.back() == '/') {
    p.remove_suffix(1);
  }
  if (p.size() == 5 && (p[2] == '-' || p[2] == '_')) {
    p = p.substr(0, 2);
  }
  static constexpr std::array<std::string_view, 40> k_languages{
      "ar", "bg", "bn", "ca", "cs", "da", "de", "el", "en", "es", "et", "fa", "fi", "fr",
      "he", "hi", "hr", "hu", "id", "it", "ja", "ko", "lt", "lv", "ms", "nl", "no", "pl",
      "pt", "ro", "ru", "sk", "sl", "sr", "sv", "sw", "th", "tr", "uk", "zh"};
  std::string lower(p);
  for (auto& c : lower) {
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return std::find(k_languages.begin(), k_languages.end(), lower) != k_languages.end();
}

bool is_deep_path(const std::string& path) {
  return !is_home_path(path);
}

// `landed` is a section above `asked` ("/news/2014/story.html" -> "/news/"): the page is
// gone and the site shows its section instead. Dropping only an index file name
// ("/a/index.html" -> "/a/") lands on the same page.
bool is_section_above(const std::string& asked, const std::string& landed) {
  if (landed.empty() || landed == "/" || asked.size() <= landed.size() ||
      asked.compare(0, landed.size(), landed) != 0) {
    return false;
  }
  std::string_view rest = std::string_view(asked).substr(landed.size());
  if (landed.back() != '/') {
    if (rest.front() != '/') {
      return false;  // "/news" above "/newsroom/x" is no section of it
    }
    rest.remove_prefix(1);
  }
  while (!rest.empty() && rest.back() == '/') {
    rest.remove_suffix(1);
  }
  if (rest.empty()) {
    return false;
  }
  static constexpr auto k_index_files =
      std::to_array<std::string_view>({"index.html", "index.htm", "index.php", "index.shtml",
                                       "default.aspx", "default.asp", "index.jsp"});
  return std::find(k_index_files.begin(), k_index_files.end(), rest) == k_index_files.end();
}

bool permanent_move(const HttpResponse& response) {
  return std::any_of(response.hops.begin(), response.hops.end(),
                     [](const Hop& hop) { return hop.status == 301 || hop.status == 308; });
}

Verdict soft_404_or_blocked(const HttpResponse& response, const PageSignals& page,
                            const HostFingerprint* fingerprint) {
  const std::string asked = url_path(response.url);
  const std::string final_url = response.final_url.empty() ? response.url : response.final_url;
  const std::string landed = url_path(final_url);
  const bool moved = landed != asked || url_origin(final_url) != url_origin(response.url);

  if (auto hit = find_any(page.title, k_challenge_phrases); !hit.empty()) {
    return {LinkState::blocked, "challenge page: title says '" + page.raw_title + "'", {}};
  }
  // Challenge markup sits in attributes and scripts, so look at the raw prefix; these
  // class and script names are written in lower case by the services that emit them.
  const std::string_view head = std::string_view(response.body).substr(0, 64 * 1024);
  if (auto hit = find_any(head, k_challenge_markup); !hit.empty()) {
    return {LinkState::blocked,
            "CAPTCHA or bot challenge in the page ('" + std::string(hit) + "')",
            {}};
  }
  if (auto why = parked_domain(response, page)) {
    return {LinkState::soft_404, *why, {}};
  }
  const std::string landed_lower = ascii_lower(landed);
  const std::string final_lower = ascii_lower(final_url);
  if (moved) {
    if (auto hit = find_any(landed_lower, k_login_path_parts);
        !hit.empty() && ascii_lower(asked).find(hit) == std::string::npos) {
      return {LinkState::blocked, "login or subscription wall: redirected to " + landed, {}};
    }
    // consent.example.com/..., /v2/collectConsent?...: the query counts, as walls carry
    // the page asked for there.
    if (const std::string wall = url_host(final_url);
        wall.starts_with("consent.") && !url_host(response.url).starts_with("consent.")) {
      return {LinkState::blocked, "cookie-consent wall: redirected to " + wall, {}};
    }
    if (auto hit = find_any(final_lower, k_consent_url_parts);
        !hit.empty() && ascii_lower(response.url).find(hit) == std::string::npos) {
      return {LinkState::blocked, "cookie-consent wall: redirected to " + landed, {}};
    }
  }
  if (page.title.size() <= k_max_error_title) {
    if (auto hit = find_any(page.title, k_not_found_phrases); !hit.empty()) {
      return {LinkState::soft_404, "title says '" + page.raw_title + "'", {}};
    }
  }
  if (page.heading.size() <= k_max_error_title) {
    if (auto hit = find_any(page.heading, k_not_found_phrases); !hit.empty()) {
      return {LinkState::soft_404, "main heading says '" + page.heading + "'", {}};
    }
  }
  // The owner's home page on another of its hosts counts: www.un.org/... -> press.un.org/en.
  if (moved && is_deep_path(asked) && is_home_path(landed) && same_owner(final_url, response.url)) {
    return {
        LinkState::soft_404, "deep URL redirected to the site's home page (" + landed + ")", {}};
  }
  if (moved && same_site(final_url, response.url) && is_section_above(asked, landed)) {
    return {LinkState::soft_404, "deep URL redirected to a section above it (" + landed + ")", {}};
  }
  if (moved && page.html && looks_like_file(response.url)) {
    // A cited file that now ends on a web page that does not even name it is gone; a
    // viewer or download page that carries its name is not judged here.
    const std::string name = asked.substr(asked.rfind('/') + 1);
    if (final_lower.find(ascii_lower(name)) == std::string::npos) {
      return {LinkState::soft_404,
              "the cited file (" + name + ") redirected to a web page (" + landed + ")",
              {}};
    }
  }
  if (moved) {
    if (auto hit = find_any(landed_lower, k_error_path_parts);
        !hit.empty() && ascii_lower(asked).find(hit) == std::string::npos) {
      return {LinkState::soft_404, "redirected to a generic error page (" + landed + ")", {}};
    }
  }
  if (page.title.size() <= k_max_error_title && moved) {
    if (auto hit = find_any(page.title, k_login_title_phrases); !hit.empty()) {
      return {LinkState::blocked,
              "login wall: redirected to a page titled '" + page.raw_title + "'",
              {}};
    }
  }
  if (fingerprint != nullptr) {
    if (auto why = matches_fingerprint(response, page, *fingerprint)) {
      return {LinkState::soft_404, *why, {}};
    }
  }
  return {LinkState::unknown, {}, {}};
}

}  // namespace

Verdict classify_error(const HttpResponse& response) {
  const std::string why = response.error_text.empty() ? "no answer" : response.error_text;
  switch (response.error) {
    case NetError::none:
      return {LinkState::unknown, "no error and no status", {}};
    case NetError::invalid_url:
      return {LinkState::invalid, why, {}};
    case NetError::dns:
      return {LinkState::dead, "host name does not resolve: " + why, {}};
    case NetError::no_network:
      return {LinkState::unknown, "no network: " + why, {}};
    case NetError::connect:
    case NetError::tls:
    case NetError::protocol:
    case NetError::other:
    case NetError::too_large:
      return {LinkState::unreachable, why, {}};
    case NetError::timeout:
      return {LinkState::timeout, why, {}};
    case NetError::too_many_redirects:
    case NetError::redirect_loop:
      return {LinkState::redirect_loop, why, {}};
  }
  return {LinkState::unreachable, why, {}};
}

Verdict classify(const HttpResponse& response, const PageSignals& page, const CheckRules& rules,
                 const HostFingerprint* fingerprint) {
  if (response.status == 0) {
    return classify_error(response);
  }
  const int status = response.status;
  const std::string code = std::to_string(status);
  if (is_accepted(status, rules, response.url)) {
    return {LinkState::ok, "status " + code + " accepted by the rules", {}};
  }
  if (ascii_lower(response.header("cf-mitigated")) == "challenge") {
    return {LinkState::blocked, "Cloudflare challenge (cf-mitigated: challenge)", {}};
  }
  // AWS WAF answers its challenges with 202 or 405 and says so in a header.
  if (const std::string waf = ascii_lower(response.header("x-amzn-waf-action"));
      waf == "challenge" || waf == "captcha") {
    return {LinkState::blocked, "AWS WAF " + waf + " (x-amzn-waf-action)", {}};
  }
  switch (status) {
    case 404:
      return {LinkState::dead, "404 Not Found", {}};
    case 410:
      return {LinkState::dead, "410 Gone", {}};
    case 401:
    case 403:
    case 407:
    case 429:
    case 451:
    case 999:
      return {
          LinkState::blocked, code + ": the site refused this client; the page may be fine", {}};
    default:
      break;
  }
  if (status >= 500) {
    const Verdict challenge = soft_404_or_blocked(response, page, nullptr);
    if (challenge.state == LinkState::blocked) {
      return challenge;
    }
    return {LinkState::server_error,
            code + " server error after " + std::to_string(response.attempts) + " attempt(s)",
            {}};
  }
  if (status >= 400) {
    // 400, 405, 406 ... to a plain GET from a link checker are refusals of the client more
    // often than statements about the page. Never call them dead.
    return {LinkState::blocked, code + ": the site refused the request; the page may be fine", {}};
  }
  if (status >= 300) {
    return {LinkState::ok, code + " without a usable Location", {}};
  }
  if (status < 200) {
    return {LinkState::unreachable, "unexpected status " + code, {}};
  }
  // A page asked for in full and sent as nothing is not the page cited (HEAD answers, 204
  // and 205 have no body by definition).
  if (response.method == "GET" && response.body.empty() && !response.body_truncated &&
      status != 204 && status != 205) {
    return {LinkState::soft_404, code + " with an empty body", {}};
  }
  if (Verdict v = soft_404_or_blocked(response, page, fingerprint); v.state != LinkState::unknown) {
    return v;
  }
  const std::string final_url = response.final_url.empty() ? response.url : response.final_url;
  if (permanent_move(response) && final_url != response.url) {
    return {LinkState::redirected, "moved permanently to " + final_url, final_url};
  }
  return {LinkState::ok, code, {}};
}

}  // namespace citecheck::check

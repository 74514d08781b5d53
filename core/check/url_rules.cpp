#include "check/url_rules.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include <citecheck/engine.hpp>
#include <citecheck/errors.hpp>

#include "check/fingerprint.hpp"
#include "check/page.hpp"

namespace citecheck::check {
namespace {

std::vector<std::pair<std::string, std::regex>> compile(const std::vector<std::string>& patterns,
                                                        const char* option) {
  std::vector<std::pair<std::string, std::regex>> out;
  for (const auto& pattern : patterns) {
    try {
      out.emplace_back(pattern, std::regex(pattern, std::regex::ECMAScript | std::regex::optimize));
    } catch (const std::regex_error& e) {
      throw UsageError(std::string(option) + " '" + pattern +
                       "' is not a valid regular expression: " + e.what());
    }
  }
  return out;
}

}  // namespace

UrlRules::UrlRules(const CheckRules& rules)
    : m_include(compile(rules.include, "--include")),
      m_exclude(compile(rules.exclude, "--exclude")) {}

std::optional<std::string> UrlRules::skip_reason(const std::string& url) const {
  for (const auto& [text, re] : m_exclude) {
    if (std::regex_search(url, re)) {
      return "excluded by --exclude '" + text + "'";
    }
  }
  if (!m_include.empty() && std::none_of(m_include.begin(), m_include.end(), [&](const auto& p) {
        return std::regex_search(url, p.second);
      })) {
    return "not matched by any --include pattern";
  }
  return std::nullopt;
}

std::optional<std::string> unfetchable_reason(const std::string& url, bool& invalid) {
  invalid = false;
  const std::size_t colon = url.find(':');
  const std::string scheme = colon == std::string::npos ? "" : ascii_lower(url.substr(0, colon));
  const bool scheme_ok = !scheme.empty() && std::all_of(scheme.begin(), scheme.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.';
  });
  if (!scheme_ok) {
    invalid = true;
    return "not a URL (no scheme)";
  }
  if (scheme != "http" && scheme != "https") {
    return scheme + ": links are reported, not fetched";
  }
  if (url.compare(colon, 3, "://") != 0) {
    invalid = true;
    return "not a URL (no '//' after the scheme)";
  }
  const std::string origin = url_origin(url);
  const std::string host = origin.size() > colon + 3 ? origin.substr(colon + 3) : "";
  if (host.empty() || host.find_first_of(" \t<>\"{}|\\^`") != std::string::npos) {
    invalid = true;
    return "not a URL (no valid host)";
  }
  if (url.find_first_of(" \t\r\n") != std::string::npos) {
    invalid = true;
    return "not a URL (contains white space)";
  }
  return std::nullopt;
}

bool looks_like_file(const std::string& url) {
  static constexpr std::array<std::string_view, 20> k_file_extensions{
      ".pdf", ".doc",  ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".zip",  ".gz",  ".tgz",
      ".jpg", ".jpeg", ".png",  ".gif", ".mp3",  ".mp4", ".csv",  ".epub", ".odt", ".rtf"};
  const std::string path = ascii_lower(url_path(url));
  return std::any_of(k_file_extensions.begin(), k_file_extensions.end(),
                     [&](std::string_view ext) { return path.ends_with(ext); });
}

}  // namespace citecheck::check

namespace citecheck {

std::string check_key(const std::string& url, const std::string& fetch) {
  return fetch.empty() ? url : normalize_url(fetch);
}

std::string check_key(const std::string& url) {
  return check_key(url, fetchable_url(url));
}

void validate(const CheckRules& rules) {
  (void)check::UrlRules(rules);
}

std::string fetchable_url(const std::string& url) {
  std::string u = url;
  while (!u.empty() && std::isspace(static_cast<unsigned char>(u.back()))) {
    u.pop_back();
  }
  std::size_t start = 0;
  while (start < u.size() && std::isspace(static_cast<unsigned char>(u[start]))) {
    ++start;
  }
  u.erase(0, start);
  if (u.empty()) {
    return {};
  }
  const std::string lower = check::ascii_lower(u.substr(0, 4));
  if (lower == "www.") {
    return "http://" + u;
  }
  return u;
}

}  // namespace citecheck

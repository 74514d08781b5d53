#include "engine/url.hpp"

#include <curl/curl.h>

#include <algorithm>
#include <memory>

namespace citecheck::engine {
namespace {

struct UrlDeleter {
  void operator()(CURLU* handle) const { curl_url_cleanup(handle); }
};
using UrlHandle = std::unique_ptr<CURLU, UrlDeleter>;

// Links copied out of documents carry raw spaces and UTF-8; curl's own redirect code sets
// URLs with the same two flags so such links are encoded rather than refused.
constexpr unsigned k_set_flags = CURLU_URLENCODE | CURLU_ALLOW_SPACE;

std::optional<std::string> get_part(CURLU* handle, CURLUPart part, unsigned flags = 0) {
  char* value = nullptr;
  if (curl_url_get(handle, part, &value, flags) != CURLUE_OK || value == nullptr) {
    return std::nullopt;
  }
  std::string result(value);
  curl_free(value);
  return result;
}

std::string ascii_lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) {
    return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  });
  return text;
}

std::string_view trim(std::string_view text) {
  const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!text.empty() && blank(text.front())) {
    text.remove_prefix(1);
  }
  while (!text.empty() && blank(text.back())) {
    text.remove_suffix(1);
  }
  return text;
}

bool has_control_or_nul(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](unsigned char c) { return c < 0x20; });
}

}  // namespace

std::optional<ParsedUrl> parse_http_url(std::string_view url) {
  url = trim(url);
  // CURLU wants a NUL-terminated string; tabs and newlines inside a URL are extraction
  // damage the splitter should have repaired, not something to send.
  if (url.empty() || has_control_or_nul(url)) {
    return std::nullopt;
  }
  UrlHandle handle(curl_url());
  if (!handle || curl_url_set(handle.get(), CURLUPART_URL, std::string(url).c_str(), k_set_flags) !=
                     CURLUE_OK) {
    return std::nullopt;
  }
  auto scheme = get_part(handle.get(), CURLUPART_SCHEME);
  auto host = get_part(handle.get(), CURLUPART_HOST);
  auto full = get_part(handle.get(), CURLUPART_URL);
  if (!scheme || !host || !full || host->empty()) {
    return std::nullopt;
  }
  *scheme = ascii_lower(*scheme);
  if (*scheme != "http" && *scheme != "https") {
    return std::nullopt;
  }
  return ParsedUrl{std::move(*full), std::move(*scheme), ascii_lower(std::move(*host))};
}

std::optional<std::string> resolve_url(std::string_view base, std::string_view location) {
  base = trim(base);
  location = trim(location);
  if (location.empty()) {
    return std::nullopt;
  }
  if (has_control_or_nul(base) || has_control_or_nul(location)) {
    return std::nullopt;
  }
  UrlHandle handle(curl_url());
  if (!handle || curl_url_set(handle.get(), CURLUPART_URL, std::string(base).c_str(),
                              k_set_flags) != CURLUE_OK) {
    return std::nullopt;
  }
  // Setting a relative URL on a handle that holds an absolute one resolves it.
  if (curl_url_set(handle.get(), CURLUPART_URL, std::string(location).c_str(), k_set_flags) !=
      CURLUE_OK) {
    return std::nullopt;
  }
  return get_part(handle.get(), CURLUPART_URL);
}

}  // namespace citecheck::engine

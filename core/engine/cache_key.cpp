// Cache keys: one spelling per resource, so "HTTP://Example.org:80/a#top" and
// "http://example.org/a" share an entry while different queries never do.

#include <curl/curl.h>

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>

#include <citecheck/engine.hpp>

#include "engine/url_normal_form.hpp"

namespace citecheck {
namespace {

struct UrlDeleter {
  void operator()(CURLU* handle) const { curl_url_cleanup(handle); }
};

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

std::string ascii_lower(std::string text) {
  for (char& c : text) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    }
  }
  return text;
}

// FNV-1a: stable across runs and builds, which std::hash is not; keys live on disk.
std::string digest(std::string_view data) {
  std::uint64_t hash = 14695981039346656037ull;
  for (unsigned char c : data) {
    hash ^= c;
    hash *= 1099511628211ull;
  }
  char text[17];
  std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(hash));
  return text;
}

}  // namespace

std::string normalize_url(std::string_view url) {
  url = trim(url);
  if (engine::in_normal_form(url)) {
    return std::string(url);
  }
  return engine::normalize_with_curl(url);
}

std::string engine::normalize_with_curl(std::string_view url) {
  const std::string input(url);
  if (input.empty() || input.find('\0') != std::string::npos) {
    return input;
  }
  std::unique_ptr<CURLU, UrlDeleter> handle(curl_url());
  if (!handle || curl_url_set(handle.get(), CURLUPART_URL, input.c_str(),
                              CURLU_URLENCODE | CURLU_ALLOW_SPACE) != CURLUE_OK) {
    return input;
  }
  char* scheme = nullptr;
  char* host = nullptr;
  const bool parts = curl_url_get(handle.get(), CURLUPART_SCHEME, &scheme, 0) == CURLUE_OK &&
                     curl_url_get(handle.get(), CURLUPART_HOST, &host, 0) == CURLUE_OK;
  const std::string scheme_text = ascii_lower(scheme != nullptr ? scheme : "");
  const std::string host_text = ascii_lower(host != nullptr ? host : "");
  curl_free(scheme);
  curl_free(host);
  if (!parts || (scheme_text != "http" && scheme_text != "https")) {
    return input;
  }
  curl_url_set(handle.get(), CURLUPART_SCHEME, scheme_text.c_str(), 0);
  curl_url_set(handle.get(), CURLUPART_HOST, host_text.c_str(), 0);
  curl_url_set(handle.get(), CURLUPART_FRAGMENT, nullptr, 0);
  char* full = nullptr;
  if (curl_url_get(handle.get(), CURLUPART_URL, &full, CURLU_NO_DEFAULT_PORT) != CURLUE_OK ||
      full == nullptr) {
    return input;
  }
  std::string result(full);
  curl_free(full);
  return result;
}

std::string cache_key(const HttpRequest& request) {
  std::string key = request.method + " " + normalize_url(request.url);
  if (!request.headers.empty()) {
    // An API answers differently to another Accept or key; such requests never share.
    std::string headers;
    for (const auto& [name, value] : request.headers) {
      headers += ascii_lower(name) + ":" + value + "\n";
    }
    key += " headers:" + digest(headers);
  }
  if (!request.body.empty()) {
    key += " body:" + digest(request.body);
  }
  return key;
}

}  // namespace citecheck

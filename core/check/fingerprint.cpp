#include "check/fingerprint.hpp"

#include <nlohmann/json.hpp>

#include <citecheck/json_number.hpp>
#include <citecheck/sha256.hpp>

namespace citecheck::check {
namespace {

// Below this much visible text a page is a script shell: identical shells say nothing
// about whether the content behind them exists.
constexpr std::size_t k_min_comparable_text = 200;

}  // namespace

std::string url_origin(const std::string& url) {
  const std::size_t scheme = url.find("://");
  if (scheme == std::string::npos) {
    return {};
  }
  const std::size_t path = url.find_first_of("/?#", scheme + 3);
  return url.substr(0, path);
}

std::string url_path(const std::string& url) {
  const std::size_t scheme = url.find("://");
  if (scheme == std::string::npos) {
    return "/";
  }
  const std::size_t path = url.find_first_of("/?#", scheme + 3);
  if (path == std::string::npos || url[path] != '/') {
    return "/";
  }
  const std::size_t end = url.find_first_of("?#", path);
  return url.substr(path, end == std::string::npos ? std::string::npos : end - path);
}

std::string probe_path(unsigned long long salt) {
  // Mixed so that consecutive salts give unrelated-looking paths.
  unsigned long long x = salt * 0x9E3779B97F4A7C15ULL + 0xD1B54A32D192ED03ULL;
  x ^= x >> 31;
  x *= 0xBF58476D1CE4E5B9ULL;
  x ^= x >> 29;
  static constexpr char k_hex[] = "0123456789abcdef";
  std::string out = "/citecheck-probe-";
  for (int i = 0; i < 16; ++i) {
    out += k_hex[(x >> (i * 4)) & 0xF];
  }
  return out;
}

HostFingerprint make_fingerprint(const HttpResponse& probe, const PageSignals& page) {
  HostFingerprint f;
  f.status = probe.status;
  f.final_path = url_path(probe.final_url.empty() ? probe.url : probe.final_url);
  f.title = page.title;
  f.text_sha256 = sha256_hex(page.text);
  f.text_size = page.text.size();
  return f;
}

bool host_reports_missing_pages(const HostFingerprint& fingerprint) {
  return fingerprint.status < 200 || fingerprint.status >= 300;
}

std::optional<std::string> matches_fingerprint(const HttpResponse& response,
                                               const PageSignals& page,
                                               const HostFingerprint& fingerprint) {
  if (host_reports_missing_pages(fingerprint)) {
    return std::nullopt;
  }
  const std::string final_path =
      url_path(response.final_url.empty() ? response.url : response.final_url);
  const std::string asked_path = url_path(response.url);
  // Both redirected to the same place that is not the page asked for.
  if (!response.hops.empty() && response.hops.size() > 1 && final_path == fingerprint.final_path &&
      final_path != asked_path) {
    return "redirected to " + final_path + ", where this host also sends a random path";
  }
  if (page.text.size() < k_min_comparable_text) {
    return std::nullopt;
  }
  if (sha256_hex(page.text) == fingerprint.text_sha256) {
    return "same page as this host serves for a random nonexistent path";
  }
  if (!page.title.empty() && page.title == fingerprint.title) {
    const auto larger = std::max(page.text.size(), fingerprint.text_size);
    const auto smaller = std::min(page.text.size(), fingerprint.text_size);
    // Same title and nearly the same amount of text: the "not found" template with the
    // requested path echoed into it.
    if (larger > 0 && smaller * 100 >= larger * 97) {
      return "same title ('" + page.title +
             "') and size as this host's page for a random nonexistent path";
    }
  }
  return std::nullopt;
}

std::string to_json_text(const HostFingerprint& f) {
  return nlohmann::json{{"status", f.status},
                        {"final_path", f.final_path},
                        {"title", f.title},
                        {"text_sha256", f.text_sha256},
                        {"text_size", f.text_size}}
      .dump();
}

std::optional<HostFingerprint> fingerprint_from_json(const std::string& json) {
  const auto j = nlohmann::json::parse(json, nullptr, false);
  if (j.is_discarded() || !j.is_object()) {
    return std::nullopt;
  }
  HostFingerprint f;
  f.status = json_whole_or(j, "status", 0);
  f.final_path = j.value("final_path", std::string{});
  f.title = j.value("title", std::string{});
  f.text_sha256 = j.value("text_sha256", std::string{});
  f.text_size = j.value("text_size", std::size_t{0});
  return f;
}

}  // namespace citecheck::check

#pragma once
// What a host answers for a path that cannot exist. A page that looks the same is a soft
// 404. Probed once per host and cached, since the answer is a property of the site.

#include <optional>
#include <string>

#include <citecheck/http.hpp>

#include "check/page.hpp"

namespace citecheck::check {

struct HostFingerprint {
  int status = 0;          ///< the probe's final status
  std::string final_path;  ///< where the probe ended after redirects
  std::string title;
  std::string text_sha256;
  std::size_t text_size = 0;
};

HostFingerprint make_fingerprint(const HttpResponse& probe, const PageSignals& page);

/// True when the probe answered like a real "not found": then the host needs no comparison.
bool host_reports_missing_pages(const HostFingerprint& fingerprint);

/// Why `page` is indistinguishable from the host's answer for a random path, or nullopt.
std::optional<std::string> matches_fingerprint(const HttpResponse& response,
                                               const PageSignals& page,
                                               const HostFingerprint& fingerprint);

std::string to_json_text(const HostFingerprint& fingerprint);
std::optional<HostFingerprint> fingerprint_from_json(const std::string& json);

/// A path no site serves, different on every call (not random-seeded from global state:
/// the caller passes a counter or time).
std::string probe_path(unsigned long long salt);

/// Path part of an absolute URL ("/" when none).
std::string url_path(const std::string& url);
/// "scheme://host[:port]" of an absolute URL, or empty.
std::string url_origin(const std::string& url);

}  // namespace citecheck::check

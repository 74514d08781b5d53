#pragma once
// The Wayback Machine availability API: one closest capture for a URL and a time.
// GET <endpoint>?url=<url>&timestamp=YYYYMMDD ->
// {"url":"...","archived_snapshots":{"closest":{"status":"200","available":true,
//  "url":"http://web.archive.org/web/20060101213916/http://example.com:80/",
//  "timestamp":"20060101213916"}},"timestamp":"20060101"}

#include <string_view>

#include <citecheck/http.hpp>

#include "capture.hpp"

namespace citecheck::plugins::archive {

HttpRequest availability_request(std::string_view endpoint, std::string_view url, Seconds cited);

/// The closest capture, if any. An empty `archived_snapshots` is an answer with no capture;
/// anything that is not that shape is an error.
IndexAnswer parse_availability(std::string_view body);

}  // namespace citecheck::plugins::archive

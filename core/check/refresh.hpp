#pragma once
// Declarative refreshes: a `Refresh` header or a <meta http-equiv="refresh"> that sends a
// browser on to another URL. A reader who follows a cited link lands where the refresh
// leads, so the checker judges that page (a stub that refreshes to the site's home page is
// a soft 404), not the stub. Parsing follows the HTML standard's "shared declarative
// refresh steps".

#include <optional>
#include <string>
#include <string_view>

#include <citecheck/http.hpp>

#include "check/page.hpp"

namespace citecheck::check {

/// A refresh as written: after `seconds`, go to `url` (as written; empty: reload the page).
struct Refresh {
  double seconds = 0.0;
  std::string url;
};

/// Parses the value of a Refresh header or of a meta refresh's content attribute; nullopt
/// when it is not one.
std::optional<Refresh> parse_refresh(std::string_view content);

/// Longest refresh followed. Pages that mean to move the reader on do it at once or after
/// a notice of a few seconds; a longer one is a session timeout or a periodic reload, and
/// following it would judge a login page or the same page instead of the cited one.
constexpr double k_max_refresh_seconds = 10.0;

/// Where a browser would go on from this answer by a refresh, resolved against the URL it
/// came from: only from a 2xx answer, soon enough, to another http(s) URL. The header wins
/// over the page, as in browsers.
std::optional<std::string> refresh_target(const HttpResponse& response, const PageSignals& page);

}  // namespace citecheck::check

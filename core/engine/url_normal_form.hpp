#pragma once
// Cache keys are curl's normal form of a URL (cache_key.cpp). Asking curl costs a parse,
// five allocations and a rebuild per URL, over 1 µs, and every link, request and report
// join asks; most cited URLs are already in that form. This recognises them without curl.

#include <string>
#include <string_view>

namespace citecheck::engine {

/// True when normalize_with_curl(url) would return `url` unchanged. Conservative: false
/// means only "ask curl" (anything unusual: upper case in scheme or host, default or odd
/// ports, numeric hosts curl would rewrite, dot segments, fragments, bytes curl encodes).
bool in_normal_form(std::string_view url);

/// The normal form as curl's URL API makes it: http(s) only, scheme and host in lower
/// case, default port and fragment dropped, dot segments removed, spaces and non-ASCII
/// bytes percent-encoded; anything curl cannot parse comes back as given.
std::string normalize_with_curl(std::string_view url);

}  // namespace citecheck::engine

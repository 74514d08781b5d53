#pragma once
// curl's result codes folded into the engine's NetError classes, in one place.

#include <curl/curl.h>

#include <citecheck/http.hpp>

namespace citecheck::engine {

/// The class of a failed transfer. `os_errno` is CURLINFO_OS_ERRNO: it tells "this machine
/// has no route" (no_network) apart from "that host refused" (connect).
NetError classify_curl_error(CURLcode code, long os_errno);

}  // namespace citecheck::engine

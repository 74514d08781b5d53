#pragma once
// curl's result codes folded into the engine's NetError classes, in one place.

#include <curl/curl.h>

#include <citecheck/http.hpp>

namespace citecheck::engine {

/// The class of a failed transfer. `os_errno` is CURLINFO_OS_ERRNO: it tells "this machine
/// has no route" (no_network) apart from "that host refused" (connect).
NetError classify_curl_error(CURLcode code, long os_errno);

/// A failure a busy or restarting server causes and the next attempt may not meet: the
/// connection dropped or reset before or during the answer (also a reset that comes while
/// curl still checks the new connection), an HTTP/2 stream torn down. Retried like a
/// timeout, so that one such failure never makes a link broken. A refused connection is
/// not one: nothing listens there.
bool is_transient_failure(CURLcode code, long os_errno);

}  // namespace citecheck::engine

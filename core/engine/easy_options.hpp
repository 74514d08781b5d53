#pragma once
// The engine-wide settings every easy handle gets, in one place; and validation of the
// user's EngineOptions.

#include <curl/curl.h>

#include <citecheck/engine.hpp>

namespace citecheck::engine {

/// Applies the options shared by every transfer (timeouts, proxy, TLS, user agent...).
/// `connect_to` is the engine's CURLOPT_CONNECT_TO list and must outlive the transfer.
void apply_engine_options(CURL* easy, const EngineOptions& options, curl_slist* connect_to);

}  // namespace citecheck::engine

#pragma once

namespace citecheck::engine {

/// curl_global_init, exactly once per process, safe to call from any thread.
void ensure_curl_global_init();

}  // namespace citecheck::engine

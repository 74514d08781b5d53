#include "engine/curl_global.hpp"

#include <curl/curl.h>

#include <mutex>

namespace citecheck::engine {

void ensure_curl_global_init() {
  // curl_global_init is not thread-safe in every build of libcurl; call_once makes it so.
  // The matching cleanup is left to process exit: plugins and other engines may still use
  // curl while any one engine goes away.
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

}  // namespace citecheck::engine

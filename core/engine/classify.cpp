#include "engine/classify.hpp"

#include <cerrno>

namespace citecheck::engine {

NetError classify_curl_error(CURLcode code, long os_errno) {
  switch (code) {
    case CURLE_OK:
      return NetError::none;
    case CURLE_UNSUPPORTED_PROTOCOL:
    case CURLE_URL_MALFORMAT:
      return NetError::invalid_url;
    case CURLE_COULDNT_RESOLVE_HOST:
      return NetError::dns;
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_COULDNT_CONNECT:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
      // Connecting fails the same way whether the far side refused or this machine has no
      // route at all; only the OS errno tells them apart.
      if (os_errno == ENETUNREACH || os_errno == ENETDOWN) {
        return NetError::no_network;
      }
      return NetError::connect;
    case CURLE_OPERATION_TIMEDOUT:
      return NetError::timeout;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ENGINE_NOTFOUND:
    case CURLE_SSL_ENGINE_SETFAILED:
    case CURLE_SSL_ENGINE_INITFAILED:
    case CURLE_SSL_SHUTDOWN_FAILED:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_CLIENTCERT:
    case CURLE_USE_SSL_FAILED:
      return NetError::tls;
    case CURLE_TOO_MANY_REDIRECTS:
      return NetError::too_many_redirects;
    case CURLE_FILESIZE_EXCEEDED:
      return NetError::too_large;
    case CURLE_WEIRD_SERVER_REPLY:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
    case CURLE_BAD_CONTENT_ENCODING:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
    case CURLE_HTTP3:
    case CURLE_HTTP_RETURNED_ERROR:
    case CURLE_RANGE_ERROR:
    case CURLE_BAD_DOWNLOAD_RESUME:
      return NetError::protocol;
    default:
      return NetError::other;
  }
}

bool is_transient_failure(CURLcode code, long os_errno) {
  switch (code) {
    case CURLE_COULDNT_CONNECT:
      return os_errno == ECONNRESET;
    case CURLE_GOT_NOTHING:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_PARTIAL_FILE:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
      return true;
    default:
      return false;
  }
}

}  // namespace citecheck::engine

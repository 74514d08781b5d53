#include <doctest/doctest.h>

#include <sched.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>

#include "engine/classify.hpp"
#include "loopback.hpp"

using citecheck::NetError;
using citecheck::engine::classify_curl_error;
namespace test = citecheck::test;

TEST_SUITE("engine") {
  TEST_CASE("dropped and reset connections are transient; refused ones are not") {
    using citecheck::engine::is_transient_failure;
    CHECK(is_transient_failure(CURLE_GOT_NOTHING, 0));
    CHECK(is_transient_failure(CURLE_RECV_ERROR, ECONNRESET));
    CHECK(is_transient_failure(CURLE_SEND_ERROR, EPIPE));
    CHECK(is_transient_failure(CURLE_PARTIAL_FILE, 0));
    CHECK(is_transient_failure(CURLE_HTTP2_STREAM, 0));
    CHECK(is_transient_failure(CURLE_COULDNT_CONNECT, ECONNRESET));
    CHECK_FALSE(is_transient_failure(CURLE_COULDNT_CONNECT, ECONNREFUSED));
    CHECK_FALSE(is_transient_failure(CURLE_COULDNT_RESOLVE_HOST, 0));
    CHECK_FALSE(is_transient_failure(CURLE_PEER_FAILED_VERIFICATION, 0));
    CHECK_FALSE(is_transient_failure(CURLE_OPERATION_TIMEDOUT, 0));  // retried as a timeout
  }

  TEST_CASE("classify_curl_error maps curl codes to NetError") {
    struct Case {
      CURLcode code;
      long os_errno;
      NetError expected;
    };
    const Case cases[] = {
        {CURLE_OK, 0, NetError::none},
        {CURLE_URL_MALFORMAT, 0, NetError::invalid_url},
        {CURLE_UNSUPPORTED_PROTOCOL, 0, NetError::invalid_url},
        {CURLE_COULDNT_RESOLVE_HOST, 0, NetError::dns},
        {CURLE_COULDNT_CONNECT, ECONNREFUSED, NetError::connect},
        {CURLE_COULDNT_CONNECT, EHOSTUNREACH, NetError::connect},
        {CURLE_COULDNT_CONNECT, ENETUNREACH, NetError::no_network},
        {CURLE_COULDNT_CONNECT, ENETDOWN, NetError::no_network},
        {CURLE_RECV_ERROR, ECONNRESET, NetError::connect},
        {CURLE_OPERATION_TIMEDOUT, 0, NetError::timeout},
        {CURLE_SSL_CONNECT_ERROR, 0, NetError::tls},
        {CURLE_PEER_FAILED_VERIFICATION, 0, NetError::tls},
        {CURLE_SSL_CACERT_BADFILE, 0, NetError::tls},
        {CURLE_TOO_MANY_REDIRECTS, 0, NetError::too_many_redirects},
        {CURLE_FILESIZE_EXCEEDED, 0, NetError::too_large},
        {CURLE_WEIRD_SERVER_REPLY, 0, NetError::protocol},
        {CURLE_GOT_NOTHING, 0, NetError::protocol},
        {CURLE_BAD_CONTENT_ENCODING, 0, NetError::protocol},
        {CURLE_HTTP2, 0, NetError::protocol},
        {CURLE_WRITE_ERROR, 0, NetError::other},
        {CURLE_OUT_OF_MEMORY, 0, NetError::other},
    };
    for (const Case& c : cases) {
      CAPTURE(c.code);
      CAPTURE(c.os_errno);
      CHECK(classify_curl_error(c.code, c.os_errno) == c.expected);
    }
  }

  TEST_CASE("live failures get their class") {
    auto options = test::fast_options();
    options.max_retries = 0;
    options.timeout = std::chrono::milliseconds(400);
    test::SilentServer silent;
    REQUIRE(silent.port() > 0);
    test::LoopbackServer plain([](httplib::Server& server) {
      server.Get("/", [](const httplib::Request&, httplib::Response& res) {
        res.set_content("plain", "text/plain");
      });
    });
    REQUIRE(plain.ok());
    auto engine = citecheck::make_curl_engine(options);

    const auto refused =
        engine->fetch(test::get("http://127.0.0.1:" + std::to_string(test::closed_port()) + "/"));
    CHECK(refused.error == NetError::connect);
    CHECK(refused.status == 0);
    CHECK_FALSE(refused.error_text.empty());

    const auto start = std::chrono::steady_clock::now();
    const auto silence = engine->fetch(test::get(silent.url("/never")));
    CHECK(silence.error == NetError::timeout);
    CHECK(silence.status == 0);
    CHECK(test::seconds_since(start) < 3.0);

    // TLS spoken to a plain-HTTP port fails in the handshake.
    const auto tls = engine->fetch(test::get(plain.url("/", "https")));
    CHECK(tls.error == NetError::tls);

    // A name that does not resolve, asked inside a fresh network namespace: the lookup
    // fails there without a packet leaving this machine (tests never reach a resolver).
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
      if (unshare(CLONE_NEWNET) != 0) {
        _exit(77);
      }
      const auto isolated = citecheck::make_curl_engine(citecheck::EngineOptions{});
      const auto dns = isolated->fetch(test::get("http://no-such-host.invalid/"));
      _exit(dns.error == NetError::dns || dns.error == NetError::no_network ? 0 : 1);
    }
    int wait_status = 0;
    waitpid(child, &wait_status, 0);
    REQUIRE(WIFEXITED(wait_status));
    if (WEXITSTATUS(wait_status) == 77) {
      MESSAGE("skipped the DNS case: no permission to create a network namespace");
    } else {
      CHECK(WEXITSTATUS(wait_status) == 0);
    }

    const auto invalid = engine->fetch(test::get("file:///etc/passwd"));
    CHECK(invalid.error == NetError::invalid_url);
    CHECK(invalid.attempts == 0);
  }
}

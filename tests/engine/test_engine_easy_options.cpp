#include <doctest/doctest.h>

#include <cstdlib>

#include <citecheck/errors.hpp>

#include "loopback.hpp"

using namespace std::chrono_literals;
using citecheck::EngineOptions;
using citecheck::NetError;
namespace test = citecheck::test;

namespace {

/// Sets an environment variable for the scope, then puts the old value back.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const char* value) : m_name(name) {
    if (const char* old = std::getenv(name)) {
      m_old = old;
    }
    if (value != nullptr) {
      ::setenv(name, value, 1);
    } else {
      ::unsetenv(name);
    }
  }
  ScopedEnv(const ScopedEnv&) = delete;
  ScopedEnv& operator=(const ScopedEnv&) = delete;
  ~ScopedEnv() {
    if (m_old) {
      ::setenv(m_name.c_str(), m_old->c_str(), 1);
    } else {
      ::unsetenv(m_name.c_str());
    }
  }

 private:
  std::string m_name;
  std::optional<std::string> m_old;
};

// A self-signed certificate for secure.test, made with the openssl tool; empty when the
// tool is missing.
bool make_certificate(const std::filesystem::path& dir) {
  const std::string command =
      "openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2"
      " -subj /CN=secure.test -addext subjectAltName=DNS:secure.test -keyout '" +
      (dir / "key.pem").string() + "' -out '" + (dir / "cert.pem").string() + "' >/dev/null 2>&1";
  return std::system(command.c_str()) == 0 && std::filesystem::exists(dir / "cert.pem");
}

}  // namespace

TEST_SUITE("engine") {
  TEST_CASE("validate refuses options that cannot work") {
    CHECK_NOTHROW(citecheck::validate(EngineOptions{}));
    const std::vector<std::function<void(EngineOptions&)>> breakers = {
        [](EngineOptions& o) { o.max_concurrency = 0; },
        [](EngineOptions& o) { o.max_per_host = -1; },
        [](EngineOptions& o) { o.per_host_rate = -2; },
        [](EngineOptions& o) { o.timeout = 0ms; },
        [](EngineOptions& o) { o.connect_timeout = -5ms; },
        [](EngineOptions& o) { o.max_retries = -1; },
        [](EngineOptions& o) { o.max_redirects = -1; },
        [](EngineOptions& o) { o.user_agent = "two\r\nlines"; },
        [](EngineOptions& o) { o.connect_to = {"example.test:80:127.0.0.1"}; },
        [](EngineOptions& o) {
          o.host_headers["a.test"] = {{"X-Key", "v\r\nInjected: 1"}};
        },
    };
    for (std::size_t i = 0; i < breakers.size(); ++i) {
      CAPTURE(i);
      EngineOptions options;
      breakers[i](options);
      CHECK_THROWS_AS(citecheck::validate(options), citecheck::UsageError);
      CHECK_THROWS_AS(citecheck::make_curl_engine(options), citecheck::UsageError);
    }
    EngineOptions ipv6;
    ipv6.connect_to = {"example.test:443:[::1]:8443", "::127.0.0.1:8080"};
    CHECK_NOTHROW(citecheck::validate(ipv6));
  }

  TEST_CASE("the default user agent names the tool and its version") {
    const std::string agent = EngineOptions{}.user_agent;
    CHECK(agent == std::string("citecheck/") + CITECHECK_VERSION +
                       " (+https://github.com/citecheck/citecheck)");
  }

  TEST_CASE("connect_to, user agent, per-host headers and proxies, live") {
    test::LoopbackServer server([](httplib::Server& s) {
      s.Get(".*", [](const httplib::Request& req, httplib::Response& res) {
        // A proxy sees the absolute URL as the request target; an origin sees a path.
        res.set_content("target=" + req.path + " host=" + req.get_header_value("Host") +
                            " ua=" + req.get_header_value("User-Agent") +
                            " key=" + req.get_header_value("X-Api-Key"),
                        "text/plain");
      });
    });
    REQUIRE(server.ok());

    SUBCASE("connect_to gives a name without DNS; host headers go to that host only") {
      auto options = test::fast_options();
      options.connect_to = {server.connect_to("example.test"), server.connect_to("other.test")};
      options.user_agent = "citecheck-test/1";
      options.host_headers["Example.TEST"] = {{"X-Api-Key", "k1"}};
      auto engine = citecheck::make_curl_engine(options);
      const auto r = engine->fetch(test::get("http://example.test/where"));
      CHECK(r.status == 200);
      CHECK(r.body == "target=/where host=example.test ua=citecheck-test/1 key=k1");
      const auto other = engine->fetch(test::get("http://other.test/where"));
      CHECK(other.body == "target=/where host=other.test ua=citecheck-test/1 key=");
    }
    SUBCASE("--proxy sends every request through the proxy") {
      auto options = test::fast_options();
      options.proxy = "http://127.0.0.1:" + std::to_string(server.port());
      auto engine = citecheck::make_curl_engine(options);
      const auto r = engine->fetch(test::get("http://proxied.test/page"));
      CHECK(r.status == 200);
      CHECK(r.body.find("target=http://proxied.test/page") == 0);
    }
    SUBCASE("with no --proxy, curl's own http_proxy variable is honoured") {
      const ScopedEnv proxy("http_proxy",
                            ("http://127.0.0.1:" + std::to_string(server.port())).c_str());
      const ScopedEnv no_proxy("no_proxy", nullptr);
      const ScopedEnv no_proxy_upper("NO_PROXY", nullptr);
      auto engine = citecheck::make_curl_engine(test::fast_options());
      const auto r = engine->fetch(test::get("http://from-env.test/page"));
      CHECK(r.status == 200);
      CHECK(r.body.find("target=http://from-env.test/page") == 0);
    }
  }

  TEST_CASE("TLS: verification, --cacert, --insecure and an http -> https move, live") {
    test::TempDir dir;
    if (!make_certificate(dir.path())) {
      MESSAGE("skipped: the openssl tool could not make a test certificate");
      return;
    }
    const std::string cert = (dir.path() / "cert.pem").string();
    const std::string key = (dir.path() / "key.pem").string();
    test::LoopbackServer tls(
        [](httplib::Server& s) {
          s.Get("/secure", [](const httplib::Request&, httplib::Response& res) {
            res.set_content("over tls", "text/plain");
          });
        },
        std::make_unique<httplib::SSLServer>(cert.c_str(), key.c_str()));
    REQUIRE(tls.ok());
    test::LoopbackServer plain([&tls](httplib::Server& s) {
      s.Get("/upgrade", [&tls](const httplib::Request&, httplib::Response& res) {
        res.status = 301;
        res.set_header("Location", "https://secure.test:" + std::to_string(tls.port()) + "/secure");
      });
    });
    REQUIRE(plain.ok());
    auto options = test::fast_options();
    options.max_retries = 0;
    options.connect_to = {tls.connect_to("secure.test", 443),
                          tls.connect_to("secure.test", tls.port())};
    const auto request = test::get("https://secure.test/secure");

    SUBCASE("a self-signed certificate fails verification") {
      const auto r = citecheck::make_curl_engine(options)->fetch(request);
      CHECK(r.error == NetError::tls);
      CHECK(r.status == 0);
    }
    SUBCASE("--cacert trusts it") {
      options.cacert = cert;
      const auto r = citecheck::make_curl_engine(options)->fetch(request);
      CHECK(r.error == NetError::none);
      CHECK(r.body == "over tls");
    }
    SUBCASE("--insecure skips verification") {
      options.insecure = true;
      const auto r = citecheck::make_curl_engine(options)->fetch(request);
      CHECK(r.status == 200);
    }
    SUBCASE("a missing CA file is a TLS failure") {
      options.cacert = (dir.path() / "missing.pem").string();
      const auto r = citecheck::make_curl_engine(options)->fetch(request);
      CHECK(r.error == NetError::tls);
    }
    SUBCASE("http -> https is followed") {
      options.cacert = cert;
      const auto r = citecheck::make_curl_engine(options)->fetch(test::get(plain.url("/upgrade")));
      CHECK(r.status == 200);
      CHECK(r.final_url == "https://secure.test:" + std::to_string(tls.port()) + "/secure");
      REQUIRE(r.hops.size() == 2);
      CHECK(r.hops[0].status == 301);
    }
  }
}

// A host that keeps failing is not asked again and again: after a few failures in a row,
// requests that may fail fast end unsent; the link checker's requests still go out.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "engine/host_health.hpp"
#include "loopback.hpp"

using citecheck::HttpRequest;
using citecheck::HttpResponse;
using citecheck::NetError;
using citecheck::engine::HostHealth;
namespace test = citecheck::test;

namespace {

HttpResponse failed(NetError error) {
  HttpResponse response;
  response.error = error;
  response.error_text = "boom";
  return response;
}

HttpResponse answered(int status) {
  HttpResponse response;
  response.status = status;
  return response;
}

bool unsent(const HttpResponse& response) {
  return response.error_text.starts_with("not sent:");
}

}  // namespace

TEST_SUITE("engine") {
  TEST_CASE("host health: failures in a row put a host down; any answer clears it") {
    struct Case {
      const char* name;
      std::vector<HttpResponse> seen;
      bool down;
    };
    const Case cases[] = {
        {"three refusals",
         {failed(NetError::connect), failed(NetError::connect), failed(NetError::connect)},
         true},
        {"two are not enough", {failed(NetError::dns), failed(NetError::dns)}, false},
        {"timeouts and TLS count",
         {failed(NetError::timeout), failed(NetError::tls), failed(NetError::timeout)},
         true},
        {"an answer in between starts over",
         {failed(NetError::connect), failed(NetError::connect), answered(503),
          failed(NetError::connect)},
         false},
        {"an answer after going down clears it",
         {failed(NetError::dns), failed(NetError::dns), failed(NetError::dns), answered(200)},
         false},
        {"a bad URL or a cut answer says nothing of the host",
         {failed(NetError::invalid_url), failed(NetError::protocol), failed(NetError::too_large)},
         false},
    };
    for (const Case& c : cases) {
      CAPTURE(c.name);
      HostHealth health;
      for (const HttpResponse& response : c.seen)
        health.record("svc.example", response);
      CHECK(health.down("svc.example").has_value() == c.down);
      CHECK_FALSE(health.down("other.example"));
    }
    HostHealth health;
    for (int i = 0; i < 3; ++i)
      health.record("svc.example", failed(NetError::dns));
    const auto down = health.down("svc.example");
    REQUIRE(down);
    CHECK(down->error == NetError::dns);
    CHECK(down->text.find("svc.example failed 3 times in a row") != std::string::npos);
  }

  TEST_CASE("a paced service that refuses connections is given up on, not waited for") {
    auto options = test::fast_options();
    // One request a second to this host: without giving up, 12 requests take 11 seconds.
    options.host_limits.push_back({"127.0.0.1", 1, 1.0});
    auto http = citecheck::make_curl_engine(options);
    const std::string url = "http://127.0.0.1:" + std::to_string(test::closed_port()) + "/api";
    std::vector<HttpRequest> requests(12, test::get(url));
    const auto answers = http->fetch_all(requests);
    std::size_t not_sent = 0;
    for (const HttpResponse& answer : answers) {
      CHECK(answer.status == 0);
      CHECK(answer.error == NetError::connect);
      not_sent += unsent(answer) ? 1 : 0;
    }
    CHECK(not_sent == requests.size() - HostHealth::k_failures_to_down);

    // The link checker's requests are judged on their own answers: they still go out.
    HttpRequest checked = test::get(url);
    checked.fail_fast_when_host_down = false;
    const HttpResponse own = http->fetch(checked);
    CHECK(own.error == NetError::connect);
    CHECK_FALSE(unsent(own));
  }
}

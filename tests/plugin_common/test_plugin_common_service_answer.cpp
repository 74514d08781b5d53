#include <doctest/doctest.h>

#include "common/link_state.hpp"
#include "common/service_answer.hpp"

using citecheck::HttpResponse;
using citecheck::NetError;
using namespace citecheck::plugins::common;

TEST_SUITE("plugin_common") {
  TEST_CASE("percent_encode keeps unreserved characters and those asked for") {
    CHECK(percent_encode("S/RES/2100 (2013)") == "S%2FRES%2F2100%20%282013%29");
    CHECK(percent_encode("S/RES/2100(2013)", "/()") == "S/RES/2100(2013)");
    CHECK(percent_encode("a-b.c_d~e") == "a-b.c_d~e");
    CHECK(percent_encode("\xC3\xB8") == "%C3%B8");
    CHECK(percent_encode("http://a.b/c?d=e&f") == "http%3A%2F%2Fa.b%2Fc%3Fd%3De%26f");
  }

  TEST_CASE("percent_decode undoes it; a stray '%' stays; '+' only in form encoding") {
    CHECK(percent_decode("S%2FRES%2F2100%20%282013%29") == "S/RES/2100 (2013)");
    CHECK(percent_decode("10.1000%2fabc") == "10.1000/abc");
    CHECK(percent_decode("100%") == "100%");
    CHECK(percent_decode("%zz%4") == "%zz%4");
    CHECK(percent_decode("a+b") == "a+b");
    CHECK(percent_decode("a+b", true) == "a b");
  }

  TEST_CASE("service_failure says why an answer cannot be used") {
    struct Case {
      int status;
      NetError error;
      std::string error_text;
      std::string body;
      int attempts;
      const char* expected;  ///< nullptr: usable
    };
    const Case cases[] = {
        {200, NetError::none, "", "<collection/>", 1, nullptr},
        {200, NetError::too_large, "", "cut", 1, nullptr},
        {404, NetError::none, "", "", 1, "Service answered HTTP 404"},
        {301, NetError::none, "", "", 1, "Service answered HTTP 301"},
        {0, NetError::timeout, "Operation timed out", "", 3, "Service timed out after 3 attempts"},
        {0, NetError::connect, "refused", "", 1, "Service refused the connection (refused)"},
        {0, NetError::dns, "", "", 1, "Service host name does not resolve"},
        {0, NetError::other, "", "", 2, "Service could not be reached after 2 attempts"},
        {429, NetError::none, "", "", 3, "Service is rate-limiting (429) after 3 attempts"},
        {202, NetError::none, "", "", 1, "Service blocked the request (202 with an empty body)"},
        {503, NetError::none, "", "x", 2, "Service failed (HTTP 503) after 2 attempts"},
        {200, NetError::none, "", "", 1, "Service answered with an empty body"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.status);
      CAPTURE(static_cast<int>(c.error));
      HttpResponse response;
      response.status = c.status;
      response.error = c.error;
      response.error_text = c.error_text;
      response.body = c.body;
      response.attempts = c.attempts;
      const auto failure = service_failure(response, "Service");
      if (c.expected == nullptr) {
        CHECK_FALSE(failure);
      } else {
        REQUIRE(failure);
        CHECK(*failure == c.expected);
      }
    }
  }

  TEST_CASE("service_failure: what the caller reads itself is no failure") {
    HttpResponse missing;
    missing.status = 404;
    CHECK_FALSE(service_failure(missing, "Service", {.status = 404}));
    HttpResponse empty;
    empty.status = 200;
    CHECK(service_failure(empty, "Service"));
    CHECK_FALSE(service_failure(empty, "Service", {.empty_body = true}));
  }

  TEST_CASE("a 429 names its Retry-After; headers are found whatever their case") {
    HttpResponse limited;
    limited.status = 429;
    limited.attempts = 2;
    limited.headers = {{"retry-after", "120"}};
    CHECK(service_failure(limited, "API").value_or("") ==
          "API is rate-limiting (429, Retry-After 120) after 2 attempts");
    CHECK(header_value(limited, "Retry-After") == "120");
    CHECK(header_value(limited, "Location").empty());
  }

  TEST_CASE("answered: an HTTP answer, even one cut at the size limit") {
    HttpResponse response;
    CHECK_FALSE(answered(response));
    response.status = 200;
    CHECK(answered(response));
    response.error = NetError::too_large;
    CHECK(answered(response));
    response.error = NetError::protocol;
    CHECK_FALSE(answered(response));
  }

  TEST_CASE("link states in the reports' words") {
    CHECK(link_state_name(citecheck::LinkState::ok) == "ok");
    CHECK(link_state_name(citecheck::LinkState::soft_404) == "soft_404");
    CHECK(link_state_name(citecheck::LinkState::unknown) == "unknown");
  }
}

#include <doctest/doctest.h>

#include "service_answer.hpp"

using citecheck::HttpResponse;
using citecheck::NetError;
using namespace citecheck::plugins::un_documents;

TEST_SUITE("plugin_un_documents") {
  TEST_CASE("percent_encode keeps unreserved characters and those asked for") {
    CHECK(percent_encode("S/RES/2100 (2013)") == "S%2FRES%2F2100%20%282013%29");
    CHECK(percent_encode("S/RES/2100(2013)", "/()") == "S/RES/2100(2013)");
    CHECK(percent_encode("a-b.c_d~e") == "a-b.c_d~e");
    CHECK(percent_encode("\xC3\xB8") == "%C3%B8");
  }

  TEST_CASE("service_failure says why an answer cannot be used") {
    struct Case {
      int status;
      NetError error;
      std::string body;
      int attempts;
      const char* expected;  ///< nullptr: usable
    };
    const Case cases[] = {
        {200, NetError::none, "<collection/>", 1, nullptr},
        {404, NetError::none, "", 1, "Service answered HTTP 404"},
        {0, NetError::timeout, "", 3, "Service timed out after 3 attempts"},
        {0, NetError::connect, "", 1, "Service could not be reached: refused"},
        {429, NetError::none, "", 3, "Service is rate-limiting (429) after 3 attempts"},
        {202, NetError::none, "", 1, "Service blocked the request (202 with an empty body)"},
        {503, NetError::none, "x", 2, "Service failed (HTTP 503) after 2 attempts"},
        {200, NetError::none, "", 1, "Service answered with an empty body"},
        {301, NetError::none, "", 1, "Service answered HTTP 301"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.status);
      HttpResponse response;
      response.status = c.status;
      response.error = c.error;
      response.error_text = c.error == NetError::connect ? "refused" : "";
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
    HttpResponse missing;
    missing.status = 404;
    CHECK_FALSE(service_failure(missing, "Service", 404));
  }
}

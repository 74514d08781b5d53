#include <doctest/doctest.h>

#include "service_reply.hpp"

namespace archive = citecheck::plugins::archive;

TEST_SUITE("plugin_archive") {
  TEST_CASE("failures in words") {
    struct Case {
      int status;
      citecheck::NetError error;
      int attempts;
      const char* expected;  // empty: no failure
    };
    using citecheck::NetError;
    const Case cases[] = {
        {200, NetError::none, 1, ""},
        {204, NetError::none, 1, ""},
        {200, NetError::too_large, 1, ""},
        {0, NetError::timeout, 3, "CDX server timed out after 3 attempts"},
        {0, NetError::connect, 1, "CDX server refused the connection"},
        {0, NetError::dns, 1, "CDX server host name does not resolve"},
        {429, NetError::none, 3, "CDX server is rate-limiting (429) after 3 attempts"},
        {503, NetError::none, 1, "CDX server answered HTTP 503"},
        {404, NetError::none, 1, "CDX server answered HTTP 404"},
    };
    for (const auto& test : cases) {
      CAPTURE(test.status);
      citecheck::HttpResponse response;
      response.status = test.status;
      response.error = test.error;
      response.attempts = test.attempts;
      const auto text = archive::failure(response, "CDX server");
      CHECK(text.value_or("") == test.expected);
    }
    citecheck::HttpResponse limited;
    limited.status = 429;
    limited.headers = {{"retry-after", "120"}};
    CHECK(archive::failure(limited, "API").value_or("") ==
          "API is rate-limiting (429), Retry-After: 120");
    CHECK(archive::header_value(limited, "Retry-After") == "120");
    CHECK(archive::header_value(limited, "Location").empty());
  }
}

#include <doctest/doctest.h>

#include "snapshot_check.hpp"

namespace archive = citecheck::plugins::archive;

namespace {

citecheck::HttpResponse replay(int status, std::vector<citecheck::Header> headers,
                               std::string final_url) {
  citecheck::HttpResponse response;
  response.status = status;
  response.headers = std::move(headers);
  response.final_url = std::move(final_url);
  return response;
}

}  // namespace

TEST_SUITE("plugin_archive") {
  TEST_CASE("what makes a replay a usable copy") {
    const std::string cited = "https://www.fws.gov/birds/";
    const std::string hit = "https://web.archive.org/web/20171124151315/https://www.fws.gov/birds/";
    const citecheck::Header memento{"Memento-Datetime", "Fri, 24 Nov 2017 15:13:15 GMT"};
    struct Case {
      citecheck::HttpResponse response;
      bool require_memento;
      bool usable;
      const char* problem_part;
    };
    const Case cases[] = {
        {replay(200, {memento}, hit), true, true, ""},
        {replay(200, {}, hit), false, true, ""},
        {replay(200, {}, hit), true, false, "no Memento-Datetime"},
        {replay(404, {memento}, hit), true, false, "replays as HTTP 404"},
        {replay(302, {}, hit), true, false, "replays as HTTP 302"},
        {replay(200, {memento, {"X-Archive-Wayback-Runtime-Error", "RobotAccessControlException"}},
                hit),
         true, false, "refuses"},
        {replay(200, {memento}, "https://web.archive.org/web/20171124151315/https://www.fws.gov/"),
         true, false, "home page"},
        {replay(200, {memento}, "https://web.archive.org/web/20171124151315/http://fws.gov/birds"),
         true, true, ""},
        {replay(0, {}, ""), true, false, "archive"},
    };
    for (const auto& test : cases) {
      CAPTURE(test.response.status);
      CAPTURE(test.response.final_url);
      const auto check = archive::read_snapshot(test.response, cited, test.require_memento);
      CHECK(check.usable == test.usable);
      CHECK(check.problem.find(test.problem_part) != std::string::npos);
    }
    const auto check = archive::read_snapshot(replay(200, {memento}, hit), cited, true);
    REQUIRE(check.time);
    CHECK(archive::wayback_timestamp(*check.time) == "20171124151315");
    const auto no_answer = archive::read_snapshot(replay(0, {}, ""), cited, true);
    CHECK_FALSE(no_answer.answered);
  }
}

#include <doctest/doctest.h>

#include <citecheck/config.hpp>
#include <citecheck/errors.hpp>

using namespace citecheck;
using namespace std::chrono_literals;

TEST_SUITE("config") {
  TEST_CASE("durations") {
    struct Case {
      const char* text;
      std::optional<std::chrono::seconds> expected;
    };
    for (const Case& c :
         {Case{"90", 90s}, Case{"90s", 90s}, Case{"15m", 900s}, Case{"12h", 43200s},
          Case{"7d", 604800s}, Case{"2w", 1209600s}, Case{"", std::nullopt},
          Case{"d", std::nullopt}, Case{"5y", std::nullopt}, Case{"-3", std::nullopt}}) {
      CAPTURE(c.text);
      CHECK(parse_duration(c.text) == c.expected);
    }
  }

  TEST_CASE("host patterns") {
    CHECK(host_matches("*.un.org", "un.org"));
    CHECK(host_matches("*.un.org", "www.UN.org"));
    CHECK_FALSE(host_matches("*.un.org", "fun.org"));
    CHECK(host_matches("reuters.com", "REUTERS.com"));
    CHECK_FALSE(host_matches("reuters.com", "www.reuters.com"));
  }

  TEST_CASE("a full file") {
    const Config c = parse_config(R"(
timeout = "20s"
max_concurrency = 32
max_per_host = 2
max_retries = 1
max_age = "3d"
failure_max_age = "6h"
exclude = ["linkedin\\.com", "example\\.org"]
accept = [403]
user_agent = "my-newsroom-checker/1.0"
connect_to = ["a.test:80:127.0.0.1:8080"]

[hosts."*.un.org"]
rate = 2.5
max_concurrency = 2
headers = { "Accept-Language" = "en" }

[plugins.crossref]
endpoint = "http://127.0.0.1:9999"
mailto = "desk@example.org"
)",
                                  "citecheck.toml");
    CHECK(c.timeout == 20000ms);
    CHECK(c.max_concurrency == 32);
    CHECK(c.max_per_host == 2);
    CHECK(c.max_retries == 1);
    CHECK(c.max_age == std::chrono::seconds(3 * 86400));
    CHECK(c.failure_max_age == 6h);
    CHECK(c.exclude.size() == 2);
    CHECK(c.accept == std::vector<int>{403});
    CHECK(c.user_agent == "my-newsroom-checker/1.0");
    REQUIRE(c.hosts.size() == 1);
    CHECK(c.hosts[0].pattern == "*.un.org");
    CHECK(c.hosts[0].rate == doctest::Approx(2.5));
    CHECK(c.hosts[0].max_concurrency == 2);
    REQUIRE(c.hosts[0].headers.size() == 1);
    CHECK(c.hosts[0].headers[0].first == "Accept-Language");
    CHECK(c.plugin_settings.at("crossref.endpoint") == "http://127.0.0.1:9999");
    CHECK(c.plugin_settings.at("crossref.mailto") == "desk@example.org");
  }

  TEST_CASE("mistakes name the file, the line and the problem") {
    struct Case {
      const char* text;
      const char* needle;
    };
    for (const Case& c : {Case{"timeout = \"soon\"", "citecheck.toml:1: 'timeout'"},
                          Case{"\n\nmax_concurrency = 0", "citecheck.toml:3:"},
                          Case{"colour = true", "unknown setting 'colour'"},
                          Case{"accept = [\"x\"]", "not a status code"},
                          Case{"[hosts.\"a.test\"]\nspeed = 3", "unknown host setting 'speed'"},
                          Case{"this is not toml", "not valid TOML"}}) {
      CAPTURE(c.text);
      try {
        parse_config(c.text, "citecheck.toml");
        FAIL("accepted bad settings");
      } catch (const UsageError& e) {
        CHECK(std::string(e.what()).find(c.needle) != std::string::npos);
      }
    }
  }

  TEST_CASE("a missing file is a usage error naming it") {
    CHECK_THROWS_WITH_AS(load_config("/nonexistent/citecheck.toml"),
                         doctest::Contains("/nonexistent/citecheck.toml"), UsageError);
  }
}

#include <doctest/doctest.h>

#include <memory>

#include "network/service_limits.hpp"

using citecheck::EngineOptions;
using citecheck::HostLimit;
using citecheck::ServiceLimit;

namespace {

/// A plugin that only declares limits for the services it would call.
class LimitedPlugin final : public citecheck::Plugin {
 public:
  LimitedPlugin(std::string name, std::vector<ServiceLimit> limits)
      : m_name(std::move(name)), m_limits(std::move(limits)) {}
  citecheck::PluginInfo info() const override {
    return {m_name, "1", citecheck::k_plugin_api_version, "", {}, 100, m_limits};
  }
  citecheck::Recognition recognize(citecheck::Citation&) const override {
    return citecheck::Recognition::not_mine;
  }

 private:
  std::string m_name;
  std::vector<ServiceLimit> m_limits;
};

}  // namespace

TEST_SUITE("cli") {
  TEST_CASE("service limits: every plugin's, first one per host, empty ones dropped") {
    citecheck::PluginSet plugins;
    plugins.add(std::make_unique<LimitedPlugin>(
                    "a", std::vector<ServiceLimit>{{"api.example.org", 1, 1.0}, {"", 1, 1.0}}),
                "test");
    plugins.add(std::make_unique<LimitedPlugin>(
                    "b", std::vector<ServiceLimit>{{"api.example.org", 8, 9.0},
                                                   {"archive.example.org", 2, 0.5},
                                                   {"free.example.org", 0, 0.0}}),
                "test");
    const auto limits = citecheck::cli::service_limits_of(plugins);
    REQUIRE(limits.size() == 2);
    CHECK(limits[0].host == "api.example.org");
    CHECK(limits[0].max_per_host == 1);
    CHECK(limits[1].host == "archive.example.org");
    CHECK(limits[1].rate == 0.5);
  }

  TEST_CASE("service limits come after the user's own, which always win") {
    struct Case {
      const char* label;
      std::vector<HostLimit> user;
      std::vector<std::string> expected_patterns;
    };
    const std::vector<ServiceLimit> services{{"api.crossref.org", 1, 1.0},
                                             {"web.archive.org", 2, 1.0}};
    const Case cases[] = {
        {"no user limits: the services' defaults", {}, {"api.crossref.org", "web.archive.org"}},
        {"the user limits one host: theirs, and the other default",
         {{"api.crossref.org", 3, 3.0}},
         {"api.crossref.org", "web.archive.org"}},
        {"a user wildcard matches first in the engine, the default stays behind it",
         {{"*.archive.org", 4, 0.0}},
         {"*.archive.org", "api.crossref.org", "web.archive.org"}},
    };
    for (const Case& c : cases) {
      CAPTURE(c.label);
      EngineOptions options;
      options.host_limits = c.user;
      citecheck::cli::add_service_limits(options, services);
      std::vector<std::string> patterns;
      for (const HostLimit& limit : options.host_limits)
        patterns.push_back(limit.pattern);
      CHECK(patterns == c.expected_patterns);
      if (!c.user.empty()) {
        CHECK(options.host_limits.front().max_per_host == c.user.front().max_per_host);
      }
    }
  }
}

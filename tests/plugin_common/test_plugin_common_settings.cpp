#include <doctest/doctest.h>

#include <map>
#include <memory>

#include "common/settings.hpp"

using namespace citecheck::plugins::common;

namespace {

/// Settings are read without the network: an engine and store that must never be called.
class NoEngine final : public citecheck::Engine {
 public:
  citecheck::HttpResponse fetch(const citecheck::HttpRequest&) override {
    FAIL("no request expected");
    return {};
  }
  std::vector<citecheck::HttpResponse> fetch_all(
      const std::vector<citecheck::HttpRequest>&) override {
    FAIL("no request expected");
    return {};
  }
};

class NoStore final : public citecheck::ResolutionStore {
 public:
  std::optional<std::string> get(const std::string&, const std::string&) override { return {}; }
  void put(const std::string&, const std::string&, const std::string&,
           std::chrono::seconds) override {}
};

}  // namespace

TEST_SUITE("plugin_common") {
  TEST_CASE("settings: the value, else the default; endpoints without a trailing slash") {
    NoEngine engine;
    NoStore store;
    const std::map<std::string, std::string> settings{{"crossref.endpoint", "http://127.0.0.1:9/"},
                                                      {"crossref.mailto", ""},
                                                      {"archive.mode", "all"}};
    const citecheck::ResolveContext context{engine, store, settings, "", {}};
    CHECK(setting(context, "archive.mode", "broken") == "all");
    CHECK(setting(context, "crossref.mailto", "none") == "none");  // empty is unset
    CHECK(setting(context, "undl.endpoint", "https://digitallibrary.un.org") ==
          "https://digitallibrary.un.org");
    CHECK(endpoint_setting(context, "crossref.endpoint", "https://api.crossref.org") ==
          "http://127.0.0.1:9");
    CHECK(endpoint_setting(context, "doi.endpoint", "https://doi.org//") == "https://doi.org");
  }
}

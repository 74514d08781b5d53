#include <doctest/doctest.h>

#include <citecheck/plugin_host.hpp>

namespace fs = std::filesystem;
using citecheck::plugin_search_path;

namespace {

const fs::path k_install_dir = fs::path(CITECHECK_INSTALL_PLUGIN_DIR).lexically_normal();

}  // namespace

TEST_SUITE("plugin_host") {
  TEST_CASE("search path: --plugin-dir, then CITECHECK_PLUGIN_PATH, then exe tree, then prefix") {
    const auto dirs =
        plugin_search_path({"/cli/one", "/cli/two"}, "/opt/cc/bin/citecheck", "/env/one:/env/two");
    REQUIRE(dirs.size() == 6);
    CHECK(dirs[0] == "/cli/one");
    CHECK(dirs[1] == "/cli/two");
    CHECK(dirs[2] == "/env/one");
    CHECK(dirs[3] == "/env/two");
    CHECK(dirs[4] == "/opt/cc/lib/citecheck/plugins");
    CHECK(dirs[5] == k_install_dir);
  }

  TEST_CASE("search path: empty CITECHECK_PLUGIN_PATH entries never mean the current directory") {
    struct Case {
      std::string env;
      std::vector<fs::path> expected_front;
    };
    const Case cases[] = {
        {"", {}},           {":", {}},
        {"::/a::", {"/a"}}, {"/a:/b", {"/a", "/b"}},
        {"/a/:/a", {"/a"}}, {"/a/./b/../c", {"/a/c"}},
    };
    for (const auto& c : cases) {
      CAPTURE(c.env);
      const auto dirs = plugin_search_path({}, "/opt/cc/bin/citecheck", c.env);
      REQUIRE(dirs.size() == c.expected_front.size() + 2);
      for (std::size_t i = 0; i < c.expected_front.size(); ++i) {
        CHECK(dirs[i] == c.expected_front[i]);
      }
      CHECK(dirs[dirs.size() - 2] == "/opt/cc/lib/citecheck/plugins");
    }
  }

  TEST_CASE("search path: a directory named twice is searched once, at its first place") {
    const auto dirs =
        plugin_search_path({"/x", "/opt/cc/lib/citecheck/plugins"}, "/opt/cc/bin/citecheck", "/x");
    REQUIRE(dirs.size() == 3);
    CHECK(dirs[0] == "/x");
    CHECK(dirs[1] == "/opt/cc/lib/citecheck/plugins");
    CHECK(dirs[2] == k_install_dir);
  }

  TEST_CASE("search path: an executable without a directory adds no exe-relative entry") {
    const auto dirs = plugin_search_path({}, "citecheck", "");
    REQUIRE(dirs.size() == 1);
    CHECK(dirs[0] == k_install_dir);
  }

  TEST_CASE("search path: the build tree mirrors the install tree") {
    const auto dirs = plugin_search_path({}, fs::path(CITECHECK_BINARY), "");
    REQUIRE(dirs.size() >= 1);
    CHECK(dirs[0] == fs::path(CITECHECK_PLUGIN_DIR).lexically_normal());
  }
}

#include <doctest/doctest.h>

#include "plugin_host/plugin_files.hpp"
#include "plugin_host/temp_dir.hpp"

using citecheck::plugin_host::list_plugin_files;
using citecheck::plugin_host::plugin_name_from_file;

TEST_SUITE("plugin_host") {
  TEST_CASE("plugin_name_from_file takes the name between libcitecheck- and .so") {
    struct Case {
      std::string file;
      std::string expected;  // "": not a plugin file
    };
    const Case cases[] = {
        {"libcitecheck-news.so", "news"},
        {"/usr/lib/citecheck/plugins/libcitecheck-un-documents.so", "un-documents"},
        {"libcitecheck-a.so", "a"},
        {"libcitecheck-.so", ""},
        {"libcitecheck-news.so.1", ""},
        {"libcitecheck-news.dylib", ""},
        {"citecheck-news.so", ""},
        {"libother-news.so", ""},
        {"libcitecheck_news.so", ""},
        {"", ""},
        {"/plugins/libcitecheck-news.so/", ""},
    };
    for (const auto& c : cases) {
      CAPTURE(c.file);
      const auto name = plugin_name_from_file(c.file);
      if (c.expected.empty()) {
        CHECK_FALSE(name.has_value());
      } else {
        REQUIRE(name.has_value());
        CHECK(*name == c.expected);
      }
    }
  }

  TEST_CASE("list_plugin_files keeps only plugin files, sorted") {
    citecheck::test::TempDir dir;
    dir.write("libcitecheck-zeta.so", "");
    dir.write("libcitecheck-alpha.so", "");
    dir.write("README.txt", "");
    dir.write("libcitecheck-alpha.so.bak", "");
    dir.write("sub/libcitecheck-nested.so", "");
    std::string error;
    const auto files = list_plugin_files(dir.path(), error);
    CHECK(error.empty());
    REQUIRE(files.size() == 2);
    CHECK(files[0].filename() == "libcitecheck-alpha.so");
    CHECK(files[1].filename() == "libcitecheck-zeta.so");
  }

  TEST_CASE("list_plugin_files on a missing directory says which and why") {
    std::string error;
    const auto files = list_plugin_files("/nonexistent/citecheck/plugins", error);
    CHECK(files.empty());
    CHECK(error.find("/nonexistent/citecheck/plugins") != std::string::npos);
  }
}

#include <doctest/doctest.h>

#include <string>

#include "plugin_host/load_library.hpp"
#include "plugin_host/temp_dir.hpp"

namespace fs = std::filesystem;
using citecheck::plugin_host::load_library;
using citecheck::test::fixture_plugin;
using citecheck::test::read_bytes;
using citecheck::test::TempDir;

namespace {

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

TEST_SUITE("plugin_host") {
  TEST_CASE("load_library: a good plugin loads, with its info and a working recognizer") {
    auto outcome = load_library(fixture_plugin("good"));
    REQUIRE_MESSAGE(outcome.loaded.has_value(), outcome.error);
    CHECK(outcome.error.empty());
    CHECK(outcome.loaded->info.name == "good");
    CHECK(outcome.loaded->info.priority == 50);
    CHECK(outcome.loaded->library.is_loaded());
    citecheck::Citation citation;
    citation.raw = "a fixture citation";
    CHECK(outcome.loaded->plugin->recognize(citation) == citecheck::Recognition::recognized);
    CHECK(citation.title == "claimed by good");
    citecheck::Citation other;
    other.raw = "something else";
    CHECK(outcome.loaded->plugin->recognize(other) == citecheck::Recognition::not_mine);
  }

  TEST_CASE("load_library: each broken plugin is refused with one sentence naming the file") {
    struct Case {
      std::string fixture;
      std::vector<std::string> expected_parts;
    };
    const std::string api = std::to_string(citecheck::k_plugin_api_version);
    const Case cases[] = {
        {"wrongapi",
         {"built for plugin API 7, this citecheck speaks API " + api,
          "rebuild the plugin against this version"}},
        {"nocreate", {"not a citecheck plugin (no citecheck_plugin_create symbol)"}},
        {"noversion", {"not a citecheck plugin (no citecheck_plugin_api_version symbol)"}},
        {"throws", {"create() failed", "fixture refuses to start: no configuration"}},
        {"infoapi",
         {"plugin 'infoapi'", "API " + std::to_string(citecheck::k_plugin_api_version + 41),
          "exports API " + api}},
        {"unresolved", {"cannot be loaded", "citecheck_fixture_symbol_defined_nowhere"}},
    };
    for (const auto& c : cases) {
      CAPTURE(c.fixture);
      const auto file = fixture_plugin(c.fixture);
      REQUIRE(fs::exists(file));
      const auto outcome = load_library(file);
      CHECK_FALSE(outcome.loaded.has_value());
      CAPTURE(outcome.error);
      CHECK(outcome.error.starts_with(file.string() + ": "));
      for (const auto& part : c.expected_parts) {
        CHECK(contains(outcome.error, part));
      }
    }
  }

  TEST_CASE("load_library: files that are not libraries are refused with the reason") {
    TempDir dir;
    const std::string good = read_bytes(fixture_plugin("good"));
    REQUIRE(good.size() > 4096);
    std::string other_class = good;
    other_class[4] = 1;  // ELFCLASS32: dlopen's own reason
    std::string other_machine = good;
    other_machine[18] = 40;  // EM_ARM: glibc alone would say "No such file or directory"
    other_machine[19] = 0;

    struct Case {
      std::string name;
      std::string content;
      std::string reason;
    };
    const Case cases[] = {
        {"libcitecheck-bogus.so", "this is a text file, not a library\n",
         "does not start with an ELF header"},
        {"libcitecheck-empty.so", "", "does not start with an ELF header"},
        {"libcitecheck-truncated.so", good.substr(0, 200), "the file is truncated"},
        {"libcitecheck-halved.so", good.substr(0, good.size() / 2), "the file is truncated"},
        {"libcitecheck-class.so", other_class, "wrong ELF class"},
        {"libcitecheck-arm.so", other_machine, "built for another machine"},
    };
    for (const auto& c : cases) {
      CAPTURE(c.name);
      const auto file = dir.write(c.name, c.content);
      const auto outcome = load_library(file);
      CHECK_FALSE(outcome.loaded.has_value());
      CAPTURE(outcome.error);
      CHECK(outcome.error.starts_with(file.string() + ": cannot be loaded as a shared library ("));
      CHECK(contains(outcome.error, c.reason));
      // The file name is said once, not repeated by dlopen's message.
      CHECK(outcome.error.find(file.string(), 1) == std::string::npos);
    }
  }

  TEST_CASE("load_library: missing files, directories and misnamed copies are refused") {
    TempDir dir;
    const auto missing = dir.path() / "libcitecheck-missing.so";
    CHECK(load_library(missing).error == missing.string() + ": no such plugin file");

    const auto folder = dir.path() / "libcitecheck-folder.so";
    fs::create_directories(folder);
    CHECK(contains(load_library(folder).error, "not a regular file"));

    const auto renamed = dir.copy(fixture_plugin("good"), "libcitecheck-other.so");
    const auto outcome = load_library(renamed);
    CHECK_FALSE(outcome.loaded.has_value());
    CHECK(contains(outcome.error,
                   "file name says plugin 'other' but the plugin calls itself 'good'"));
    CHECK(contains(outcome.error, "libcitecheck-good.so"));

    // Outside the plugin naming scheme (an explicit file), the name is not checked.
    const auto free_name = dir.copy(fixture_plugin("good"), "my-plugin.so");
    const auto free_outcome = load_library(free_name);
    REQUIRE_MESSAGE(free_outcome.loaded.has_value(), free_outcome.error);
    CHECK(free_outcome.loaded->info.name == "good");
  }
}

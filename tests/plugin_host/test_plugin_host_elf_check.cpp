#include <doctest/doctest.h>

#include <string>

#include "plugin_host/elf_check.hpp"
#include "plugin_host/temp_dir.hpp"

using citecheck::plugin_host::check_elf_file;
using citecheck::test::fixture_plugin;
using citecheck::test::read_bytes;
using citecheck::test::TempDir;

TEST_SUITE("plugin_host") {
  TEST_CASE("check_elf_file: whole libraries pass; damaged ones are named for what is wrong") {
    const std::string good = read_bytes(fixture_plugin("good"));
    REQUIRE(good.size() > 4096);
    std::string other_machine = good;
    other_machine[18] = 40;  // e_machine = EM_ARM (little-endian half-word)
    other_machine[19] = 0;
    std::string other_class = good;
    other_class[4] = 1;  // ELFCLASS32: left to dlopen, which names the class

    struct Case {
      std::string name;
      std::string content;
      std::string expected;  // "" = no problem seen
    };
    const Case cases[] = {
        {"whole", good, ""},
        {"text", "this is a text file, not a library\n", "does not start with an ELF header"},
        {"empty", "", "does not start with an ELF header"},
        {"magic only", good.substr(0, 4), ""},
        {"header cut", good.substr(0, 40), "truncated: it has 40 bytes"},
        {"program headers cut", good.substr(0, 200), "its program headers reach"},
        {"halved", good.substr(0, good.size() / 2), "truncated"},
        {"last byte missing", good.substr(0, good.size() - 1), "its section headers reach"},
        {"other machine", other_machine, "built for another machine (ELF machine 40"},
        {"other class", other_class, ""},
    };
    TempDir dir;
    for (const auto& c : cases) {
      CAPTURE(c.name);
      const auto problem = check_elf_file(dir.write("lib.so", c.content));
      if (c.expected.empty()) {
        CHECK_FALSE(problem.has_value());
      } else {
        REQUIRE(problem.has_value());
        CAPTURE(*problem);
        CHECK(problem->find(c.expected) != std::string::npos);
      }
    }
  }

  TEST_CASE("check_elf_file: a missing file is left to dlopen to explain") {
    CHECK_FALSE(check_elf_file("/nonexistent/libcitecheck-x.so").has_value());
  }
}

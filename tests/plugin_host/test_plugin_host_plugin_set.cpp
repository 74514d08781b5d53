#include <doctest/doctest.h>

#include <algorithm>
#include <stdexcept>

#include <citecheck/plugin_host.hpp>

#include "plugin_host/temp_dir.hpp"

namespace fs = std::filesystem;
using citecheck::Citation;
using citecheck::Plugin;
using citecheck::PluginInfo;
using citecheck::PluginSet;
using citecheck::Recognition;
using citecheck::test::fixture_plugin;
using citecheck::test::TempDir;

namespace {

/// A plugin linked into the test: claims citations whose text contains `word`.
class WordPlugin final : public Plugin {
 public:
  WordPlugin(std::string name, int priority, std::string word, Recognition answer)
      : m_name(std::move(name)), m_priority(priority), m_word(std::move(word)), m_answer(answer) {}
  PluginInfo info() const override {
    PluginInfo info;
    info.name = m_name;
    info.priority = m_priority;
    return info;
  }
  Recognition recognize(Citation& citation) const override {
    if (citation.raw.find(m_word) == std::string::npos) {
      return Recognition::not_mine;
    }
    citation.title = m_name;
    return m_answer;
  }

 private:
  std::string m_name;
  int m_priority;
  std::string m_word;
  Recognition m_answer;
};

/// Fills a field and then throws: the host must not keep the half-done change.
class ThrowingPlugin final : public Plugin {
 public:
  PluginInfo info() const override {
    PluginInfo info;
    info.name = "thrower";
    info.priority = 1;
    return info;
  }
  Recognition recognize(Citation& citation) const override {
    citation.title = "half done";
    throw std::runtime_error("regex blew up");
  }
  std::optional<citecheck::Resolution> resolve(const Citation&,
                                               citecheck::ResolveContext&) override {
    throw std::runtime_error("service down");
  }
};

std::vector<std::string> names(const PluginSet& set) {
  std::vector<std::string> out;
  for (const auto& plugin : set.plugins()) {
    out.push_back(plugin.info.name);
  }
  return out;
}

Citation citation_of(std::string raw) {
  Citation citation;
  citation.id = "1.1";
  citation.raw = std::move(raw);
  return citation;
}

bool any_error_mentions(const PluginSet& set, const std::string& part) {
  return std::any_of(set.errors().begin(), set.errors().end(), [&](const auto& error) {
    return error.message.find(part) != std::string::npos;
  });
}

}  // namespace

TEST_SUITE("plugin_host") {
  TEST_CASE("load: the good plugin loads alongside the broken ones, each failure named") {
    TempDir dir;
    for (const char* name :
         {"good", "wrongapi", "nocreate", "noversion", "throws", "infoapi", "unresolved"}) {
      dir.copy(fixture_plugin(name), std::string("libcitecheck-") + name + ".so");
    }
    dir.write("libcitecheck-bogus.so", "not a library");
    dir.write("notes.txt", "ignored: not a plugin file name");

    const auto set = PluginSet::load({dir.path()});
    CHECK(names(set) == std::vector<std::string>{"good"});
    CHECK(set.plugins()[0].path == (dir.path() / "libcitecheck-good.so").string());
    REQUIRE(set.errors().size() == 7);
    for (const auto& error : set.errors()) {
      CAPTURE(error.message);
      CHECK(error.message.starts_with(error.path + ": "));
      CHECK(fs::path(error.path).parent_path() == dir.path());
    }
    CHECK(any_error_mentions(set, "built for plugin API 7"));
    CHECK(any_error_mentions(set, "libcitecheck-bogus.so: cannot be loaded"));
  }

  TEST_CASE("load: first directory wins for a plugin name; missing directories are skipped") {
    TempDir first;
    TempDir second;
    first.copy(fixture_plugin("good"), "libcitecheck-good.so");
    second.copy(fixture_plugin("good"), "libcitecheck-good.so");
    const auto set = PluginSet::load({first.path() / "absent", first.path(), second.path()});
    CHECK(set.errors().empty());
    REQUIRE(set.plugins().size() == 1);
    CHECK(set.plugins()[0].path == (first.path() / "libcitecheck-good.so").string());

    const auto reversed = PluginSet::load({second.path(), first.path()});
    REQUIRE(reversed.plugins().size() == 1);
    CHECK(reversed.plugins()[0].path == (second.path() / "libcitecheck-good.so").string());
  }

  TEST_CASE("load: a broken copy early on the path is reported and the later good copy used") {
    TempDir first;
    TempDir second;
    first.write("libcitecheck-good.so", "truncated");
    second.copy(fixture_plugin("good"), "libcitecheck-good.so");
    const auto set = PluginSet::load({first.path(), second.path()});
    CHECK(names(set) == std::vector<std::string>{"good"});
    CHECK(set.plugins()[0].path == (second.path() / "libcitecheck-good.so").string());
    REQUIRE(set.errors().size() == 1);
    CHECK(set.errors()[0].path == (first.path() / "libcitecheck-good.so").string());
  }

  TEST_CASE("load: a path entry that is a file is an error, not a crash") {
    TempDir dir;
    const auto file = dir.write("plugins", "a file where a directory was expected");
    const auto set = PluginSet::load({file});
    CHECK(set.plugins().empty());
    REQUIRE(set.errors().size() == 1);
    CHECK(set.errors()[0].message ==
          file.string() + ": not a directory, so no plugins are looked for there");
  }

  TEST_CASE("load_file: the same plugin twice is refused the second time") {
    PluginSet set;
    CHECK(set.load_file(fixture_plugin("good")));
    TempDir dir;
    const auto copy = dir.copy(fixture_plugin("good"), "libcitecheck-good.so");
    CHECK_FALSE(set.load_file(copy));
    REQUIRE(set.errors().size() == 1);
    CHECK(set.errors()[0].message.find("'good' is already loaded from " +
                                       fixture_plugin("good").string()) != std::string::npos);
    CHECK(set.plugins().size() == 1);
  }

  TEST_CASE("load_file: a loaded plugin recognizes through the set, also after a move") {
    PluginSet set;
    REQUIRE(set.load_file(fixture_plugin("good")));
    PluginSet moved = std::move(set);
    auto citation = citation_of("see the fixture");
    CHECK(moved.recognize(citation) == Recognition::recognized);
    CHECK(citation.title == "claimed by good");
    CHECK(citation.plugin == "good");
  }

  TEST_CASE("recognize: priority order, then name; the first claim wins, broken included") {
    PluginSet set;
    set.add(std::make_unique<WordPlugin>("zeta", 100, "doc", Recognition::recognized), "test");
    set.add(std::make_unique<WordPlugin>("alpha", 100, "doc", Recognition::recognized), "test");
    set.add(std::make_unique<WordPlugin>("late", 300, "url", Recognition::recognized), "test");
    set.add(std::make_unique<WordPlugin>("early", 10, "damaged", Recognition::broken), "test");
    CHECK(names(set) == std::vector<std::string>{"early", "alpha", "zeta", "late"});

    struct Case {
      std::string raw;
      Recognition answer;
      std::string winner;  // "" when nobody claims
    };
    const Case cases[] = {
        {"", Recognition::not_mine, ""},
        {"plain words", Recognition::not_mine, ""},
        {"a doc", Recognition::recognized, "alpha"},
        {"a doc with url", Recognition::recognized, "alpha"},
        {"only a url", Recognition::recognized, "late"},
        {"a damaged doc", Recognition::broken, "early"},
    };
    for (const auto& c : cases) {
      CAPTURE(c.raw);
      auto citation = citation_of(c.raw);
      CHECK(set.recognize(citation) == c.answer);
      CHECK(citation.title == c.winner);
      CHECK(citation.plugin == c.winner);
    }
  }

  TEST_CASE("recognize: a plugin that declines keeps the identifiers it found, nothing else") {
    // Finds a symbol and a DOI, writes a title, and declines: only the identifiers stay.
    class SpotterPlugin final : public Plugin {
     public:
      PluginInfo info() const override {
        return {"spotter", "1", citecheck::k_plugin_api_version, "", {}, 1, {}};
      }
      Recognition recognize(Citation& c) const override {
        c.un_symbols.push_back("S/RES/2100 (2013)");
        c.dois.push_back("10.1000/xyz");
        c.title = "should not stay";
        c.repairs.push_back({"strip_glued_digit", "S/RES/2100.6", "S/RES/2100", "test"});
        return Recognition::not_mine;
      }
    };
    PluginSet set;
    set.add(std::make_unique<SpotterPlugin>(), "test");
    set.add(std::make_unique<WordPlugin>("news", 300, "url", Recognition::recognized), "test");
    auto claimed = citation_of("a story with a url");
    CHECK(set.recognize(claimed) == Recognition::recognized);
    CHECK(claimed.plugin == "news");
    CHECK(claimed.un_symbols == std::vector<std::string>{"S/RES/2100 (2013)"});
    CHECK(claimed.dois == std::vector<std::string>{"10.1000/xyz"});
    CHECK(claimed.repairs.size() == 1);
    auto unclaimed = citation_of("plain words");
    CHECK(set.recognize(unclaimed) == Recognition::not_mine);
    CHECK(unclaimed.title.empty());
    CHECK(unclaimed.un_symbols.size() == 1);
  }

  TEST_CASE("recognize/resolve: a throwing plugin is skipped, its half-done edits dropped") {
    PluginSet set;
    set.add(std::make_unique<ThrowingPlugin>(), "built-in");
    set.add(std::make_unique<WordPlugin>("next", 100, "doc", Recognition::recognized), "test");
    auto citation = citation_of("a doc");
    CHECK(set.recognize(citation) == Recognition::recognized);
    CHECK(citation.title == "next");
    auto other = citation_of("nothing to see");
    CHECK(set.recognize(other) == Recognition::not_mine);
    CHECK(other.title.empty());
    REQUIRE(set.errors().size() == 1);  // reported once, not once per citation
    CHECK(set.errors()[0].path == "built-in");
    CHECK(set.errors()[0].message.find("regex blew up") != std::string::npos);
  }

  TEST_CASE("load: the real plugins of this build load from its plugin directory") {
    const auto set = PluginSet::load({fs::path(CITECHECK_PLUGIN_DIR)});
    for (const auto& error : set.errors()) {
      FAIL_CHECK(error.message);
    }
    auto loaded = names(set);
    std::sort(loaded.begin(), loaded.end());
    CHECK(loaded == std::vector<std::string>{"archive", "journals", "news", "un-documents"});
    for (const auto& plugin : set.plugins()) {
      CHECK(plugin.info.api_version == citecheck::k_plugin_api_version);
      CHECK(fs::path(plugin.path).parent_path() == fs::path(CITECHECK_PLUGIN_DIR));
    }
  }
}

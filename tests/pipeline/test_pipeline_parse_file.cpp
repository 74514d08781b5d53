// parse_file: a parse is kept under a key of everything it depends on, served again for the
// same bytes, and redone when the file, its path, the forced format or the parser changes.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <memory>

#include <citecheck/errors.hpp>
#include <citecheck/pipeline.hpp>
#include <citecheck/readers.hpp>

#include "readers/temp_dir.hpp"

using namespace citecheck;
using TempFolder = citecheck::testing::TempDir;

namespace {

class MapCache final : public ParsedDocumentCache {
 public:
  std::optional<ParsedDocument> parsed(const std::string& key) override {
    ++asked;
    const auto it = kept.find(key);
    return it == kept.end() ? std::nullopt : std::optional<ParsedDocument>(it->second);
  }
  void remember_parsed(const std::string& key, const ParsedDocument& document) override {
    kept[key] = document;
  }
  std::map<std::string, ParsedDocument> kept;
  int asked = 0;
};

constexpr const char* k_one_note =
    "A claim.[^1]\n\n[^1]: Jane Smith, 'A study', 2014, https://a.example/study.\n";
constexpr const char* k_two_notes =
    "A claim.[^1] Another.[^2]\n\n[^1]: Jane Smith, 'A study', 2014, https://a.example/study.\n"
    "[^2]: https://b.example/report.\n";

}  // namespace

TEST_CASE("parse_file keeps a parse and serves it for the same bytes") {
  TempFolder dir;
  const std::string path = dir.write("brief.md", k_one_note);
  const PluginSet plugins;
  MapCache cache;
  ParseFileOptions options;
  options.cache = &cache;
  options.identity = parser_identity(plugins);

  const ParsedDocument first = parse_file(path, plugins, options);
  REQUIRE(first.footnotes.size() == 1);
  REQUIRE(cache.kept.size() == 1);
  // Served from the cache: what the cache holds is what comes back.
  cache.kept.begin()->second.warnings.push_back("from the cache");
  const ParsedDocument again = parse_file(path, plugins, options);
  CHECK(again.warnings.back() == "from the cache");

  // New bytes at the same path: parsed again, under a new key.
  dir.write("brief.md", k_two_notes);
  const ParsedDocument changed = parse_file(path, plugins, options);
  CHECK(changed.footnotes.size() == 2);
  CHECK(cache.kept.size() == 2);

  // Without a cache it parses, as read_document + parse_document do.
  const ParsedDocument uncached = parse_file(path, plugins, ParseFileOptions{});
  CHECK(uncached.footnotes.size() == 2);
  CHECK(cache.asked == 3);
}

TEST_CASE("a refused file throws as read_document does and keeps nothing") {
  TempFolder dir;
  const std::string path = dir.write("empty.md", "");
  const PluginSet plugins;
  MapCache cache;
  ParseFileOptions options;
  options.cache = &cache;
  CHECK_THROWS_AS(parse_file(path, plugins, options), InputError);
  CHECK_THROWS_AS(parse_file(dir.write("x", "") + ".missing", plugins, options), InputError);
  CHECK(cache.kept.empty());
}

TEST_CASE("the parse key changes with everything the parse depends on") {
  const std::string base = parse_key("id", "a.md", std::nullopt, "bytes");
  CHECK(base.size() == 64);
  CHECK(parse_key("id", "a.md", std::nullopt, "bytes") == base);
  CHECK(parse_key("id2", "a.md", std::nullopt, "bytes") != base);
  CHECK(parse_key("id", "b.md", std::nullopt, "bytes") != base);
  CHECK(parse_key("id", "a.md", Format::text, "bytes") != base);
  CHECK(parse_key("id", "a.md", Format::markdown, "bytes") !=
        parse_key("id", "a.md", Format::text, "bytes"));
  CHECK(parse_key("id", "a.md", std::nullopt, "bytes!") != base);
  // The parts are separated: moving a byte from the path to the identity is another key.
  CHECK(parse_key("ida", ".md", std::nullopt, "bytes") != base);
}

TEST_CASE("the parser's identity names the program, the PDF reader and each plugin") {
  const std::string readers = reader_identity();
  CHECK(readers.find("citecheck " CITECHECK_VERSION) != std::string::npos);
  CHECK(readers.find(" missing") == std::string::npos);  // the running program exists
  PluginSet none;
  CHECK(parser_identity(none).starts_with(readers));
  CHECK(file_identity("/nonexistent/file") == "/nonexistent/file missing");
  TempFolder dir;
  const std::string path = dir.write("f", "one");
  const std::string before = file_identity(path);
  dir.write("f", "three");  // another size
  CHECK(file_identity(path) != before);
}

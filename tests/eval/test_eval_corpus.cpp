#include <doctest/doctest.h>

#include <fstream>
#include <random>

#include <citecheck/errors.hpp>
#include <citecheck/eval.hpp>

using namespace citecheck;
using namespace citecheck::eval;

namespace {

/// A temporary folder, removed at the end of the test.
struct TempDir {
  std::filesystem::path path;
  TempDir() {
    std::random_device random;
    path = std::filesystem::temp_directory_path() /
           ("citecheck-eval-" + std::to_string(random()) + std::to_string(random()));
    std::filesystem::create_directories(path);
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path, ignored);
  }
  void write(const std::string& name, const std::string& text) const {
    std::ofstream(path / name, std::ios::binary) << text;
  }
};

}  // namespace

TEST_SUITE("eval") {
  TEST_CASE("evaluate_corpus: one bad gold file fails alone; totals only count the scored") {
    TempDir dir;
    dir.write("a.txt", "Body text.\n\n1 See http://example.org/a.\n");
    dir.write("a.gold.json", R"({"document": "a.txt", "format": "text", "footnotes": [
        {"number": 1, "text": "See http://example.org/a.", "citations": [
          {"kind": "web", "urls": ["http://example.org/a"], "dois": [], "un_symbols": []}]}]})");
    dir.write("b.gold.json", "{ not json");
    dir.write("c.gold.json", R"({"document": "missing.txt", "format": "text", "footnotes": []})");
    const PluginSet plugins;
    const CorpusResult result = evaluate_corpus(dir.path, plugins);
    REQUIRE(result.documents.size() == 3);
    CHECK(result.documents[0].outcome == Outcome::scored);
    CHECK(result.documents[1].outcome == Outcome::failed);
    CHECK(result.documents[1].reason.find("b.gold.json") != std::string::npos);
    CHECK(result.documents[2].outcome == Outcome::failed);
    CHECK(result.documents[2].reason.find("missing.txt") != std::string::npos);
    REQUIRE(result.formats.size() == 1);
    CHECK(result.formats[0].format == Format::text);
    CHECK(result.formats[0].documents == 1);
    CHECK(result.total.footnotes_expected == 1);
  }

  TEST_CASE("evaluate_corpus: a missing folder is an input error naming it") {
    const PluginSet plugins;
    CHECK_THROWS_AS(evaluate_corpus("/nonexistent/citecheck-corpus", plugins), InputError);
  }

  TEST_CASE("evaluate_corpus on the real corpus scores every text document") {
    const PluginSet plugins;
    const CorpusResult result = evaluate_corpus(CITECHECK_CORPUS_DIR, plugins);
    CHECK(result.documents.size() >= 6);
    for (const auto& document : result.documents) {
      CAPTURE(document.document);
      CAPTURE(document.reason);
      CHECK(document.outcome != Outcome::failed);
      if (document.format == Format::text) {
        CHECK(document.outcome == Outcome::scored);
      }
    }
  }
}

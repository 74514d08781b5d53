#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include <citecheck/pipeline.hpp>
#include <citecheck/readers.hpp>

using namespace citecheck;

namespace {

/// Claims citations that mention "Journal of Tests"; says "broken" for "GARBLED".
class FakeJournalPlugin final : public Plugin {
 public:
  PluginInfo info() const override {
    PluginInfo info;
    info.name = "fake-journal";
    info.version = "1";
    info.kinds = {Kind::journal_article};
    return info;
  }
  Recognition recognize(Citation& citation) const override {
    if (citation.raw.find("GARBLED") != std::string::npos) {
      citation.plugin = "fake-journal";
      return Recognition::broken;
    }
    if (citation.raw.find("Journal of Tests") == std::string::npos) {
      return Recognition::not_mine;
    }
    citation.kind = Kind::journal_article;
    citation.plugin = "fake-journal";
    return Recognition::recognized;
  }
};

PluginSet fake_plugins() {
  PluginSet plugins;
  plugins.add(std::make_unique<FakeJournalPlugin>(), "test");
  return plugins;
}

// A page of body text with footnote markers and its footnote block, as pdftotext writes it.
constexpr const char* k_small_document =
    "The mission was set up in 2013.1 It was renewed a year later.2 Its mandate was\n"
    "discussed at length by the Council.3\n"
    "\n"
    "1 Jane Smith, 'A study of missions', Journal of Tests 4(2), 2014, pp. 1-20.\n"
    "2 Ibid.\n"
    "3 GARBLED Council meeting record, see http://example.org/records/2014/meeting.\n";

ParsedDocument parse_text(const std::string& path, const std::string& text,
                          const PluginSet& plugins) {
  return parse_document(read_document_bytes(path, text, Format::text), plugins);
}

}  // namespace

TEST_SUITE("pipeline") {
  TEST_CASE("a small document: footnotes found, citations split, plugins asked") {
    const PluginSet plugins = fake_plugins();
    const ParsedDocument parsed = parse_text("small.txt", k_small_document, plugins);
    CHECK(parsed.path == "small.txt");
    CHECK(parsed.format == Format::text);
    REQUIRE(parsed.footnotes.size() == 3);
    for (int i = 0; i < 3; ++i) {
      CHECK(parsed.footnotes[i].number == i + 1);
      CHECK_FALSE(parsed.footnotes[i].citations.empty());
    }
    const Citation& article = parsed.footnotes[0].citations.at(0);
    CHECK(article.id == "1.1");
    CHECK(article.kind == Kind::journal_article);
    CHECK(article.plugin == "fake-journal");

    const Citation& ibid = parsed.footnotes[1].citations.at(0);
    CHECK(ibid.kind == Kind::ibid);
    CHECK(ibid.ibid_of == 1);

    // A plugin that says "mine, but broken" is heard: the document carries a warning.
    bool warned = false;
    for (const auto& warning : parsed.warnings) {
      warned = warned || (warning.find("small.txt") != std::string::npos &&
                          warning.find("fake-journal") != std::string::npos);
    }
    CHECK(warned);
    CHECK(parsed.footnotes[2].citations.at(0).urls ==
          std::vector<std::string>{"http://example.org/records/2014/meeting"});
  }

  TEST_CASE("no plugin claims a citation: core still gives it a kind") {
    const PluginSet none;
    const ParsedDocument parsed = parse_text("small.txt", k_small_document, none);
    REQUIRE(parsed.footnotes.size() == 3);
    CHECK(parsed.footnotes[1].citations.at(0).kind == Kind::ibid);
    // Unclaimed, with a URL: the generic kind is web, not the default 'other'.
    CHECK(parsed.footnotes[2].citations.at(0).kind == Kind::web);
    CHECK(parsed.footnotes[2].citations.at(0).plugin.empty());
  }

  TEST_CASE("no footnotes: an empty list and a warning naming the document") {
    const PluginSet none;
    const ParsedDocument parsed =
        parse_text("plain.txt", "Just a paragraph of prose, with no notes at all.\n", none);
    CHECK(parsed.footnotes.empty());
    REQUIRE_FALSE(parsed.warnings.empty());
    bool named = false;
    for (const auto& warning : parsed.warnings) {
      named = named || warning.find("plain.txt") != std::string::npos;
    }
    CHECK(named);
  }

  TEST_CASE("reader warnings are carried into the parsed document") {
    Document document = read_document_bytes("w.txt", "Some text.\n", Format::text);
    document.warnings.push_back("w.txt: reader said something");
    const PluginSet none;
    const ParsedDocument parsed = parse_document(document, none);
    CHECK(parsed.warnings.front() == "w.txt: reader said something");
  }

  TEST_CASE("explicit notes (Markdown footnotes) go through the same pipeline") {
    const PluginSet plugins = fake_plugins();
    const std::string markdown =
        "A claim.[^1] Another.[^2]\n\n"
        "[^1]: Jane Smith, 'A study', Journal of Tests 4(2), 2014.\n"
        "[^2]: See <https://example.org/page>.\n";
    const ParsedDocument parsed =
        parse_document(read_document_bytes("notes.md", markdown, Format::markdown), plugins);
    REQUIRE(parsed.footnotes.size() == 2);
    CHECK(parsed.footnotes[0].citations.at(0).plugin == "fake-journal");
    CHECK(parsed.footnotes[1].citations.at(0).urls ==
          std::vector<std::string>{"https://example.org/page"});
  }

  TEST_CASE("the reference document: 24 footnotes, numbered 1 to 24") {
    const PluginSet none;
    const ParsedDocument parsed = parse_document(
        read_document(std::string(CITECHECK_CORPUS_DIR) + "/minusma-brief.txt"), none);
    REQUIRE(parsed.footnotes.size() == 24);
    for (int i = 0; i < 24; ++i) {
      CHECK(parsed.footnotes[i].number == i + 1);
    }
  }
}

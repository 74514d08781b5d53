#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <memory>
#include <sstream>

#include <citecheck/json.hpp>
#include <citecheck/pipeline.hpp>
#include <citecheck/readers.hpp>

#include "journals_plugin.hpp"
#include "news_plugin.hpp"
#include "un_documents_plugin.hpp"

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

namespace {

// A long footnoted document of every kind the plugins read, so that recognition is shared
// out over threads.
std::string long_document(int notes) {
  const char* kinds[] = {
      "Security Council resolution 2100 (2013), S/RES/2100 (2013), 25 April 2013.",
      "J. Smith and A. Jones, 'Peacekeeping under fire', Journal of Peace Research 51(2), "
      "2014, pp. 1-20, doi:10.1177/0022343313519465.",
      "Reuters, 'Attack on convoy in northern Mali', 12 March 2015, "
      "https://www.reuters.com/article/mali-attack-idUSKBN0M81.",
      "Ibid., p. 4.",
      "Interview with a UN official, Bamako, May 2016.",
      "Report of the Secretary-General on the situation in Mali, S/2016/498, 31 May 2016.",
      "See http://example.org/records/meeting.",
      "GARBLED and Journal of Tests 3(1).",
  };
  std::string body = "# Report\n\n";
  std::string notes_text;
  for (int i = 1; i <= notes; ++i) {
    body += "Claim " + std::to_string(i) + ".[^" + std::to_string(i) + "]\n";
    notes_text += "[^" + std::to_string(i) + "]: " + kinds[i % std::size(kinds)] + "\n";
  }
  return body + "\n" + notes_text;
}

}  // namespace

TEST_SUITE("pipeline") {
  TEST_CASE("recognition on several threads gives the same document as on one") {
    PluginSet plugins;
    plugins.add(std::make_unique<citecheck::plugins::UnDocumentsPlugin>(), "static");
    plugins.add(std::make_unique<citecheck::plugins::JournalsPlugin>(), "static");
    plugins.add(std::make_unique<citecheck::plugins::NewsPlugin>(), "static");
    plugins.add(std::make_unique<FakeJournalPlugin>(), "test");
    const Document document = read_document_bytes("long.md", long_document(4000), Format::markdown);
    const ParsedDocument one = parse_document(document, plugins, ParseOptions{1});
    REQUIRE(one.footnotes.size() == 4000);
    std::size_t broken_warnings = 0;
    for (const auto& warning : one.warnings) {
      broken_warnings += warning.find("too damaged") != std::string::npos ? 1 : 0;
    }
    CHECK(broken_warnings == 500);  // one note in eight
    const std::string expected = to_json(one).dump();
    for (const unsigned threads : {2u, 3u, 8u, 0u}) {
      CAPTURE(threads);
      const ParsedDocument many = parse_document(document, plugins, ParseOptions{threads});
      CHECK(to_json(many).dump() == expected);  // fields, kinds and warnings, in order
    }
  }
}

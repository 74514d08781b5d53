// The wikitext corpus document against its hand-checked gold: every footnote found, with
// MediaWiki's number and the raw text of its defining <ref>.
#include <fstream>
#include <sstream>
#include <string>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <citecheck/readers.hpp>

#include "text/strings.hpp"

TEST_SUITE("readers_html_wiki") {
  TEST_CASE("julia kristeva wikitext matches its gold footnotes") {
    const std::string dir = CITECHECK_CORPUS_DIR;
    std::ifstream gold_file(dir + "/wikitext_julia_kristeva.gold.json");
    REQUIRE(gold_file.good());
    const nlohmann::json gold = nlohmann::json::parse(gold_file);
    const citecheck::Document doc = citecheck::read_document(dir + "/wikitext_julia_kristeva.wiki");
    CHECK(doc.format == citecheck::Format::wikitext);
    const auto& footnotes = gold.at("footnotes");
    REQUIRE(doc.notes.size() == footnotes.size());
    for (std::size_t i = 0; i < footnotes.size(); ++i) {
      CAPTURE(i);
      const auto& note = doc.notes[i];
      CHECK(note.number == footnotes[i].at("number").get<int>());
      CHECK(citecheck::text::fold_whitespace(doc.text.substr(note.begin, note.end - note.begin)) ==
            citecheck::text::fold_whitespace(footnotes[i].at("text").get<std::string>()));
      CHECK(note.marker.has_value());
    }
    // Every gold URL is stated by the markup (a link inside its note).
    for (std::size_t i = 0; i < footnotes.size(); ++i) {
      const std::string text = citecheck::text::fold_whitespace(
          doc.text.substr(doc.notes[i].begin, doc.notes[i].end - doc.notes[i].begin));
      for (const auto& citation : footnotes[i].at("citations")) {
        for (const auto& url : citation.at("urls")) {
          bool found = false;
          for (const auto& link : doc.links) {
            found = found || (link.url == url.get<std::string>() &&
                              link.begin >= doc.notes[i].begin && link.end <= doc.notes[i].end);
          }
          const bool bare = text == url.get<std::string>();
          CHECK_MESSAGE((found || bare), "footnote " << i + 1 << ": " << url);
        }
      }
    }
  }
}

#include <doctest/doctest.h>

#include <algorithm>
#include <memory>
#include <string>

#include <citecheck/pipeline.hpp>
#include <citecheck/plugin_host.hpp>
#include <citecheck/readers.hpp>

#include "journals_plugin.hpp"
#include "readers_jats/article.hpp"

using namespace citecheck;

namespace {

const Citation* citation_with_doi(const ParsedDocument& parsed, const std::string& doi) {
  for (const Footnote& footnote : parsed.footnotes) {
    for (const Citation& citation : footnote.citations) {
      if (std::find(citation.dois.begin(), citation.dois.end(), doi) != citation.dois.end()) {
        return &citation;
      }
    }
  }
  return nullptr;
}

}  // namespace

TEST_SUITE("readers_jats") {
  TEST_CASE("whole pipeline on a JATS article: DOIs, titles and links reach the citations") {
    PluginSet plugins;
    plugins.add(std::make_unique<plugins::JournalsPlugin>(), "static");
    const Document doc = read_document_bytes("article.xml", testing::k_jats_article);
    REQUIRE(doc.format == Format::jats);
    const ParsedDocument parsed = parse_document(doc, plugins);
    REQUIRE(parsed.footnotes.size() == 5);

    const Citation* smith = citation_with_doi(parsed, "10.1080/13533312.2015.1040151");
    REQUIRE(smith != nullptr);
    CHECK(smith->plugin == "journals");
    CHECK(smith->title == "The politics of peace operations");
    CHECK(smith->issued == "2015");
    CHECK(smith->volume == "22");

    const Citation* brown = citation_with_doi(parsed, "10.1163/19426720-02402004");
    REQUIRE(brown != nullptr);
    CHECK(brown->plugin == "journals");
    CHECK(brown->title == "Mandates and their limits");

    bool un_link = false;
    bool data_link = false;
    for (const Footnote& footnote : parsed.footnotes) {
      for (const Citation& citation : footnote.citations) {
        for (const std::string& url : citation.urls) {
          un_link = un_link || url == "https://www.un.org/en/ga/";
          data_link = data_link || url == "https://peacekeeping.un.org/en/data";
        }
      }
    }
    CHECK(un_link);  // only in the href: the visible text is "General Assembly page"
    CHECK(data_link);
    const auto marked = std::count_if(parsed.footnotes.begin(), parsed.footnotes.end(),
                                      [](const Footnote& f) { return f.marker.has_value(); });
    CHECK(marked == 4);
  }
}

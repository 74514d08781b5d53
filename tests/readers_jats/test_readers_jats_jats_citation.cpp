#include <doctest/doctest.h>

#include <string>

#include <pugixml.hpp>

#include "readers/jats_citation.hpp"

using namespace citecheck::readers::jats;

namespace {

std::string written(const std::string& xml) {
  pugi::xml_document doc;
  REQUIRE(doc.load_string(xml.c_str(), pugi::parse_default | pugi::parse_ws_pcdata));
  TextBuilder out;
  if (!write_element_citation(doc.document_element(), out)) {
    return "<none>";
  }
  return out.take_text();
}

}  // namespace

TEST_SUITE("readers_jats") {
  TEST_CASE("element-citation written out: table-driven") {
    struct Case {
      const char* xml;
      const char* expected;
    };
    const Case cases[] = {
        {"<element-citation><person-group><name><surname>Lee</surname><given-names>K</given-names>"
         "</name><etal/></person-group><article-title>On X</article-title><source>J Y</source>"
         "<year>2001</year><volume>3</volume><fpage>7</fpage></element-citation>",
         "Lee, K et al. (2001). On X. J Y, 3, 7."},
        {"<element-citation publication-type='book'><person-group person-group-type='author'>"
         "<collab>World Bank</collab></person-group><source>World Development Report</source>"
         "<year>2011</year><publisher-loc>Washington, DC</publisher-loc><publisher-name>World Bank"
         "</publisher-name></element-citation>",
         "World Bank (2011). World Development Report. Washington, DC: World Bank."},
        {"<element-citation><person-group person-group-type='editor'><name><surname>Ed</surname>"
         "</name></person-group><chapter-title>Ch</chapter-title><source>Book</source>"
         "</element-citation>",
         "Ch. In Ed (Ed.), Book."},
        {"<element-citation><source>Site</source><ext-link xlink:href='https://a.org/x'>"
         "https://a.org/x</ext-link></element-citation>",
         "Site. https://a.org/x"},
        {"<element-citation><source>S</source><ext-link ext-link-type='doi' "
         "xlink:href='10.1/abc'>link</ext-link><pub-id pub-id-type='pmid'>123</pub-id>"
         "</element-citation>",
         "S. PMID: 123. doi:10.1/abc"},
        {"<element-citation><source>S</source><pub-id pub-id-type='doi'>https://doi.org/10.5/z"
         "</pub-id><pub-id pub-id-type='doi'>10.5/z</pub-id></element-citation>",
         "S. doi:10.5/z"},
        {"<element-citation>just words</element-citation>", "<none>"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.xml);
      CHECK(written(c.xml) == c.expected);
    }
  }

  TEST_CASE("element-citation links span the URL text") {
    pugi::xml_document doc;
    REQUIRE(
        doc.load_string("<element-citation><source>S</source><uri>https://b.org/</uri>"
                        "</element-citation>"));
    TextBuilder out;
    REQUIRE(write_element_citation(doc.document_element(), out));
    const std::string text(out.view());
    const auto links = out.take_links();
    REQUIRE(links.size() == 1);
    CHECK(links[0].url == "https://b.org/");
    CHECK(text.substr(links[0].begin, links[0].end - links[0].begin) == "https://b.org/");
  }
}

#include <doctest/doctest.h>

#include <optional>
#include <string>

#include "un_urls.hpp"

using citecheck::plugins::un_documents::find_url_spans;
using citecheck::plugins::un_documents::is_un_document_url;
using citecheck::plugins::un_documents::symbol_in_url;

namespace {

struct Case {
  std::string url;
  std::optional<std::string> symbol;
};

}  // namespace

TEST_SUITE("plugin_un_documents") {
  TEST_CASE("urls: UN document services name their symbol") {
    const Case cases[] = {
        {"https://undocs.org/S/RES/2100(2013)", "S/RES/2100(2013)"},
        {"https://undocs.org/en/A/72/17", "A/72/17"},
        {"https://www.undocs.org/zh/A/RES/2758(XXVI)", "A/RES/2758(XXVI)"},
        {"https://undocs.org/Home/Mobile?FinalSymbol=A%2F70%2F1&Language=E", "A/70/1"},
        {"https://docs.un.org/en/A/RES/79/1", "A/RES/79/1"},
        {"https://documents.un.org/api/symbol/access?s=S/2018/10&l=en&t=pdf", "S/2018/10"},
        {"http://daccess-ods.un.org/access.nsf/Get?Open&DS=A/58/99&Lang=E", "A/58/99"},
        {"http://www.un.org/ga/search/view_doc.asp?symbol=S/2014/692", "S/2014/692"},
        {"http://www.un.org/en/peacekeeping/missions/minusma/mandate.shtml", std::nullopt},
        {"https://news.un.org/en/story/2013/04/1", std::nullopt},
        {"https://example.org/S/RES/2100", std::nullopt},
        {"https://undocs.org/", std::nullopt},
        {"", std::nullopt},
    };
    for (const Case& c : cases) {
      CAPTURE(c.url);
      CHECK(symbol_in_url(c.url) == c.symbol);
      CHECK(is_un_document_url(c.url) == c.symbol.has_value());
    }
  }

  TEST_CASE("urls: found in text, trailing punctuation dropped") {
    const auto spans = find_url_spans(
        "see http://www.un.org/x.shtml. and (https://undocs.org/S/RES/2100(2013)), www.a.org/b;");
    REQUIRE(spans.size() == 3);
    CHECK(spans[0].url == "http://www.un.org/x.shtml");
    CHECK(spans[1].url == "https://undocs.org/S/RES/2100(2013)");
    CHECK(spans[2].url == "www.a.org/b");
    CHECK(find_url_spans("no links here").empty());
  }
}

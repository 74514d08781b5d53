#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "claim.hpp"
#include "symbol_scanner.hpp"

using citecheck::plugins::un_documents::decide_claim;
using citecheck::plugins::un_documents::quoted_spans;
using citecheck::plugins::un_documents::scan_symbols;

namespace {

std::vector<std::string> quoted(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& [begin, end] : quoted_spans(text))
    out.push_back(text.substr(begin, end - begin));
  return out;
}

}  // namespace

TEST_SUITE("plugin_un_documents") {
  TEST_CASE("claim: quoted passages, apostrophes are not quotes") {
    CHECK(quoted("Bpas (2014), ‘Guns, money and prayers: AQIM’s blueprint’, CTC") ==
          std::vector<std::string>{"‘Guns, money and prayers: AQIM’s blueprint’"});
    CHECK(quoted("“A title,” and \"another\"") ==
          std::vector<std::string>{"“A title,”", "\"another\""});
    CHECK(quoted("the Council's view and the UN's") == std::vector<std::string>{});
    CHECK(quoted("'Mali: October 2014 Monthly Forecast,' 30 September") ==
          std::vector<std::string>{"'Mali: October 2014 Monthly Forecast,'"});
  }

  TEST_CASE("claim: the document cited or only mentioned") {
    struct Case {
      std::string raw;
      bool claim;
    };
    const Case cases[] = {
        {"United Nations, S/2014/692.", true},
        {"See S/2025/85, annex.", true},
        {"“Council adopts S/RES/2100”, Reuters, http://www.reuters.com/a", false},
        {"Blog post on S/RES/2100, http://example.org/post", false},
        {"Blog, http://example.org/post. See also S/RES/2100.", true},
        {"S/RES/2100, discussed at http://example.org/post", true},
        {"https://undocs.org/S/RES/2100(2013)", true},
    };
    for (const Case& c : cases) {
      CAPTURE(c.raw);
      CHECK(decide_claim(c.raw, scan_symbols(c.raw), {}).claim == c.claim);
    }
    // A URL core found counts even where the text no longer shows it whole.
    CHECK_FALSE(decide_claim("Story on S/RES/2100", scan_symbols("Story on S/RES/2100"),
                             {"http://example.org/story"})
                    .claim);
  }
}

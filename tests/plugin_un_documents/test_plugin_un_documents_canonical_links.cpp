#include <doctest/doctest.h>

#include "canonical_links.hpp"

using citecheck::plugins::un_documents::canonical_links;

TEST_SUITE("plugin_un_documents") {
  TEST_CASE("canonical_links: undocs.org permalink and the official file address") {
    struct Case {
      const char* symbol;
      const char* undocs;
      const char* documents;
    };
    const Case cases[] = {
        {"S/RES/2100 (2013)", "https://undocs.org/S/RES/2100(2013)",
         "https://documents.un.org/api/symbol/access?s=S/RES/2100(2013)&l=en&t=pdf"},
        {"S/2014/692", "https://undocs.org/S/2014/692",
         "https://documents.un.org/api/symbol/access?s=S/2014/692&l=en&t=pdf"},
        {"A/RES/217 (III)", "https://undocs.org/A/RES/217(III)",
         "https://documents.un.org/api/symbol/access?s=A/RES/217(III)&l=en&t=pdf"},
        {"S/PV.3745 (Resumption 1)", "https://undocs.org/S/PV.3745(Resumption%201)",
         "https://documents.un.org/api/symbol/access?s=S/PV.3745(Resumption%201)&l=en&t=pdf"},
        {"A/C.3/78/L.41*", "https://undocs.org/A/C.3/78/L.41%2A",
         "https://documents.un.org/api/symbol/access?s=A/C.3/78/L.41%2A&l=en&t=pdf"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.symbol);
      const auto links =
          canonical_links(c.symbol, "https://undocs.org", "https://documents.un.org");
      CHECK(links.undocs == c.undocs);
      CHECK(links.documents == c.documents);
    }
  }
}

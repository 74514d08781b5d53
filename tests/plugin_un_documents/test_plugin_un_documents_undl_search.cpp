#include <doctest/doctest.h>

#include "undl_search.hpp"

using citecheck::plugins::un_documents::search_url;

TEST_SUITE("plugin_un_documents") {
  TEST_CASE("search_url: phrase searches on 191 $a, MARCXML output") {
    CHECK(search_url("https://digitallibrary.un.org", {"S/RES/2100 (2013)"}) ==
          "https://digitallibrary.un.org/search?p=191__a%3A%22S%2FRES%2F2100%20%282013%29%22"
          "&of=xm&rg=10&ln=en");
    CHECK(search_url("http://127.0.0.1:9", {"S/2014/692", "S/2014/629"}) ==
          "http://127.0.0.1:9/search?p=191__a%3A%22S%2F2014%2F692%22%20OR%20191__a%3A%22S%2F2014"
          "%2F629%22&of=xm&rg=10&ln=en");
    // Enough rows for every spelling of a batch, never more than the cap.
    const std::vector<std::string> many(40, "A/1");
    CHECK(search_url("x", many).find("&rg=50&") != std::string::npos);
  }
}

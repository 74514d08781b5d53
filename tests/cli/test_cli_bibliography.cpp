#include <doctest/doctest.h>

#include "report/bibliography.hpp"
#include "report/text.hpp"

using namespace citecheck;
using namespace citecheck::cli;

namespace {

Citation make(std::string id, Kind kind, std::vector<std::string> authors, std::string title,
              std::string issued, std::vector<std::string> urls = {},
              std::vector<std::string> symbols = {}) {
  Citation c;
  c.id = std::move(id);
  c.kind = kind;
  c.authors = std::move(authors);
  c.title = std::move(title);
  c.issued = std::move(issued);
  c.urls = std::move(urls);
  c.un_symbols = std::move(symbols);
  return c;
}

}  // namespace

TEST_SUITE("cli") {
  TEST_CASE("key_base, one case a line") {
    struct Case {
      Citation citation;
      const char* key;
    };
    const Case cases[] = {
        {make("16.1", Kind::journal_article, {"Morten Bøås"}, "Guns, money and prayers", "2014"),
         "boas2014guns"},
        {make("15.1", Kind::news, {"Richard Gowan"}, "Diplomatic Fallout", "2013-04-15"),
         "gowan2013diplomatic"},
        {make("6.1", Kind::un_document, {}, "", "", {}, {"S/2014/692"}), "un_s_2014_692"},
        {make("4.2", Kind::un_document, {}, "", "", {}, {"S/RES/2100 (2013)"}), "un_s_res_2100"},
        {make("11.1", Kind::news, {}, "", "", {"http://www.reuters.com/article/x"}), "reuters"},
        {make("9.1", Kind::web, {}, "The Facts and Figures", ""), "facts"},
        {make("3.1", Kind::interview, {}, "", "2014"), "fn3-1-2014"},
    };
    for (const auto& c : cases) {
      CAPTURE(c.citation.id);
      CHECK(key_base(c.citation) == c.key);
    }
  }

  TEST_CASE("Bibliography: each source once, ibid never, keys unique") {
    Bibliography bibliography;
    const Citation a = make("1.1", Kind::web, {}, "Mandate", "", {"http://un.org/mandate"});
    const Citation a_again = make("5.1", Kind::web, {}, "Mandate", "", {"http://un.org/mandate"});
    const Citation ibid = make("2.1", Kind::ibid, {}, "", "");
    const Citation s1 = make("6.1", Kind::un_document, {}, "", "", {}, {"S/RES/2164"});
    const Citation s2 = make("7.1", Kind::un_document, {}, "", "", {}, {"S/RES/2164 (2014)"});
    const Citation g1 = make("15.1", Kind::news, {"Richard Gowan"}, "Fallout", "2013");
    const Citation g2 = make("16.1", Kind::news, {"Richard Gowan"}, "Fallout Two", "2013");
    CHECK(bibliography.add(a) == "unmandate");  // not a person: site + title word
    CHECK_FALSE(bibliography.add(a_again));
    CHECK_FALSE(bibliography.add(ibid));
    CHECK(bibliography.add(s1) == "un_s_res_2164");
    CHECK_FALSE(bibliography.add(s2));  // same symbol, year or not
    CHECK(bibliography.add(g1) == "gowan2013fallout");
    CHECK(bibliography.add(g2) == "gowan2013fallouta");
  }

  TEST_CASE("ascii_fold and shorten keep to character boundaries") {
    CHECK(ascii_fold("Bøås-Ærø Straße") == "boasaerostrasse");
    CHECK(ascii_fold("Łódź") == "lodz");
    CHECK(ascii_fold("東京 2014") == "2014");
    CHECK(shorten("abcdef", 10) == "abcdef");
    CHECK(shorten("abcdefghijkl", 8) == "abcde...");
    // Cutting inside 'ø' (2 bytes) backs up to its start.
    CHECK(shorten("aaaaaøbbbbbb", 9) == "aaaaa...");
  }
}

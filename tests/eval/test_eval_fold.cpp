#include <doctest/doctest.h>

#include <citecheck/eval.hpp>

using namespace citecheck;
using namespace citecheck::eval;

TEST_SUITE("eval") {
  TEST_CASE("fold_text: the corpus README's folding, one case a line") {
    struct Case {
      const char* a;
      const char* b;
      bool equal;
    };
    const Case cases[] = {
        {"MINUSMA Mandate.", "MINUSMA  Mandate.", true},            // whitespace runs
        {"MINUSMA\nMandate.", "MINUSMA Mandate.", true},            // line break
        {"\u2018Mali\u2019", "'Mali'", true},                       // single quotes
        {"\u201cMali\u201d", "\"Mali\"", true},                     // double quotes
        {"\u2018Mali,\u201d", "'Mali,'", true},                     // OCR's mixed pair
        {"\"Mali\"", "Mali", false},                                // quotes still count
        {"mi- nusma", "minusma", true},                             // line-break hyphen
        {"us- mali-talks", "us-mali-talks", true},                  // kept hyphen
        {"peacekeeping/ missions", "peacekeeping/missions", true},  // URL across lines
        {"story.asp? NewsID=1", "story.asp?NewsID=1", true},        // stray space
        {"soft\u00ADhyphen", "softhyphen", true},                   // soft hyphen
        {"Bøås- Morten", "BøåsMorten", true},                       // non-ASCII letters
        {"haiti -near", "haiti-near", true},                        // stray space before
        {"pp. 1-4", "pp. 14", true},                                // lenient on purpose
        {"-5 degrees", "5 degrees", false},                         // no word before: kept
        {"Mali \u2014 Gao", "Mali-Gao", false},                     // an em dash is no hyphen
        {"S/2014/692.", "S/2014/692", false},                       // punctuation counts
        {"Ibid.", "ibid.", false},                                  // case counts
        {"S/RES/2100", "S/RES/2164", false},                        // content counts
    };
    for (const auto& c : cases) {
      CAPTURE(c.a);
      CAPTURE(c.b);
      CHECK((fold_text(c.a) == fold_text(c.b)) == c.equal);
    }
  }

  TEST_CASE("fold_text keeps invalid UTF-8 from crashing and is idempotent") {
    const std::string bad = "abc\xff\xfe def";
    CHECK(fold_text(fold_text(bad)) == fold_text(bad));
    CHECK(fold_text("") == "");
  }

  TEST_CASE("url_key drops the fragment, and the scheme before a printed www.") {
    struct Case {
      const char* url;
      const char* key;
    };
    const Case cases[] = {
        {"http://www.un.org/apps/news/story.asp?NewsID=49740#VMkQ8C4X4x-",
         "www.un.org/apps/news/story.asp?NewsID=49740"},
        {"https://example.org/a#", "https://example.org/a"},
        {" https://example.org/a ", "https://example.org/a"},
        {"https://example.org/A", "https://example.org/A"},
        {"www.example.org/x", "www.example.org/x"},
        {"http://www.example.org/x", "www.example.org/x"},
        {"https://www.example.org/x#top", "www.example.org/x"},
        {"https://example.org/www.x", "https://example.org/www.x"},
    };
    for (const auto& c : cases) {
      CAPTURE(c.url);
      CHECK(url_key(c.url) == c.key);
    }
  }

  TEST_CASE("doi_key is case-insensitive") {
    CHECK(doi_key("10.1000/ABC") == doi_key(" 10.1000/abc "));
    CHECK(doi_key("10.1000/abc") != doi_key("10.1000/abd"));
  }

  TEST_CASE("symbols_match: a missing year matches, a different year does not") {
    struct Case {
      const char* found;
      const char* expected;
      bool match;
    };
    const Case cases[] = {
        {"S/RES/2100 (2013)", "S/RES/2100 (2013)", true},
        {"S/RES/2164", "S/RES/2164 (2014)", true},
        {"S/RES/2164 (2014)", "S/RES/2164", true},
        {"S/RES/2164 (2013)", "S/RES/2164 (2014)", false},
        {"S/RES/2164", "S/RES/2165", false},
        {"S/2014/692", "S/2014/692", true},
        {"NPT/CONF.2000/28 (Parts I and II)", "NPT/CONF.2000/28 (Parts I and II)", true},
        {"NPT/CONF.2000/28", "NPT/CONF.2000/28 (Parts I and II)", false},
        {"A/RES/55/2", "A/RES/55/2 (2000)", true},
    };
    for (const auto& c : cases) {
      CAPTURE(c.found);
      CAPTURE(c.expected);
      CHECK(symbols_match(c.found, c.expected) == c.match);
    }
  }

  TEST_CASE("split_symbol_year") {
    const auto parts = split_symbol_year("S/RES/2100 (2013)");
    CHECK(parts.base == "S/RES/2100");
    REQUIRE(parts.year);
    CHECK(*parts.year == 2013);
    CHECK_FALSE(split_symbol_year("S/PV.7274").year);
    CHECK_FALSE(split_symbol_year("(2013)").year);
  }

  TEST_CASE("kinds_match forgives news~web and report~web, nothing else") {
    struct Case {
      Kind found;
      Kind expected;
      bool match;
    };
    const Case cases[] = {
        {Kind::web, Kind::web, true},
        {Kind::news, Kind::web, true},
        {Kind::web, Kind::news, true},
        {Kind::report, Kind::web, true},
        {Kind::web, Kind::report, true},
        {Kind::news, Kind::report, false},
        {Kind::ibid, Kind::web, false},
        {Kind::journal_article, Kind::book, false},
        {Kind::other, Kind::un_document, false},
    };
    for (const auto& c : cases) {
      CAPTURE(to_string(c.found));
      CAPTURE(to_string(c.expected));
      CHECK(kinds_match(c.found, c.expected) == c.match);
    }
  }
}

#include <doctest/doctest.h>

#include <string>

#include "text_fold.hpp"

using citecheck::plugins::news::decode_entities;
using citecheck::plugins::news::fold_for_match;
using citecheck::plugins::news::match_tokens;
using citecheck::plugins::news::squeeze_space;

namespace {

struct Case {
  std::string input;
  std::string expected;
};

}  // namespace

TEST_SUITE("plugin_news") {
  TEST_CASE("text_fold: quotes, dashes, accents and case") {
    const Case cases[] = {
        {"Peace Process in Mali at 'crucial Stage'", "peace process in mali at crucial stage"},
        {"Ban\xE2\x80\x99s \xE2\x80\x9Coutrage\xE2\x80\x9D", "bans outrage"},
        {"Ban's \"outrage\"", "bans outrage"},
        {"Mali \xE2\x80\x93 talks \xE2\x80\x94 resume", "mali talks resume"},
        {"C\xC3\xB4te d\xE2\x80\x99Ivoire", "cote divoire"},
        {"Stra\xC3\x9F"
         "e \xC5\x92uvre \xC3\x86sir",
         "strasse oeuvre aesir"},
        {"\xC5\x81\xC3\xB3"
         "d\xC5\xBA Bu\xC8\x99teni",
         "lodz busteni"},
        {"e\xCC\x81t\xC3\xA9", "ete"},  // combining accent
        {"Peace & Security", "peace and security"},
        {"  U.N.  peace\xC2\xA0keeping ", "u n peace keeping"},
        {"\xD0\x9C\xD0\xB8\xD1\x80 news", "\xD0\x9C\xD0\xB8\xD1\x80 news"},
        {"\xFF\xFE broken", "broken"},
        {"", ""},
    };
    for (const Case& c : cases) {
      CAPTURE(c.input);
      CHECK(fold_for_match(c.input) == c.expected);
    }
  }

  TEST_CASE("text_fold: tokens") {
    CHECK(match_tokens("UN-brokered deal, signed") ==
          std::vector<std::string>{"un", "brokered", "deal", "signed"});
    CHECK(match_tokens(" -- ").empty());
  }

  TEST_CASE("text_fold: entities, once and double-encoded") {
    const Case cases[] = {
        {"Mali&#8217;s talks", "Mali\xE2\x80\x99s talks"},
        {"Mali&amp;#8217;s talks", "Mali\xE2\x80\x99s talks"},
        {"A &amp; B", "A & B"},
        {"&ldquo;Q&rdquo; &#x2013; x", "\xE2\x80\x9CQ\xE2\x80\x9D \xE2\x80\x93 x"},
        {"AT&T &unknown; &#0; &#99999999;", "AT&T &unknown; &#0; &#99999999;"},
        {"no entity", "no entity"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.input);
      CHECK(decode_entities(c.input) == c.expected);
    }
  }

  TEST_CASE("text_fold: squeezed space") {
    CHECK(squeeze_space("\n  Title \t of\xC2\xA0 page  ") == "Title of page");
    CHECK(squeeze_space("   ").empty());
  }
}

#include <doctest/doctest.h>

#include <string>

#include "citation_layout.hpp"

using citecheck::plugins::news::read_layout;

TEST_SUITE("plugin_news") {
  TEST_CASE("layout: URLs are masked without moving offsets") {
    const std::string raw = "Title, http://a.org/x, 2020";
    const auto layout = read_layout(raw);
    CHECK(layout.masked.size() == raw.size());
    CHECK(layout.masked.find("http") == std::string::npos);
  }

  TEST_CASE("layout: the date in running prose is not the publication date") {
    CHECK(read_layout("The deal was signed in March 2015. http://www.reuters.com/x").issued == "");
    CHECK(read_layout("Reuters, 'Deal signed', 16 March 2015, http://www.reuters.com/x").issued ==
          "2015-03-16");
  }

  TEST_CASE("layout: a date in the title is not the publication date, unless it is all") {
    CHECK(read_layout("David Hollis, \"Cyberwar case study: Georgia 2008,\" Small Wars Journal, "
                      "January 6 (2011), https://smallwarsjournal.com/x")
              .issued == "2011-01-06");
    CHECK(read_layout("[http://books.guardian.co.uk/x Guardian article: March 14, 2006]").issued ==
          "2006-03-14");
  }

  TEST_CASE("layout: wikitext template") {
    const auto layout = read_layout(
        "{{cite news|url=https://www.theguardian.com/x|title=The ideas interview|first=John|"
        "last=Sutherland|newspaper=[[The Guardian]]|date=14 March 2006|accessdate=23 November "
        "2014}}");
    CHECK(layout.title == "The ideas interview");
    CHECK(layout.authors == std::vector<std::string>{"John Sutherland"});
    CHECK(layout.container == "The Guardian");
    CHECK(layout.container_is_news);
    CHECK(layout.issued == "2006-03-14");
    CHECK(layout.accessed == "2014-11-23");
  }

  TEST_CASE("layout: page title with the site after a bar") {
    const auto layout = read_layout("'Can X Include Y? | IPI Global Observatory,' 24 June");
    CHECK(layout.title == "Can X Include Y?");
    CHECK(layout.container == "IPI Global Observatory");
  }

  TEST_CASE("layout: the bracket that opens a URL is not part of the title before it") {
    const std::pair<std::string, std::string> cases[] = {
        {"Border census, part 1, <http://a.example.org/doc/1>.", "Border census, part 1"},
        {"Border census, part 1 (http://a.example.org/doc/1).", "Border census, part 1"},
        {"Border census, part 1, available at <http://a.example.org/doc/1>.",
         "Border census, part 1"},
        {"Border census, part 1, http://a.example.org/doc/1.", "Border census, part 1"},
    };
    for (const auto& [raw, title] : cases) {
      CAPTURE(raw);
      CHECK(read_layout(raw).title == title);
    }
  }
}

#include <doctest/doctest.h>

#include <string>

#include "outlets.hpp"

using namespace citecheck::plugins::news;

TEST_SUITE("plugin_news") {
  TEST_CASE("outlets: by URL, most specific entry, sections only where listed") {
    struct Case {
      std::string url;
      std::string expected;  // "" = no outlet
    };
    const Case cases[] = {
        {"http://www.reuters.com/article/2015/03/16/x", "Reuters"},
        {"https://edition.cnn.com/2018/06/03/world/x", "CNN"},
        {"http://books.guardian.co.uk/departments/story", "The Guardian"},
        {"https://www.bbc.co.uk/news/world-africa-1", "BBC"},
        {"https://news.un.org/en/story/2025/03/1161696", "UN News"},
        {"http://www.un.org/apps/news/story.asp?NewsID=49740", "UN News"},
        {"http://www.un.org/apps/newsletter/x", ""},
        {"http://www.un.org/en/peacekeeping/missions/minusma/facts.shtml", ""},
        {"https://notreuters.com/x", ""},
        {"https://reuters.com.evil.example/x", ""},
        {"www.haitilibre.com/en/news-44597.html", "Haiti Libre"},
        {"not a url", ""},
    };
    for (const auto& c : cases) {
      CAPTURE(c.url);
      const Outlet* outlet = outlet_for_url(split_url(c.url));
      if (c.expected.empty()) {
        CHECK(outlet == nullptr);
      } else {
        REQUIRE(outlet != nullptr);
        CHECK(outlet->name == c.expected);
      }
    }
  }

  TEST_CASE("outlets: by name as printed") {
    struct Case {
      std::string name;
      std::string expected;
    };
    const Case cases[] = {
        {"New York Times", "The New York Times"},
        {"*The New York Times,*", "The New York Times"},
        {"WIRED UK", "Wired UK"},
        {"United Nations News Centre", "UN News"},
        {"Associated Press News", "Associated Press"},
        {"reuters", "Reuters"},
        {"The Independent Expert", ""},
        {"", ""},
    };
    for (const auto& c : cases) {
      CAPTURE(c.name);
      const Outlet* outlet = outlet_named(c.name);
      if (c.expected.empty()) {
        CHECK(outlet == nullptr);
      } else {
        REQUIRE(outlet != nullptr);
        CHECK(outlet->name == c.expected);
      }
    }
  }

  TEST_CASE("outlets: hosts that name themselves news") {
    CHECK(host_looks_like_news("tradewindsnews.com"));
    CHECK(host_looks_like_news("lenouvelliste.com"));
    CHECK_FALSE(host_looks_like_news("peaceau.org"));
    CHECK_FALSE(host_looks_like_news("insightcrime.org"));
  }
}

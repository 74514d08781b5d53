#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "news_plugin.hpp"

using citecheck::Citation;
using citecheck::Kind;
using citecheck::Recognition;
using citecheck::plugins::NewsPlugin;

namespace {

/// One recognition case: the citation as the splitter hands it over, and what we expect.
struct Case {
  std::string label;
  std::string raw;
  std::vector<std::string> urls;
  Recognition answer;
  Kind kind;
  std::string title;
  std::vector<std::string> authors;
  std::string container;
  std::string issued;
};

Citation citation_of(const Case& c) {
  Citation citation;
  citation.id = "1.1";
  citation.raw = c.raw;
  citation.urls = c.urls;
  return citation;
}

}  // namespace

TEST_SUITE("plugin_news") {
  TEST_CASE("news: empty input is not mine") {
    const NewsPlugin plugin;
    Citation citation;
    CHECK(plugin.recognize(citation) == Recognition::not_mine);
    CHECK(citation.plugin.empty());
    CHECK(citation.kind == Kind::other);
  }

  TEST_CASE("news: info says news, runs after un-documents and journals") {
    const auto info = NewsPlugin().info();
    CHECK(info.name == "news");
    CHECK(info.api_version == citecheck::k_plugin_api_version);
    CHECK(info.priority > 100);
    CHECK(info.kinds == std::vector<Kind>{Kind::news, Kind::web});
  }

  TEST_CASE("news: recognition table") {
    const Case cases[] = {
        {"minusma 11: Reuters URL after prose; the prose date is no publication date",
         "A UN-brokered preliminary peace deal was signed by the Malian government in March "
         "2015. However, the proposed peace deal was rejected. "
         "http://www.reuters.com/article/2015/03/16/us-mali-talks-idUSKBNOMCOWD20150316",
         {"http://www.reuters.com/article/2015/03/16/us-mali-talks-idUSKBNOMCOWD20150316"},
         Recognition::recognized,
         Kind::news,
         "",
         {},
         "Reuters",
         ""},
        {"minusma 13: UN News Centre, nested single quotes",
         "United Nations News Centre, 'Peace Process in Mali at 'crucial Stage' UN "
         "Peacekeeping Chief Tells Security Council,' 6 January 2015, "
         "http://www.un.org/apps/news/story.asp?NewsID=49740#VMkQ8C4X4x-.",
         {"http://www.un.org/apps/news/story.asp?NewsID=49740#VMkQ8C4X4x-"},
         Recognition::recognized,
         Kind::news,
         "Peace Process in Mali at 'crucial Stage' UN Peacekeeping Chief Tells Security Council",
         {},
         "United Nations News Centre",
         "2015-01-06"},
        {"minusma 13 as printed: ‘ opens, ” closes, ‘crucial Stage’ nested; the outlet is "
         "the lead, not the title's second half",
         "United Nations News Centre, ‘Peace Process in Mali at ‘crucial Stage’ UN "
         "Peacekeeping Chief Tells Security Council,” 6 January 2015, "
         "http://www.un.org/apps/news/story.asp?NewsID=49740#VMkQ8C4X4x-.",
         {"http://www.un.org/apps/news/story.asp?NewsID=49740#VMkQ8C4X4x-"},
         Recognition::recognized,
         Kind::news,
         "Peace Process in Mali at ‘crucial Stage’ UN Peacekeeping Chief Tells Security Council",
         {},
         "United Nations News Centre",
         "2015-01-06"},
        {"minusma 12 as printed: ‘ opens, ” closes; the date is no part of the title",
         "Security Council Report, ‘Mali: October 2014 Monthly Forecast,” 30 September 2014, "
         "http://www.securitycouncilreport.org/monthly-forecast/2014-10/mali_14.php.",
         {"http://www.securitycouncilreport.org/monthly-forecast/2014-10/mali_14.php"},
         Recognition::recognized,
         Kind::web,
         "Mali: October 2014 Monthly Forecast",
         {},
         "",
         "2014-09-30"},
        {"minusma 14a: inner and outer quote printed as one",
         "United Nations News Centre, 'With Mali Peace Talks Set to Resume, Security Council "
         "Urges 'Spirit of Compromise', 17 October 2014, "
         "http://www.un.org/apps/news/story.asp?NewsID=49110#VEUVpMm5T5M",
         {"http://www.un.org/apps/news/story.asp?NewsID=49110#VEUVpMm5T5M"},
         Recognition::recognized,
         Kind::news,
         "With Mali Peace Talks Set to Resume, Security Council Urges 'Spirit of Compromise'",
         {},
         "United Nations News Centre",
         "2014-10-17"},
        {"minusma 14b: double quotes inside single",
         "United Nations News Centre, 'Mali: Ban Voices \"outrage\" as UN Peacekeeper Killed in "
         "Second Deadly Attack This Month', 8 October 2014, "
         "http://www.un.org/apps/news/story.asp?NewsID=49028#.VE46S8m5T5M.",
         {"http://www.un.org/apps/news/story.asp?NewsID=49028#.VE46S8m5T5M"},
         Recognition::recognized,
         Kind::news,
         "Mali: Ban Voices \"outrage\" as UN Peacekeeper Killed in Second Deadly Attack This "
         "Month",
         {},
         "United Nations News Centre",
         "2014-10-08"},
        {"minusma 15: World Politics Review, author, date",
         "Richard Gowan, 'Diplomatic Fallout: Frustrations Mount for India at the U.N.', World "
         "Politics Review, 15 April 2013, http://www.worldpoliticsreview.com/articles/12870/"
         "diplomatic-fallout-frustrations-mount-for-india-at-the-u-n.",
         {"http://www.worldpoliticsreview.com/articles/12870/"
          "diplomatic-fallout-frustrations-mount-for-india-at-the-u-n"},
         Recognition::recognized,
         Kind::news,
         "Diplomatic Fallout: Frustrations Mount for India at the U.N.",
         {"Richard Gowan"},
         "World Politics Review",
         "2013-04-15"},
        {"minusma 17: IPI Global Observatory, two authors, year apart from day and month",
         "Emmanuel Bombande and Peter van Tuijl (2014), 'Can MINUSMA's Mandate Include the "
         "People of Mali? | IPI Global Observatory,' IPI Global Observatory, 24 June, "
         "http://theglobalobservatory.org/2014/06/minusma-mandate-include-people-mali/.",
         {"http://theglobalobservatory.org/2014/06/minusma-mandate-include-people-mali/"},
         Recognition::recognized,
         Kind::web,
         "Can MINUSMA's Mandate Include the People of Mali?",
         {"Emmanuel Bombande", "Peter van Tuijl"},
         "IPI Global Observatory",
         "2014-06-24"},
        {"minusma 9: a UN web page",
         "MINUSMA: Facts and Figures. "
         "http://www.un.org/en/peacekeeping/missions/minusma/facts.shtml",
         {"http://www.un.org/en/peacekeeping/missions/minusma/facts.shtml"},
         Recognition::recognized,
         Kind::web,
         "MINUSMA: Facts and Figures",
         {},
         "",
         ""},
        {"APA web article",
         "Smith, J. (2020, May 3). Schools reopen as cases fall. The Guardian. "
         "https://www.theguardian.com/world/2020/may/03/schools-reopen",
         {"https://www.theguardian.com/world/2020/may/03/schools-reopen"},
         Recognition::recognized,
         Kind::news,
         "Schools reopen as cases fall",
         {"J. Smith"},
         "The Guardian",
         "2020-05-03"},
        {"Chicago news article",
         "Jane Doe, \"Flood Waters Recede,\" New York Times, May 3, 2020, "
         "https://www.nytimes.com/2020/05/03/us/floods.html.",
         {"https://www.nytimes.com/2020/05/03/us/floods.html"},
         Recognition::recognized,
         Kind::news,
         "Flood Waters Recede",
         {"Jane Doe"},
         "New York Times",
         "2020-05-03"},
        {"Markdown: two authors, italic outlet, year in parentheses",
         "Mark Landler and John Markoff, \"Digital fears emerge after data siege in Estonia,\" "
         "*The New York Times,* May 29 (2007), "
         "https://www.nytimes.com/2007/05/29/technology/29estonia.html?searchResultPosition=1.",
         {"https://www.nytimes.com/2007/05/29/technology/29estonia.html?searchResultPosition=1"},
         Recognition::recognized,
         Kind::news,
         "Digital fears emerge after data siege in Estonia",
         {"Mark Landler", "John Markoff"},
         "The New York Times",
         "2007-05-29"},
        {"UN report style: outlet first, typographic quotes, 'available at'",
         "See Reuters, “Haiti court throws out summons for top leaders in corruption "
         "case ”, 20 February 2025, available at www.reuters.com/world/americas/"
         "haiti-court-throws-out-summons-2025-02-20/.",
         {"www.reuters.com/world/americas/haiti-court-throws-out-summons-2025-02-20/"},
         Recognition::recognized,
         Kind::news,
         "Haiti court throws out summons for top leaders in corruption case",
         {},
         "Reuters",
         "2025-02-20"},
        {"guillemets, nested",
         "See Le Nouvelliste, « Condamné"
         "e pour « faute administrative "
         "», Magalie Habitant attendue au parquet », 3 February 2022, available at "
         "https://lenouvelliste.com/article/234042/condamnee",
         {"https://lenouvelliste.com/article/234042/condamnee"},
         Recognition::recognized,
         Kind::news,
         "Condamné"
         "e pour « faute administrative », Magalie Habitant "
         "attendue au parquet",
         {},
         "Le Nouvelliste",
         "2022-02-03"},
        {"URL only, news host",
         "https://www.theguardian.com/world/2018/jun/25/nine-eu-states",
         {"https://www.theguardian.com/world/2018/jun/25/nine-eu-states"},
         Recognition::recognized,
         Kind::news,
         "",
         {},
         "The Guardian",
         ""},
        {"URL only, unknown host",
         "http://www.peaceau.org/uploads/psc-protocol-en.pdf",
         {"http://www.peaceau.org/uploads/psc-protocol-en.pdf"},
         Recognition::recognized,
         Kind::web,
         "",
         {},
         "",
         ""},
        {"news outlet named, no URL",
         "See Adams, “Haiti doesn’t make guns. So how are gangs awash in "
         "them?” New York Times, 30 March 2025. See footnote 25.",
         {},
         Recognition::recognized,
         Kind::news,
         "Haiti doesn’t make guns. So how are gangs awash in them?",
         {},
         "New York Times",
         "2025-03-30"},
        {"access date is not the publication date",
         "\"Annual Report,\" Example Foundation, accessed 12 March 2021, "
         "https://example.org/report",
         {"https://example.org/report"},
         Recognition::recognized,
         Kind::web,
         "Annual Report",
         {},
         "Example Foundation",
         ""},
        {"no URL, outlet from the table named first",
         "Semana, “Gustavo Petro told the council”.",
         {},
         Recognition::recognized,
         Kind::news,
         "Gustavo Petro told the council",
         {},
         "Semana",
         ""},
        {"no URL, no news signal",
         "Juan Pé"
         "rez, “"
         "An essay on ports”.",
         {},
         Recognition::not_mine,
         Kind::other,
         "",
         {},
         "",
         ""},
        {"a book without URL",
         "John Keegan, The Face of Battle (London: Jonathan Cape, 1976), 12.",
         {},
         Recognition::not_mine,
         Kind::other,
         "",
         {},
         "",
         ""},
        {"blog with site suffix and (Blog) marker",
         "Ciaran Martin, “"
         "Cyber Realism in a Time of War,” Lawfare "
         "(Blog), March 2 (2022), https://www.lawfareblog.com/cyber-realism-time-war",
         {"https://www.lawfareblog.com/cyber-realism-time-war"},
         Recognition::recognized,
         Kind::web,
         "Cyber Realism in a Time of War",
         {"Ciaran Martin"},
         "Lawfare",
         "2022-03-02"},
        {"wikitext link with title, inverted author",
         "Riding, Alan, [https://www.nytimes.com/2001/07/14/arts/correcting.html Correcting Her "
         "Idea of Politically Correct]. New York Times. 14 June 2001.",
         {"https://www.nytimes.com/2001/07/14/arts/correcting.html"},
         Recognition::recognized,
         Kind::news,
         "Correcting Her Idea of Politically Correct",
         {"Alan Riding"},
         "New York Times",
         "2001-06-14"},
    };
    const NewsPlugin plugin;
    for (const auto& c : cases) {
      CAPTURE(c.label);
      Citation citation = citation_of(c);
      const Recognition answer = plugin.recognize(citation);
      CHECK(answer == c.answer);
      if (c.answer == Recognition::not_mine) {
        CHECK(citation.plugin.empty());
        CHECK(citation.kind == Kind::other);
        continue;
      }
      CHECK(citation.plugin == "news");
      CHECK(citation.kind == c.kind);
      CHECK(citation.title == c.title);
      CHECK(citation.authors == c.authors);
      CHECK(citation.container_title == c.container);
      CHECK(citation.issued == c.issued);
      CHECK(citation.confidence > 0.0);
      CHECK(citation.confidence <= 1.0);
    }
  }

  TEST_CASE("news: core's fields are kept unless ours are better") {
    const NewsPlugin plugin;
    Citation citation;
    citation.raw =
        "United Nations News Centre, 'With Mali Peace Talks Set to Resume, Security "
        "Council Urges 'Spirit of Compromise', 17 October 2014, "
        "http://www.un.org/apps/news/story.asp?NewsID=49110";
    citation.urls = {"http://www.un.org/apps/news/story.asp?NewsID=49110"};
    citation.title = "With Mali Peace Talks Set to Resume, Security Council Urges ";
    citation.issued = "2014";
    citation.container_title = "UN News";
    REQUIRE(plugin.recognize(citation) == Recognition::recognized);
    CHECK(citation.title ==
          "With Mali Peace Talks Set to Resume, Security Council Urges 'Spirit of Compromise'");
    CHECK(citation.issued == "2014-10-17");
    CHECK(citation.container_title == "UN News");

    Citation other;
    other.raw =
        "Jane Doe, \"Flood Waters Recede,\" New York Times, May 3, 2020, "
        "https://www.nytimes.com/2020/05/03/us/floods.html.";
    other.urls = {"https://www.nytimes.com/2020/05/03/us/floods.html"};
    other.title = "A title core chose on its own";
    other.issued = "2019-01-01";
    REQUIRE(plugin.recognize(other) == Recognition::recognized);
    CHECK(other.title == "A title core chose on its own");
    CHECK(other.issued == "2019-01-01");
  }

  TEST_CASE("news: citations another kind already claimed are left alone") {
    const NewsPlugin plugin;
    for (Kind kind : {Kind::ibid, Kind::interview, Kind::un_document, Kind::journal_article}) {
      Citation citation;
      citation.kind = kind;
      citation.raw = "Interview with a Reuters correspondent, https://www.reuters.com/x";
      citation.urls = {"https://www.reuters.com/x"};
      CHECK(plugin.recognize(citation) == Recognition::not_mine);
      CHECK(citation.kind == kind);
    }
  }

  TEST_CASE("news: a URL with no readable host is mine but broken") {
    const NewsPlugin plugin;
    Citation citation;
    citation.raw = "http:// see below";
    citation.urls = {"http://"};
    CHECK(plugin.recognize(citation) == Recognition::broken);
    CHECK(citation.plugin == "news");
  }
}

TEST_SUITE("plugin_news") {
  TEST_CASE("news: bad input never crashes and stays fast" * doctest::timeout(20)) {
    const NewsPlugin plugin;
    // Fragments that exercise every reader: quotes of all kinds, brackets, templates, dates,
    // URLs, names, stray UTF-8 bytes.
    const std::vector<std::string> fragments = {"'",
                                                "\"",
                                                "“",
                                                "”",
                                                "‘",
                                                "’",
                                                "«",
                                                "»",
                                                "„",
                                                "[",
                                                "]",
                                                "[[",
                                                "]]",
                                                "{{cite news|",
                                                "}}",
                                                "|",
                                                "=",
                                                "(",
                                                ")",
                                                "(2014)",
                                                "15 April 2013",
                                                "May",
                                                "3,",
                                                "2020",
                                                ".",
                                                ",",
                                                " ",
                                                "  ",
                                                "http://",
                                                "https://www.reuters.com/a",
                                                "www.",
                                                "Richard Gowan",
                                                " and ",
                                                "Smith, J.",
                                                "See ",
                                                "accessed ",
                                                "\xC3",
                                                "\xE2\x80",
                                                "\xFF",
                                                "\n",
                                                "title=",
                                                "News Centre"};
    std::uint32_t state = 12345;
    auto next = [&] {
      state = state * 1664525u + 1013904223u;
      return state >> 8;
    };
    for (int round = 0; round < 3000; ++round) {
      Citation citation;
      const int pieces = static_cast<int>(next() % 40);
      for (int i = 0; i < pieces; ++i) {
        citation.raw += fragments[next() % fragments.size()];
      }
      if (next() % 2 == 0) {
        citation.urls.push_back(fragments[next() % fragments.size()]);
      }
      CHECK_NOTHROW(plugin.recognize(citation));
    }
    for (const std::string& unit :
         {std::string("'x"), std::string("(2014) "), std::string("http://a.b/ "),
          std::string("www.x "), std::string("1 May 2020, "), std::string("[http://a.b "),
          std::string("“"), std::string("{{cite news|[[")}) {
      Citation citation;
      while (citation.raw.size() < 1'000'000) {
        citation.raw += unit;
      }
      CAPTURE(unit);
      CHECK_NOTHROW(plugin.recognize(citation));
    }
  }
}

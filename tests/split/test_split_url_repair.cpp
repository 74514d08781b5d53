// URL repair cases, one line each: context (evidence), note lines -> URL, repair step.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "note_fixture.hpp"

using namespace citecheck;
using namespace citecheck::test_split;

namespace {

struct UrlCase {
  const char* label;
  const char* context;
  const char* note;
  const char* url;
  const char* step;       // a repair that must be on the citation ("" = none required)
  const char* candidate;  // an alternative that must be kept ("" = none required)
};

// Prose whose line-end hyphens break words (the joined words occur elsewhere).
const char* const k_hyphenating =
    "The leader-\nship of the mission. Its leadership and its authori-\nties met the authorities.";

const UrlCase k_cases[] = {
    {"same segment elsewhere drops 'mi-'",
     "See http://www.un.org/en/peacekeeping/missions/minusma/background.shtml",
     "MINUSMA Mandate. http://www.un.org/en/peacekeeping/missions/mi-\nnusma/mandate.shtml.",
     "http://www.un.org/en/peacekeeping/missions/minusma/mandate.shtml", "drop_url_hyphen", ""},
    {"slug words keep 'us-'", "That makes us a target in Mali during the talks.",
     "http://www.reuters.com/article/2015/03/16/us-\nmali-talks-idUSKBN0MC0WD20150316",
     "http://www.reuters.com/article/2015/03/16/us-mali-talks-idUSKBN0MC0WD20150316",
     "keep_url_hyphen", ""},
    {"slug words keep 'minusma-'", "MINUSMA and its mandate include the people of Mali.",
     "http://theglobalobservatory.org/2014/06/minusma-\nmandate-include-people-mali/.",
     "http://theglobalobservatory.org/2014/06/minusma-mandate-include-people-mali/",
     "keep_url_hyphen", ""},
    {"known word drops 'fore-'", "",
     "Security Council Report, 'Mali: October 2014 Monthly Forecast,' 30 September 2014, "
     "http://www.securitycouncilreport.org/monthly-fore-\ncast/2014-10/mali_14.php.",
     "http://www.securitycouncilreport.org/monthly-forecast/2014-10/mali_14.php", "drop_url_hyphen",
     ""},
    {"hyphenating document drops 'ar-'", k_hyphenating,
     "http://www.worldpoliticsreview.com/ar-\nticles/12870/diplomatic-fallout.",
     "http://www.worldpoliticsreview.com/articles/12870/diplomatic-fallout", "drop_url_hyphen",
     "http://www.worldpoliticsreview.com/ar-ticles/12870/diplomatic-fallout"},
    {"non-hyphenating document keeps 'ar-'", "A document that never breaks words at line ends.",
     "http://www.worldpoliticsreview.com/ar-\nticles/12870/diplomatic-fallout.",
     "http://www.worldpoliticsreview.com/ar-ticles/12870/diplomatic-fallout", "keep_url_hyphen",
     "http://www.worldpoliticsreview.com/articles/12870/diplomatic-fallout"},
    {"same URL elsewhere decides", "Cited before: https://example.org/press-releases/x.html",
     "See https://example.org/press-\nreleases/x.html.",
     "https://example.org/press-releases/x.html", "keep_url_hyphen", ""},
    {"www. at line end", "",
     "Story, 6 January 2015, http://www.\nun.org/apps/news/story.asp?NewsID=49740.",
     "http://www.un.org/apps/news/story.asp?NewsID=49740", "join_url_across_lines", ""},
    {"break after slash", "", "available at https://migracion.gob.do/\nen/dgm-brings-17-people/.",
     "https://migracion.gob.do/en/dgm-brings-17-people/", "join_url_across_lines", ""},
    {"break before underscore", "",
     "http://www.operationspaix.net/DATA/447~v~African_Peace_Architecture\n_-_2010_Study.pdf",
     "http://www.operationspaix.net/DATA/447~v~African_Peace_Architecture_-_2010_Study.pdf",
     "join_url_across_lines", ""},
    {"stray space after '?'", "",
     "http://www.un.org/apps/news/story.asp? NewsID=49740#VMkQ8C4X4x-.",
     "http://www.un.org/apps/news/story.asp?NewsID=49740#VMkQ8C4X4x-", "remove_stray_space", ""},
    {"stray space before '-'", "",
     "See www.diariolibre.com/nacional/2025/03/04/investigan -hallazgo-de-\narsenal/3021129.",
     "www.diariolibre.com/nacional/2025/03/04/investigan-hallazgo-de-arsenal/3021129",
     "remove_stray_space", ""},
    {"sentence full stop", "", "See https://news.un.org/en/story/2025/03/1161696.",
     "https://news.un.org/en/story/2025/03/1161696", "strip_trailing_punctuation", ""},
    {"unbalanced parenthesis", "", "(see https://example.org/page).", "https://example.org/page",
     "strip_trailing_punctuation", ""},
    {"balanced parenthesis kept", "", "See https://en.wikipedia.org/wiki/Mali_(country).",
     "https://en.wikipedia.org/wiki/Mali_(country)", "strip_trailing_punctuation", ""},
    {"closing quote", "", "\u201Chttps://example.org/a\u201D, 2020.", "https://example.org/a", "",
     ""},
    {"www. keeps no scheme", "", "available at www.ohchr.org/en/stories/2025/04/restoring-dignity.",
     "www.ohchr.org/en/stories/2025/04/restoring-dignity", "strip_trailing_punctuation", ""},
    {"mailto", "", "Email to the editor, mailto:editor@example.org.", "mailto:editor@example.org",
     "", ""},
    {"ftp", "", "Data at ftp://ftp.example.org/pub/data.csv;", "ftp://ftp.example.org/pub/data.csv",
     "", ""},
    {"fragment kept", "", "http://www.un.org/apps/news/story.asp?NewsID=49028#.VE46S8m5T5M.",
     "http://www.un.org/apps/news/story.asp?NewsID=49028#.VE46S8m5T5M", "", ""},
    {"URL ends the sentence, next line is prose", "",
     "MINUSMA Mandate. http://www.un.org/mandate.shtml.\nFor further information, see the report.",
     "http://www.un.org/mandate.shtml", "", ""},
};

}  // namespace

TEST_SUITE("split") {
  TEST_CASE("URL repair cases") {
    for (const UrlCase& c : k_cases) {
      SUBCASE(c.label) {
        const Footnote note = split_note(c.context, c.note);
        REQUIRE(!note.citations.empty());
        const Citation& first = note.citations.front();
        REQUIRE(first.urls.size() == 1);
        CHECK(first.urls[0] == c.url);
        if (*c.step != '\0')
          CHECK(has_repair(first, c.step));
        if (*c.candidate != '\0') {
          CHECK(std::find(first.url_candidates.begin(), first.url_candidates.end(),
                          std::string(c.candidate)) != first.url_candidates.end());
        }
      }
    }
  }

  TEST_CASE("a dropped URL hyphen leaves the display text joined too") {
    const Footnote note =
        split_note("See http://www.un.org/missions/minusma/background.shtml",
                   "Mandate. http://www.un.org/missions/mi-\nnusma/mandate.shtml.");
    CHECK(note.text == "Mandate. http://www.un.org/missions/minusma/mandate.shtml.");
  }

  TEST_CASE("Markdown links give the URL, not the visible text") {
    Document document;
    document.path = "links.md";
    document.format = Format::markdown;
    document.text = "Body.\n\nUN News, story about Mali, 2015.\n";
    Footnote note;
    note.number = 1;
    note.span.begin = 7;
    note.span.end = document.text.size() - 1;
    note.text = document.text.substr(note.span.begin, note.span.end - note.span.begin);
    Link link;
    link.begin = document.text.find("story about Mali");
    link.end = link.begin + std::string("story about Mali").size();
    link.url = "https://news.un.org/en/story/2015/01/1";
    document.links.push_back(link);
    Link internal;  // a footnote back-link is no source
    internal.begin = link.begin;
    internal.end = link.end;
    internal.url = "#fnref1";
    document.links.push_back(internal);
    document.line_starts = index_lines(document.text);
    const auto notes = split_citations({note}, document);
    REQUIRE(notes.at(0).citations.size() == 1);
    CHECK(notes[0].citations[0].urls ==
          std::vector<std::string>{"https://news.un.org/en/story/2015/01/1"});
  }

  TEST_CASE("a link that starts before the citation still gives its URL") {
    // A PDF link box drawn across the whole line covers the note number; an HTML link that
    // opens the note starts on the break before it. Either way the link target wins over
    // the printed URL, which is cut at the line end here.
    struct Case {
      const char* name;
      std::string text;
      std::string covered;  // the text the link covers, from its first byte
    };
    const std::string url = "https://www.example.org/reports/2020/intervention-force";
    const Case cases[] = {
        {"box over the number", "Body.\n\n15 https://www.example.org/reports/2020/inte\n",
         "15 https://www.example.org/reports/2020/inte"},
        {"link from the break", "Body.\n\nhttps://www.example.org/reports/2020/inte\n",
         "\nhttps://www.example.org/reports/2020/inte"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.name);
      Document document;
      document.path = "links.pdf";
      document.format = Format::pdf;
      document.text = c.text;
      Footnote note;
      note.number = 15;
      note.span.begin = document.text.find("https://");
      note.span.end = document.text.size() - 1;
      note.text = document.text.substr(note.span.begin, note.span.end - note.span.begin);
      Link link;
      link.begin = document.text.find(c.covered);
      link.end = link.begin + c.covered.size();
      link.url = url;
      REQUIRE(link.begin < note.span.begin);
      document.links.push_back(link);
      document.line_starts = index_lines(document.text);
      const auto notes = split_citations({note}, document);
      REQUIRE(notes.at(0).citations.size() == 1);
      CHECK(notes[0].citations[0].urls == std::vector<std::string>{url});
    }
  }
}

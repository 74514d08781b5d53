#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "journals_plugin.hpp"

using citecheck::Citation;
using citecheck::Kind;
using citecheck::Recognition;
using citecheck::plugins::JournalsPlugin;

namespace {

/// One citation style case: the text and every field we expect from it.
struct Case {
  std::string label;
  std::string raw;
  Kind kind;
  std::vector<std::string> authors;
  std::string issued;
  std::string title;
  std::string container;
  std::string volume;
  std::string issue;
  std::string pages;
  std::vector<std::string> dois;
};

}  // namespace

TEST_SUITE("plugin_journals") {
  TEST_CASE("journals: empty input is not mine") {
    const JournalsPlugin plugin;
    Citation citation;
    CHECK(plugin.recognize(citation) == Recognition::not_mine);
    CHECK(citation.plugin.empty());
  }

  TEST_CASE("journals: info") {
    const auto info = JournalsPlugin().info();
    CHECK(info.name == "journals");
    CHECK(info.priority == 200);
    CHECK(info.api_version == citecheck::k_plugin_api_version);
    // Crossref's public budget for list queries: one at a time, one a second.
    REQUIRE(info.service_limits.size() == 2);
    CHECK(info.service_limits[0].host == "api.crossref.org");
    CHECK(info.service_limits[0].max_per_host == 1);
    CHECK(info.service_limits[0].rate == 1.0);
    CHECK(info.service_limits[1].host == "doi.org");
  }

  TEST_CASE("journals: styles") {
    const Case cases[] = {
        {"Chicago note, Markdown italics",
         "Marcus Willett, \"Assessing Cyber Power,\" *Survival* 61, no.1 (2019): 85-90, "
         "https://doi.org/10.1080/00396338.2019.1569895.",
         Kind::journal_article,
         {"Marcus Willett"},
         "2019",
         "Assessing Cyber Power",
         "Survival",
         "61",
         "1",
         "85-90",
         {"10.1080/00396338.2019.1569895"}},
        {"Chicago, two authors, volume inside the italics",
         "Rory Cormac and Richard J. Aldrich, \"Grey is the new black: covert action and "
         "implausible deniability,\" *International Affairs 94*, no.3 (2018): 477-494, "
         "https://doi.org/10.1093/ia/iiy067.",
         Kind::journal_article,
         {"Rory Cormac", "Richard J. Aldrich"},
         "2018",
         "Grey is the new black: covert action and implausible deniability",
         "International Affairs",
         "94",
         "3",
         "477-494",
         {"10.1093/ia/iiy067"}},
        {"Chicago, nickname in the name, curly quotes",
         "Robert “Jake” Bebber, “Cyber power and cyber effectiveness: An analytic framework,” "
         "Comparative Strategy 36, no. 5 (2017): 426–436.",
         Kind::journal_article,
         {"Robert “Jake” Bebber"},
         "2017",
         "Cyber power and cyber effectiveness: An analytic framework",
         "Comparative Strategy",
         "36",
         "5",
         "426-436",
         {}},
        {"APA",
         "Smith, J., & Doe, A. (2019). Title of article. Journal Name, 12(3), 45–67. "
         "https://doi.org/10.1000/xyz123",
         Kind::journal_article,
         {"Smith, J.", "Doe, A."},
         "2019",
         "Title of article",
         "Journal Name",
         "12",
         "3",
         "45-67",
         {"10.1000/xyz123"}},
        {"Harvard",
         "Smith, J. (2019) 'Title of the piece', Journal of Things, 12(3), pp. 45-67.",
         Kind::journal_article,
         {"Smith, J."},
         "2019",
         "Title of the piece",
         "Journal of Things",
         "12",
         "3",
         "45-67",
         {}},
        {"MLA",
         "Smith, John, and Jane Doe. \"Title of Article.\" Journal Name, vol. 12, no. 3, 2019, "
         "pp. 45-67.",
         Kind::journal_article,
         {"Smith, John", "Jane Doe"},
         "2019",
         "Title of Article",
         "Journal Name",
         "12",
         "3",
         "45-67",
         {}},
        {"Vancouver",
         "Smith J, Doe A. Effects of a thing on another. Lancet. 2019 Jan;393(10170):447-92.",
         Kind::journal_article,
         {"Smith J", "Doe A"},
         "2019",
         "Effects of a thing on another",
         "Lancet",
         "393",
         "10170",
         "447-92",
         {}},
        {"minusma footnote 16 ('Bpas' is the OCR of 'Bøås'; names are kept as printed)",
         "For further information, see Morten Bpas (2014), ‘Guns, money and prayers: AQIM’s "
         "blueprint for securing control of Northern Mali’, CTC Sentinel, 7(4): 1-7.",
         Kind::journal_article,
         {"Morten Bpas"},
         "2014",
         "Guns, money and prayers: AQIM’s blueprint for securing control of Northern Mali",
         "CTC Sentinel",
         "7",
         "4",
         "1-7",
         {}},
        {"wikitext",
         "Creech, James, [http://www.jstor.org/stable/464723 \"Julia Kristeva's Bataille: "
         "reading as triumph,\"] ''Diacritics'', '''5'''(1), Spring 1975, pp. 62-68.",
         Kind::journal_article,
         {"Creech, James"},
         "1975",
         "Julia Kristeva's Bataille: reading as triumph",
         "Diacritics",
         "5",
         "1",
         "62-68",
         {}},
        {"conference paper",
         "Rain Ottis, \"Analysis of the 2007 cyber attacks against Estonia,\" in *Proceedings of "
         "the 7th European Conference on Information Warfare (2008):* 163.",
         Kind::journal_article,
         {"Rain Ottis"},
         "2008",
         "Analysis of the 2007 cyber attacks against Estonia",
         "Proceedings of the 7th European Conference on Information Warfare",
         "",
         "",
         "163",
         {}},
        {"journal named by its title, no volume",
         "Ruth W. Grant and Robert O. Keohane, \"Accountability and abuses of power in world "
         "politics,\" *American Political Science Review* (2005): 29- 43.",
         Kind::journal_article,
         {"Ruth W. Grant", "Robert O. Keohane"},
         "2005",
         "Accountability and abuses of power in world politics",
         "American Political Science Review",
         "",
         "",
         "29-43",
         {}},
        {"a book with a DOI is claimed as a book, for its DOI",
         "Jane Roe, *A Book* (London: Routledge, 2019), https://doi.org/10.4324/9780429000000.",
         Kind::book,
         {},
         "",
         "",
         "",
         "",
         "",
         "",
         {"10.4324/9780429000000"}},
    };
    const JournalsPlugin plugin;
    for (const Case& c : cases) {
      CAPTURE(c.label);
      Citation citation;
      citation.raw = c.raw;
      REQUIRE(plugin.recognize(citation) == Recognition::recognized);
      CHECK(citation.kind == c.kind);
      CHECK(citation.plugin == "journals");
      CHECK(citation.dois == c.dois);
      if (c.kind != Kind::journal_article)
        continue;
      CHECK(citation.authors == c.authors);
      CHECK(citation.issued == c.issued);
      CHECK(citation.title == c.title);
      CHECK(citation.container_title == c.container);
      CHECK(citation.volume == c.volume);
      CHECK(citation.issue == c.issue);
      CHECK(citation.pages == c.pages);
    }
  }

  TEST_CASE("journals: not mine") {
    const std::string texts[] = {
        "David E. Sanger, *Confront and Conceal: Obama's Secret Wars* (New York: Crown, 2012).",
        "Matt Burgess, “WikiLeaks Drops 'Grasshopper' Documents,” *WIRED UK*, July 5, 2017. "
        "https://www.wired.co.uk/article/cia-files-wikileaksvault-7.",
        "Joshua Davis, \"Hackers take down the most wired country in Europe,\" *Wired magazine "
        "15*, no.9 (2007): 15-09, https://www.wired.com/2007/08/ff-estonia/.",
        "John Raine, \"War or Peace? Understanding the Grey Zone,\" *International Institute of "
        "Strategic Studies* (blog), April 3 (2019), https://www.iiss.org/blogs/analysis.",
        "Herb Lin, \"Attribution of Malicious Cyber Incidents,\" *National Security, Technology, "
        "and Law* (2016). https://www.hoover.org/sites/default/files/lin_webready.pdf.",
        "Myriam Dunn Cavelty, \"The normalization of cyber-international relations,\" in "
        "*Strategic Trends 2015:* 81-98. ETH Zurich, Center for Security Studies, 2015.",
        "Ibid.",
        "United Nations, Treaty Series, vol. 1015, No. 14860.",
        "Richard Gowan, 'Diplomatic Fallout: Frustrations Mount for India at the U.N.', World "
        "Politics Review, 15 April 2013, http://www.worldpoliticsreview.com/articles/12870/x.",
        "United Nations, S/2014/692.",
        "http://www.un.org/en/peacekeeping/missions/minusma/background.shtml",
        "Interview with senior UN staff member, MINUSMA Headquarters in Bamako, May 2014",
    };
    const JournalsPlugin plugin;
    for (const std::string& text : texts) {
      CAPTURE(text);
      Citation citation;
      citation.raw = text;
      CHECK(plugin.recognize(citation) == Recognition::not_mine);
    }
  }
}

TEST_SUITE("plugin_journals") {
  TEST_CASE("journals: bad input neither crashes nor hangs") {
    const JournalsPlugin plugin;
    std::uint32_t state = 12345;
    auto next = [&state]() {
      state = state * 1664525u + 1013904223u;
      return state >> 24;
    };
    const std::string alphabet = "abcXYZ019 .,;:()[]'\"*_/-\xE2\x80\x9C\xE2\x80\x9D\n";
    for (int round = 0; round < 200; ++round) {
      std::string text;
      const std::size_t length = next() * 20;
      for (std::size_t i = 0; i < length; ++i)
        text += alphabet[next() % alphabet.size()];
      Citation citation;
      citation.raw = text;
      plugin.recognize(citation);
    }
    Citation huge;
    huge.raw = "A. Author, \"Title,\" Journal 1, no. 2 (2019): 3-4, http://" +
               std::string(200000, 'x') + " " + std::string(100000, '(');
    CHECK(plugin.recognize(huge) == Recognition::recognized);
    CHECK(huge.volume == "1");
  }
}

// Generic fields: quoted titles, dates of publication and access, publishers.
#include <doctest/doctest.h>

#include <string>

#include "note_fixture.hpp"
#include "split/generic_fields.hpp"

using namespace citecheck;
using namespace citecheck::split;
using namespace citecheck::test_split;

namespace {

struct TitleCase {
  const char* raw;
  const char* title;
};

const TitleCase k_titles[] = {
    {"Richard Gowan, \u2018Diplomatic Fallout: Frustrations Mount for India at the U.N.\u2019, "
     "World Politics Review.",
     "Diplomatic Fallout: Frustrations Mount for India at the U.N."},
    {"UN News Centre, \u2018Peace Process in Mali at \u2018crucial Stage\u2019 UN Chief Tells "
     "Council,\u201D 6 January 2015.",
     "Peace Process in Mali at \u2018crucial Stage\u2019 UN Chief Tells Council"},
    {"UN News Centre, \u2018Talks Set to Resume, Council Urges \u2018Spirit of Compromise\u2019, "
     "17 October 2014, "
     "http://www.un.org/x?NewsID=1",
     "Talks Set to Resume, Council Urges \u2018Spirit of Compromise"},
    {"Morten B\u00F8\u00E5s (2014), \u2018Guns, money and prayers: AQIM\u2019s blueprint\u2019, "
     "CTC Sentinel.",
     "Guns, money and prayers: AQIM\u2019s blueprint"},
    {"Bombande (2014), \u2018Can MINUSMA\u2019s Mandate Include the People? | IPI Global "
     "Observatory,\u201D IPI.",
     "Can MINUSMA\u2019s Mandate Include the People?"},
    {"Marcus Willett, \"Assessing Cyber Power,\" Survival 61, no.1 (2019): 85-90.",
     "Assessing Cyber Power"},
    {"Le Nouvelliste, \u00AB Authorities arrest Magalie Habitant and her driver \u00BB, 9 January "
     "2025.",
     "Authorities arrest Magalie Habitant and her driver"},
    {"Le Nouvelliste, \u00AB Condamn\u00E9e pour \u00AB faute administrative \u00BB, Habitant "
     "attendue \u00BB, 3 February 2022.",
     "Condamn\u00E9e pour \u00AB faute administrative \u00BB, Habitant attendue"},
    {"Jan Egeland, 'Northern Mali Risks Becoming Forgotten Protection Crisis' (Norwegian Refugee "
     "Council, 2014).",
     "Northern Mali Risks Becoming Forgotten Protection Crisis"},
    {"United Nations, S/2014/692.", ""},
};

struct DateCase {
  const char* raw;
  const char* issued;
  const char* accessed;
};

const DateCase k_dates[] = {
    {"Report, 30 September 2014, http://example.org/2015/03/16/x.", "2014-09-30", ""},
    {"(Norwegian Refugee Council, June 19, 2014).", "2014-06-19", ""},
    {"Wired, April 3 (2019), https://example.org.", "2019-04-03", ""},
    {"Survival 61, no.1 (2019): 85-90.", "2019", ""},
    {"Annual report 2023 for the Dominican Republic.", "2023", ""},
    {"Web page, May 2014. Accessed 3 May 2020.", "2014-05", "2020-05-03"},
    {"Site, retrieved 17 Sept. 2018.", "", "2018-09-17"},
    {"Page (last visited 2021-02-03).", "", "2021-02-03"},
    {"United Nations, Treaty Series, vol. 1974, No. 33757.", "", ""},
    {"United Nations, S/2014/692.", "", ""},
    {"\u2018Mali: October 2014 Monthly Forecast,\u2019 30 September 2014.", "2014-09-30", ""},
    {"Miami Herald, 31 March, available at www.example.com.", "", ""},
    {"Security Council resolutions 2700 (2023) and 2752 (2024).", "2023", ""},
};

Citation fields_of(const char* raw) {
  Citation citation;
  citation.raw = raw;
  std::vector<Range> urls;
  const std::string text = raw;
  for (const char* start : {"http", "www."}) {
    const std::size_t at = text.find(start);
    if (at != std::string::npos)
      urls.push_back({at, text.find_first_of(" ,", at) == std::string::npos
                              ? text.size()
                              : text.find_first_of(" ,", at)});
  }
  fill_generic_fields(citation, urls, false);
  return citation;
}

}  // namespace

TEST_SUITE("split") {
  TEST_CASE("quoted titles") {
    for (const TitleCase& c : k_titles) {
      const std::string shown = c.raw;
      CAPTURE(shown);
      CHECK(fields_of(c.raw).title == c.title);
    }
  }

  TEST_CASE("dates of publication and of access") {
    for (const DateCase& c : k_dates) {
      const std::string shown = c.raw;
      CAPTURE(shown);
      const Citation citation = fields_of(c.raw);
      CHECK(citation.issued == c.issued);
      CHECK(citation.accessed == c.accessed);
    }
  }

  TEST_CASE("publisher in parentheses") {
    CHECK(fields_of("Jan Egeland, \u2018Crisis\u2019 (Norwegian Refugee Council, June 19, 2014).")
              .publisher == "Norwegian Refugee Council");
    CHECK(
        fields_of("Muggah, \u201CHaiti\u2019s markets\u201D (UNODC, 2023), available.").publisher ==
        "UNODC");
    const auto imprint = find_publisher(
        "Tim Maurer, Cyber Mercenaries (Cambridge: Cambridge University Press, 2018).");
    REQUIRE(imprint.has_value());
    CHECK(imprint->city == "Cambridge");
    CHECK(imprint->publisher == "Cambridge University Press");
    CHECK(!find_publisher("Ocean (forthcoming).").has_value());
    CHECK(!find_publisher("NPT/CONF.2000/28 (Parts I and II)").has_value());
  }

  TEST_CASE("a web page's title printed before its URL") {
    const Footnote note =
        split_note("",
                   "MINUSMA: Facts and Figures. "
                   "http://www.un.org/en/peacekeeping/missions/minusma/facts.shtml");
    CHECK(note.citations.at(0).title == "MINUSMA: Facts and Figures");
  }

  TEST_CASE("the byte class table answers as the comparisons it replaced") {
    for (int value = 0; value < 256; ++value) {
      const char c = static_cast<char>(value);
      const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      CAPTURE(value);
      CHECK(split::is_alnum(c) == alnum);
      CHECK(split::is_word_byte(c) == (alnum || value >= 0x80));
    }
  }
}

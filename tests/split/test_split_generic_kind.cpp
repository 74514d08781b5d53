// The generic kind core gives what no plugin claimed.
#include <doctest/doctest.h>

#include <string>

#include "note_fixture.hpp"

using namespace citecheck;
using namespace citecheck::test_split;

namespace {

struct KindCase {
  const char* note;
  Kind kind;
};

const KindCase k_cases[] = {
    {"MINUSMA: Facts and Figures. http://www.un.org/en/peacekeeping/missions/minusma/facts.shtml",
     Kind::web},
    {"See https://insightcrime.org/news/drones-fuel-criminal-arms-race/.", Kind::web},
    {"Tim Maurer, Cyber Mercenaries (Cambridge: Cambridge University Press, 2018).", Kind::book},
    {"Carl Schmitt, The Concept of the Political (Chicago: 1996): 46-49.", Kind::book},
    {"Jan Egeland, \u2018Northern Mali Risks Becoming Forgotten Protection Crisis\u2019 (Norwegian "
     "Refugee Council, June 19, 2014).",
     Kind::report},
    {"Security Council Report, \u2018Mali: October 2014 Monthly Forecast,\u2019 30 September 2014, "
     "http://www.securitycouncilreport.org/monthly-forecast/2014-10/mali_14.php.",
     Kind::report},
    {"UNICEF country office annual report 2023, available at "
     "https://www.unicef.org/media/file.pdf.",
     Kind::report},
    {"Interview with senior MINUSMA official in Mali in 2014.", Kind::interview},
    {"These are not acts of piracy. See United Nations Convention on the Law of the Sea, art. 101.",
     Kind::other},
    {"UN News, \u201CThe report nobody read\u201D, 2025, https://news.un.org/en/story/2025/03/1.",
     Kind::web},
};

}  // namespace

TEST_SUITE("split") {
  TEST_CASE("generic kinds") {
    for (const KindCase& c : k_cases) {
      const std::string shown = c.note;
      CAPTURE(shown);
      Footnote note = split_note("", c.note);
      REQUIRE(note.citations.size() == 1);
      Citation& citation = note.citations[0];
      fill_generic_kind(citation);
      CHECK(citation.kind == c.kind);
      CHECK(citation.plugin.empty());
      CHECK(citation.confidence > 0.0);
    }
  }

  TEST_CASE("Ibid. keeps its kind") {
    Citation citation;
    citation.kind = Kind::ibid;
    citation.raw = "Ibid., https://example.org (Cambridge: CUP, 2001).";
    fill_generic_kind(citation);
    CHECK(citation.kind == Kind::ibid);
  }
}

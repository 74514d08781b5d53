// Citation boundaries inside one footnote: one line per case, note -> citation raws.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "note_fixture.hpp"

using namespace citecheck;
using namespace citecheck::test_split;

namespace {

struct SplitCase {
  const char* note;
  std::vector<std::string> raws;
};

const SplitCase k_cases[] = {
    {"MINUSMA Mandate. http://www.un.org/x/mandate.shtml. For further information, see United "
     "Nations S/RES/2164.",
     {"MINUSMA Mandate. http://www.un.org/x/mandate.shtml.",
      "For further information, see United Nations S/RES/2164."}},
    {"See S/2023/780; S/2024/79; and S/2025/85.", {"See S/2023/780", "S/2024/79", "S/2025/85."}},
    {"See www.justice.gov/a-b; and https://www.docketbird.com/c-d.",
     {"See www.justice.gov/a-b", "https://www.docketbird.com/c-d."}},
    {"Key informant K6, interviewed on 22 March 2025. See also the examples under section II, "
     "\u201CDynamics\u201D.",
     {"Key informant K6, interviewed on 22 March 2025. See also the examples under section II, "
      "\u201CDynamics\u201D."}},
    {"See Adams, \u201CHaiti guns\u201D, New York Times, 30 March 2025. See footnote 25.",
     {"See Adams, \u201CHaiti guns\u201D, New York Times, 30 March 2025. See footnote 25."}},
    {"\u2018Weak State institutions; ineffective governance\u2019, Report, 2014.",
     {"\u2018Weak State institutions; ineffective governance\u2019, Report, 2014."}},
    {"Enhanced border surveillance; increased law enforcement operations.",
     {"Enhanced border surveillance; increased law enforcement operations."}},
    {"Approximately $300,000. See Le Nouvelliste, \u00AB Condamn\u00E9e \u00BB, 3 February 2022. "
     "See also, IciHaiti.com, "
     "\u00AB The CSC/CA condemns \u00BB, 1 August 2021.",
     {"Approximately $300,000. See Le Nouvelliste, \u00AB Condamn\u00E9e \u00BB, 3 February 2022.",
      "See also, IciHaiti.com, \u00AB The CSC/CA condemns \u00BB, 1 August 2021."}},
    {"See https://panorama.onl/mundo/x.html. See also Regional Inter-Agency Platform, situational "
     "report (forthcoming).",
     {"See https://panorama.onl/mundo/x.html.",
      "See also Regional Inter-Agency Platform, situational report (forthcoming)."}},
    {"Smith (2001), p. 3; cf. Jones (2004), p. 7.",
     {"Smith (2001), p. 3", "cf. Jones (2004), p. 7."}},
    {"United Nations, Treaty Series, vol. 1015, No. 14860.",
     {"United Nations, Treaty Series, vol. 1015, No. 14860."}},
    // A ';' inside a wiki template's parameter is part of one source.
    {"{{cite news|url=https://g.co/x|title=The ideas interview: Julia Kristeva; Why is a great "
     "critic ashamed|date=2006}}",
     {"{{cite news|url=https://g.co/x|title=The ideas interview: Julia Kristeva; Why is a great "
      "critic ashamed|date=2006}}"}},
    {"{{cite web|url=https://a.org/x|title=A}}; {{cite web|url=https://b.org/y|title=B}}",
     {"{{cite web|url=https://a.org/x|title=A}}", "{{cite web|url=https://b.org/y|title=B}}"}},
};

}  // namespace

TEST_SUITE("split") {
  TEST_CASE("citation boundaries") {
    for (const SplitCase& c : k_cases) {
      const std::string shown = c.note;
      CAPTURE(shown);
      const Footnote note = split_note("", c.note);
      std::vector<std::string> raws;
      for (const Citation& citation : note.citations)
        raws.push_back(citation.raw);
      CHECK(raws == c.raws);
      for (std::size_t k = 0; k < note.citations.size(); ++k) {
        CHECK(note.citations[k].id == "1." + std::to_string(k + 1));
      }
    }
  }

  TEST_CASE("citation spans point back into the document") {
    Document document;
    const auto notes = split_notes("Body.", {"See S/2023/780; S/2024/79."}, 1, &document);
    const Citation& second = notes.at(0).citations.at(1);
    CHECK(document.text.substr(second.span.begin, second.span.end - second.span.begin) ==
          "S/2024/79.");
    CHECK(second.span.line == 3);
  }
}

#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "un_documents_plugin.hpp"

using citecheck::Citation;
using citecheck::Kind;
using citecheck::Recognition;
using citecheck::plugins::UnDocumentsPlugin;

namespace {

/// One recognition case: the citation text, the answer and what it fills.
struct Case {
  std::string raw;
  Recognition answer;
  std::vector<std::string> symbols;
  std::string title;
  std::string issued;
};

Citation citation_of(const std::string& raw) {
  Citation citation;
  citation.id = "1.1";
  citation.raw = raw;
  return citation;
}

}  // namespace

TEST_SUITE("plugin_un_documents") {
  TEST_CASE("plugin: empty input is not mine") {
    const UnDocumentsPlugin plugin;
    Citation citation;
    CHECK(plugin.recognize(citation) == Recognition::not_mine);
    CHECK(citation.un_symbols.empty());
    CHECK(citation.kind == Kind::other);
    CHECK(citation.plugin.empty());
  }

  TEST_CASE("plugin: info") {
    const auto info = UnDocumentsPlugin().info();
    CHECK(info.name == "un-documents");
    CHECK(info.priority == 100);
    CHECK(info.api_version == citecheck::k_plugin_api_version);
    CHECK(info.kinds == std::vector<Kind>{Kind::un_document});
    REQUIRE(info.service_limits.size() == 1);
    CHECK(info.service_limits[0].host == "digitallibrary.un.org");
    CHECK(info.service_limits[0].rate > 0.0);
  }

  TEST_CASE("plugin: recognition table") {
    const auto mine = Recognition::recognized;
    const auto not_mine = Recognition::not_mine;
    const Case cases[] = {
        {"United Nations, S/2014/692.", mine, {"S/2014/692"}, "", "2014"},
        {"United Nations, S/RES/2164.", mine, {"S/RES/2164 (2014)"}, "", "2014"},
        {"United Nations, S/PV.7274.", mine, {"S/PV.7274"}, "", ""},
        {"Security Council resolutions 2700 (2023) and 2752 (2024).",
         mine,
         {"S/RES/2700 (2023)", "S/RES/2752 (2024)"},
         "",
         "2023"},
        {"Resolution 55/2.", mine, {"A/RES/55/2"}, "", ""},
        {"See Official Records of the General Assembly, Sixty-fourth Session, Supplement No. 27 "
         "(A/64/27), para. 18.",
         mine,
         {"A/64/27"},
         "Official Records of the General Assembly, Sixty-fourth Session, Supplement No. 27",
         ""},
        {"2000 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear "
         "Weapons, Final Document, vol. I (NPT/CONF.2000/28 (Parts I and II)), part I, para. 15.",
         mine,
         {"NPT/CONF.2000/28 (Parts I and II)"},
         "Final Document, vol. I",
         "2000"},
        {"Report of the Secretary-General, “Children and armed conflict” (A/72/361-S/2017/821).",
         mine,
         {"A/72/361", "S/2017/821"},
         "Children and armed conflict",
         "2017"},
        {"https://undocs.org/S/RES/2100(2013)", mine, {"S/RES/2100 (2013)"}, "", "2013"},
        // The document cited beside another source's URL: first, or introduced by "see".
        {"See S/2025/85; and Robert Muggah, “Haiti’s criminal markets” (UNODC, 2023), available "
         "at https://www.unodc.org/documents/Haiti_assessment_UNODC.pdf.",
         mine,
         {"S/2025/85"},
         "",
         "2025"},
        {"MINUSMA Mandate. http://www.un.org/en/peacekeeping/missions/minusma/mandate.shtml. For "
         "further information, see United Nations S/RES/2164.",
         mine,
         {"S/RES/2164 (2014)"},
         "",
         "2014"},
        // Mentions: the source is the story, the symbol stands in its title.
        {"Reuters, “Council adopts S/RES/2100 on Mali”, 25 April 2013, "
         "http://www.reuters.com/article/2013/04/25/mali-un",
         not_mine,
         {"S/RES/2100 (2013)"},
         "",
         ""},
        {"UN News, 'Security Council resolution 2100 (2013) extends MINUSMA', "
         "https://news.un.org/en/story/2013/04/1",
         not_mine,
         {"S/RES/2100 (2013)"},
         "",
         ""},
        // Not UN documents at all.
        {"OPCW, S/1906/2020, Note by the Technical Secretariat.", not_mine, {}, "", ""},
        {"During 2013/2014, interviews were conducted with MINUSMA leadership.",
         not_mine,
         {},
         "",
         ""},
        {"General Assembly decision 50/411.", not_mine, {}, "", ""},
        {"Marcus Willett, \"Assessing Cyber Power,\" Survival 61, no.1 (2019): 85-90, "
         "https://doi.org/10.1080/00396338.2019.1569895.",
         not_mine,
         {},
         "",
         ""},
    };
    const UnDocumentsPlugin plugin;
    for (const Case& c : cases) {
      CAPTURE(c.raw);
      Citation citation = citation_of(c.raw);
      CHECK(plugin.recognize(citation) == c.answer);
      CHECK(citation.un_symbols == c.symbols);
      if (c.answer == mine) {
        CHECK(citation.kind == Kind::un_document);
        CHECK(citation.plugin == "un-documents");
        CHECK(citation.confidence > 0.5);
        CHECK(citation.title == c.title);
        CHECK(citation.issued == c.issued);
      } else {
        CHECK(citation.kind == Kind::other);
      }
    }
  }

  TEST_CASE("plugin: repairs land on the citation") {
    const UnDocumentsPlugin plugin;
    Citation citation = citation_of("For further information, see United Nations S/RES/2100.6");
    REQUIRE(plugin.recognize(citation) == Recognition::recognized);
    CHECK(citation.un_symbols == std::vector<std::string>{"S/RES/2100 (2013)"});
    REQUIRE(citation.repairs.size() == 2);
    CHECK(citation.repairs[0].step == "strip_glued_digit");
    CHECK(citation.repairs[1].step == "infer_resolution_year");

    Citation derived = citation_of("Security Council resolution 2700 (2023).");
    REQUIRE(plugin.recognize(derived) == Recognition::recognized);
    REQUIRE(derived.repairs.size() == 1);
    CHECK(derived.repairs[0].step == "derive_symbol");
  }

  TEST_CASE("plugin: a printed symbol and the same one in prose count once") {
    const UnDocumentsPlugin plugin;
    Citation citation = citation_of("Security Council resolution 2100 (2013), S/RES/2100 (2013).");
    CHECK(plugin.recognize(citation) == Recognition::recognized);
    CHECK(citation.un_symbols == std::vector<std::string>{"S/RES/2100 (2013)"});
  }
}

TEST_SUITE("plugin_un_documents") {
  TEST_CASE("plugin: bad input neither crashes nor hangs") {
    const UnDocumentsPlugin plugin;
    std::uint32_t state = 54321;
    auto next = [&state]() {
      state = state * 1664525u + 1013904223u;
      return state >> 24;
    };
    const std::string alphabet = "ASERC019 ./-()resolution\"'\n";
    for (int round = 0; round < 200; ++round) {
      std::string text;
      const std::size_t length = next() * 20;
      for (std::size_t i = 0; i < length; ++i)
        text += alphabet[next() % alphabet.size()];
      Citation citation = citation_of(text);
      plugin.recognize(citation);
    }
    std::string many;
    for (int i = 0; i < 5000; ++i)
      many += "resolutions 55/2, ";
    Citation citation = citation_of(many);
    CHECK(plugin.recognize(citation) == Recognition::recognized);
    CHECK(citation.un_symbols == std::vector<std::string>{"A/RES/55/2"});
  }
}

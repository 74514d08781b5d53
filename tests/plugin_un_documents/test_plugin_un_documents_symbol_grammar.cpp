#include <doctest/doctest.h>

#include <string>

#include "ocr_repair.hpp"
#include "symbol_grammar.hpp"
#include "symbol_normalize.hpp"

using namespace citecheck::plugins::un_documents;

TEST_SUITE("plugin_un_documents") {
  TEST_CASE("grammar: whole strings parse to plausible symbols") {
    struct Case {
      std::string text;
      bool ok;
      std::string normalized;
      int year;
    };
    const Case cases[] = {
        {"S/RES/2100(2013)", true, "S/RES/2100 (2013)", 2013},
        {"S/RES/2100", true, "S/RES/2100", 0},
        {"S/2014/692", true, "S/2014/692", 2014},
        {"S/PRST/2015/19", true, "S/PRST/2015/19", 2015},
        {"E/RES/2013/1", true, "E/RES/2013/1", 2013},
        {"NPT/CONF.2000/28 (Parts I and II)", true, "NPT/CONF.2000/28 (Parts I and II)", 2000},
        {"A/RES/2758(XXVI)", true, "A/RES/2758 (XXVI)", 0},
        {"A/CONF.229/2017/8", true, "A/CONF.229/2017/8", 0},
        {"S/1906/2020", false, "", 0},
        {"S/RES/2100 (annex)", false, "", 0},
        {"A/64/27 (2009)", false, "", 0},
        {"S/PV.7274 (III)", false, "", 0},
        {"XYZ/2014/1", false, "", 0},
        {"A/RES", false, "", 0},
        {"S/RES/2100 trailing", false, "", 0},
        {"", false, "", 0},
    };
    for (const Case& c : cases) {
      CAPTURE(c.text);
      Symbol symbol;
      REQUIRE(parse_symbol(c.text, symbol) == c.ok);
      if (!c.ok)
        continue;
      CHECK(symbol.to_string() == c.normalized);
      CHECK(stated_year(symbol) == c.year);
    }
  }

  TEST_CASE("grammar: qualifiers") {
    CHECK(classify_qualifier("2013") == QualifierKind::year);
    CHECK(classify_qualifier("1899") == QualifierKind::none);
    CHECK(classify_qualifier("III") == QualifierKind::session);
    CHECK(classify_qualifier("ES-V") == QualifierKind::session);
    CHECK(classify_qualifier("Resumption 1") == QualifierKind::resumption);
    CHECK(classify_qualifier("Part I") == QualifierKind::part);
    CHECK(classify_qualifier("Vol. II") == QualifierKind::part);
    CHECK(classify_qualifier("Parts I and II") == QualifierKind::part);
    CHECK(classify_qualifier("annex") == QualifierKind::none);
    CHECK(classify_qualifier("Part I; see below") == QualifierKind::none);
  }

  TEST_CASE("normalize: qualifier spacing, year, case") {
    Symbol resumed{"S", {"PV.6201"}, "Resumption1", {}};
    normalize_qualifier(resumed);
    CHECK(resumed.to_string() == "S/PV.6201 (Resumption 1)");

    Symbol resolution{"S", {"RES", "2164"}, "", {}};
    const auto repair = fill_resolution_year(resolution);
    REQUIRE(repair.has_value());
    CHECK(repair->step == "infer_resolution_year");
    CHECK(resolution.to_string() == "S/RES/2164 (2014)");
    CHECK_FALSE(fill_resolution_year(resolution).has_value());  // already has its year

    Symbol unknown{"S", {"RES", "242"}, "", {}};
    CHECK_FALSE(fill_resolution_year(unknown).has_value());

    Symbol lowered{"a", {"c.3", "78", "l.41", "add.1"}, "", {}};
    canonical_case(lowered);
    CHECK(lowered.to_string() == "A/C.3/78/L.41/Add.1");
  }

  TEST_CASE("ocr repair: glued footnote digit") {
    std::string component = "2100.6";
    const auto repair = strip_glued_digit(component, "S/RES/2100.6");
    REQUIRE(repair.has_value());
    CHECK(component == "2100");
    CHECK(repair->after == "S/RES/2100");
    for (std::string kept : {"PV.7274", "L.41", "2100", "2100.1234", "CN.4"}) {
      CAPTURE(kept);
      const std::string before = kept;
      CHECK_FALSE(strip_glued_digit(kept, kept).has_value());
      CHECK(kept == before);
    }
  }
}

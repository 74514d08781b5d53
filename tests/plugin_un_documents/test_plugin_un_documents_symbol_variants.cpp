#include <doctest/doctest.h>

#include <algorithm>

#include "symbol_variants.hpp"

using namespace citecheck::plugins::un_documents;

namespace {

bool contains(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

}  // namespace

TEST_SUITE("plugin_un_documents") {
  TEST_CASE("compact_form, spacing_forms and symbol_key") {
    CHECK(compact_form("S/RES/2100 (2013)") == "S/RES/2100(2013)");
    CHECK(compact_form("S/PV.3745 (Resumption 1)") == "S/PV.3745(Resumption 1)");
    CHECK(compact_form("S/2014/692") == "S/2014/692");
    CHECK(spacing_forms("S/RES/2100 (2013)") ==
          std::vector<std::string>{"S/RES/2100 (2013)", "S/RES/2100(2013)"});
    CHECK(spacing_forms("S/RES/2049(2012)") ==
          std::vector<std::string>{"S/RES/2049(2012)", "S/RES/2049 (2012)"});
    CHECK(spacing_forms("S/PV.7274") == std::vector<std::string>{"S/PV.7274"});
    CHECK(symbol_key("S/RES/2100 (2013)") == symbol_key("s/res/2100(2013)"));
    CHECK(symbol_key("S/2014/692") != symbol_key("S/2014/69"));
  }

  TEST_CASE("near_variants finds the symbol one slip away") {
    struct Case {
      const char* printed;
      const char* meant;
    };
    const Case cases[] = {
        {"S/2014/69", "S/2014/692"},                 // a dropped digit
        {"S/PV.727", "S/PV.7274"},                   // a dropped digit after a dot
        {"S/2014/6922", "S/2014/692"},               // a doubled digit
        {"S/PV.7247", "S/PV.7274"},                  // two digits swapped
        {"S/RES/2100 (2014)", "S/RES/2100 (2013)"},  // the year the number belongs to
        {"S/RES/2146 (2014)", "S/RES/2164 (2014)"},  // swapped, year kept right
        {"A/HRC/28/4O", "A/HRC/28/40"},              // OCR 'O' for '0'
        {"A/C.3/78/L.4l", "A/C.3/78/L.41"},          // OCR 'l' for '1'
    };
    for (const Case& c : cases) {
      CAPTURE(c.printed);
      const auto variants = near_variants(c.printed, 64);
      CHECK(contains(variants, c.meant));
      CHECK_FALSE(contains(variants, c.printed));
    }
  }

  TEST_CASE("near_variants is bounded, unique and plausible") {
    const auto variants = near_variants("S/2014/692", 24);
    CHECK(variants.size() <= 24);
    CHECK_FALSE(variants.empty());
    auto sorted = variants;
    std::sort(sorted.begin(), sorted.end());
    CHECK(std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end());
    CHECK(near_variants("S/2014/692", 0).empty());
    CHECK(near_variants("not a symbol", 10).empty());
    // Repairs come before insertions: the doubled digit's fix is among the first few.
    const auto doubled = near_variants("S/2014/6922", 4);
    CHECK(contains(doubled, "S/2014/692"));
  }
}

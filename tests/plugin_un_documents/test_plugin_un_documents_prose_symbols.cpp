#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "prose_symbols.hpp"

using citecheck::plugins::un_documents::derive_symbols;

namespace {

std::vector<std::string> derived_from(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& hit : derive_symbols(text))
    out.push_back(hit.symbol);
  return out;
}

struct Case {
  std::string text;
  std::vector<std::string> expected;
};

}  // namespace

TEST_SUITE("plugin_un_documents") {
  TEST_CASE("prose: resolutions named in words") {
    const Case cases[] = {
        {"Security Council resolution 2700 (2023).", {"S/RES/2700 (2023)"}},
        {"Security Council resolutions 2700 (2023) and 2752 (2024).",
         {"S/RES/2700 (2023)", "S/RES/2752 (2024)"}},
        {"Security Council resolutions 2700 (2023), 2701 (2023) and 2752 (2024)",
         {"S/RES/2700 (2023)", "S/RES/2701 (2023)", "S/RES/2752 (2024)"}},
        {"Security Council resolution 2100", {"S/RES/2100 (2013)"}},
        {"UNSC res. 1325 (2000)", {"S/RES/1325 (2000)"}},
        {"resolution 2100 (2013)", {"S/RES/2100 (2013)"}},
        {"General Assembly resolution 55/2", {"A/RES/55/2"}},
        {"Resolution 55/2.", {"A/RES/55/2"}},
        {"See resolution 50/245 and A/50/1027.", {"A/RES/50/245"}},
        {"Resolution S-10/2.", {"A/RES/S-10/2"}},
        {"General Assembly resolution ES-10/21", {"A/RES/ES-10/21"}},
        {"General Assembly resolution 217 A (III)", {"A/RES/217A (III)"}},
        {"resolution 217 (III)", {"A/RES/217 (III)"}},
        {"Human Rights Council resolution 41/1", {"A/HRC/RES/41/1"}},
        {"Economic and Social Council resolution 2013/1", {"E/RES/2013/1"}},
        {"resolutions 55/2, 56/1 and 57/3", {"A/RES/55/2", "A/RES/56/1", "A/RES/57/3"}},
    };
    for (const Case& c : cases) {
      CAPTURE(c.text);
      CHECK(derived_from(c.text) == c.expected);
    }
  }

  TEST_CASE("prose: not resolutions, or not enough to say which") {
    const std::string texts[] = {
        "",
        "decision 50/411",
        "General Assembly decision ES-7/11",
        "draft resolution 2",
        "the draft resolution 55/2",
        "resolution 1325",
        "resolution 2013/1",
        "Security Council resolution 55/2",
        "a resolution of the conflict",
        "resolutions were adopted in 2013",
        "resolution 120/3",
        "res. 55/2",
        "irresolution 55/2",
        "resolution 55/2/Add.1",
    };
    for (const std::string& text : texts) {
      CAPTURE(text);
      CHECK(derived_from(text).empty());
    }
  }

  TEST_CASE("prose: a derived symbol says so") {
    const auto hits = derive_symbols("Security Council resolution 2700 (2023).");
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].derived);
    REQUIRE(hits[0].repairs.size() == 1);
    CHECK(hits[0].repairs[0].step == "derive_symbol");
    CHECK(hits[0].repairs[0].before == "resolution 2700 (2023)");
    CHECK(hits[0].repairs[0].after == "S/RES/2700 (2023)");
    CHECK(hits[0].repairs[0].detail.find("derived") != std::string::npos);
  }
}

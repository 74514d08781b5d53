#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "symbol_scanner.hpp"

using citecheck::plugins::un_documents::scan_symbols;

namespace {

std::vector<std::string> symbols_in(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& hit : scan_symbols(text))
    out.push_back(hit.symbol);
  return out;
}

struct Case {
  std::string text;
  std::vector<std::string> expected;
};

}  // namespace

TEST_SUITE("plugin_un_documents") {
  TEST_CASE("scanner: every symbol form, normalized") {
    const Case cases[] = {
        {"S/RES/2100 (2013)", {"S/RES/2100 (2013)"}},
        {"S/RES/2100(2013)", {"S/RES/2100 (2013)"}},
        {"S/RES/2100\xC2\xA0(2013)", {"S/RES/2100 (2013)"}},
        {"see S/RES/2100  (2013).", {"S/RES/2100 (2013)"}},
        {"S/2014/692", {"S/2014/692"}},
        {"United Nations, S/2014/692.", {"S/2014/692"}},
        {"S/PV.7274", {"S/PV.7274"}},
        {"United Nations, S/PV.7274.", {"S/PV.7274"}},
        {"S/PV.3745 (Resumption 1)", {"S/PV.3745 (Resumption 1)"}},
        {"S/PV.6201(Resumption1)", {"S/PV.6201 (Resumption 1)"}},
        {"A/RES/69/1", {"A/RES/69/1"}},
        {"A/RES/217 (III)", {"A/RES/217 (III)"}},
        {"A/RES/217 A (III)", {"A/RES/217A (III)"}},
        {"A/RES/3201 (S-VI)", {"A/RES/3201 (S-VI)"}},
        {"A/RES/ES-10/21", {"A/RES/ES-10/21"}},
        {"A/RES/S-13/2", {"A/RES/S-13/2"}},
        {"A/HRC/28/L.1", {"A/HRC/28/L.1"}},
        {"A/HRC/RES/41/1", {"A/HRC/RES/41/1"}},
        {"A/HRC/23/48/Add.2", {"A/HRC/23/48/Add.2"}},
        {"A/C.3/78/L.41", {"A/C.3/78/L.41"}},
        {"A/C.2/80/L.35/Rev.1", {"A/C.2/80/L.35/Rev.1"}},
        {"E/CN.4/2005/L.10/Add.1", {"E/CN.4/2005/L.10/Add.1"}},
        {"E/RES/2013/1", {"E/RES/2013/1"}},
        {"S/PRST/2014/1", {"S/PRST/2014/1"}},
        {"A/72/439/Add.3", {"A/72/439/Add.3"}},
        {"CCPR/C/21/Rev.1/Add.13", {"CCPR/C/21/Rev.1/Add.13"}},
        {"NPT/CONF.2000/28 (Parts I and II)", {"NPT/CONF.2000/28 (Parts I and II)"}},
        {"(NPT/CONF.1995/32 (Part I) and NPT/CONF.1995/32 (Part I)/Corr.2), annex.",
         {"NPT/CONF.1995/32 (Part I)", "NPT/CONF.1995/32 (Part I)/Corr.2"}},
        {"vols. I-III (NPT/CONF.2010/50 (Vol. I), NPT/CONF.2010/50 (Vol. II))",
         {"NPT/CONF.2010/50 (Vol. I)", "NPT/CONF.2010/50 (Vol. II)"}},
        {"CD/1299.", {"CD/1299"}},
        {"See CD/1999 and CD/2067.", {"CD/1999", "CD/2067"}},
        {"CD/8/Rev.9.", {"CD/8/Rev.9"}},
        {"A/CONF.229/2017/8.", {"A/CONF.229/2017/8"}},
        {"Supplement No. 27 (A/64/27), para. 18.", {"A/64/27"}},
        {"A/ES-11/PV.23", {"A/ES-11/PV.23"}},
        {"A/64/PV.121", {"A/64/PV.121"}},
        {"CRC/C/GC/25", {"CRC/C/GC/25"}},
        {"CEDAW/C/GC/30", {"CEDAW/C/GC/30"}},
        {"CERD/C/GC/35", {"CERD/C/GC/35"}},
        {"CAT/C/GC/3", {"CAT/C/GC/3"}},
        {"DP/2019/4", {"DP/2019/4"}},
        {"TD/B/64/2", {"TD/B/64/2"}},
        {"UNEP/EA.4/19", {"UNEP/EA.4/19"}},
        {"ST/SGB/2003/13", {"ST/SGB/2003/13"}},
        {"S/23500", {"S/23500"}},
        {"(A/72/361-S/2017/821)", {"A/72/361", "S/2017/821"}},
        {"A/72/361–S/2017/821", {"A/72/361", "S/2017/821"}},
        {"See S/2023/780; S/2024/79; and S/2025/85.", {"S/2023/780", "S/2024/79", "S/2025/85"}},
        // Year filled from the number where the text leaves it off.
        {"United Nations, S/RES/2164.", {"S/RES/2164 (2014)"}},
        {"S/RES/2086", {"S/RES/2086 (2013)"}},
        {"S/RES/2133", {"S/RES/2133 (2014)"}},
        {"S/RES/2721", {"S/RES/2721 (2023)"}},
        {"S/RES/2722", {"S/RES/2722 (2024)"}},
        {"S/RES/2768", {"S/RES/2768 (2025)"}},
        // Years the table does not know stay off.
        {"S/RES/242", {"S/RES/242"}},
        {"S/RES/2900", {"S/RES/2900"}},
        // A printed year is kept as printed.
        {"S/RES/1325 (2000)", {"S/RES/1325 (2000)"}},
        // OCR: footnote number glued on; symbol broken at a line end.
        {"see United Nations S/RES/2100.6 United Nations S/2014/692.",
         {"S/RES/2100 (2013)", "S/2014/692"}},
        {"United Nations S/ RES/2164", {"S/RES/2164 (2014)"}},
        {"United Nations S/\nRES/2164", {"S/RES/2164 (2014)"}},
        // UN document URLs name their symbol.
        {"https://undocs.org/S/RES/2100(2013)", {"S/RES/2100 (2013)"}},
        {"https://undocs.org/en/A/72/17.", {"A/72/17"}},
        {"https://docs.un.org/en/a/res/79/1", {"A/RES/79/1"}},
        {"http://www.un.org/ga/search/view_doc.asp?symbol=A/RES/70/1&Lang=E", {"A/RES/70/1"}},
        {"https://documents.un.org/api/symbol/access?s=S/2018/10&l=en&t=pdf", {"S/2018/10"}},
        {"http://daccess-ods.un.org/access.nsf/Get?Open&DS=A/58/99&Lang=E", {"A/58/99"}},
    };
    for (const Case& c : cases) {
      CAPTURE(c.text);
      CHECK(symbols_in(c.text) == c.expected);
    }
  }

  TEST_CASE("scanner: what is not a UN symbol") {
    const std::string texts[] = {
        "",
        "During 2013/2014, interviews were conducted",
        "a fraction 1/2 or 3/4 of the vote",
        "OPCW, S/1906/2020, Note by the Technical Secretariat",
        "OPCW document S/1867/2020.",
        "http://www.scis.nova.edu/%7Ecannady/ARES/hunker.pdf",
        "https://example.org/S/RES/2100/report.pdf",
        "http://www.reuters.com/article/2015/03/16/us-mali-talks",
        "CSC/CA members",
        "and/or A/B testing",
        "the AC/DC tour",
        "S/RES/ without a number",
        "CD/DVD-ROM",
        "e-mail info@S/2014/692",
        "FOO/2014/692",
        "S/12",
        "A/1",
        "A/120/3",
        "S/RES/12345",
        "E/2100x/3/4/5/6/7/8/9/10",
    };
    for (const std::string& text : texts) {
      CAPTURE(text);
      CHECK(symbols_in(text).empty());
    }
  }

  TEST_CASE("scanner: repairs are recorded") {
    SUBCASE("glued footnote digit") {
      const auto hits = scan_symbols("see United Nations S/RES/2100.6 United Nations");
      REQUIRE(hits.size() == 1);
      REQUIRE(hits[0].repairs.size() == 2);
      CHECK(hits[0].repairs[0].step == "strip_glued_digit");
      CHECK(hits[0].repairs[0].before == "S/RES/2100.6");
      CHECK(hits[0].repairs[0].after == "S/RES/2100");
      CHECK(hits[0].repairs[1].step == "infer_resolution_year");
      CHECK(hits[0].repairs[1].after == "S/RES/2100 (2013)");
    }
    SUBCASE("joined across a line") {
      const auto hits = scan_symbols("United Nations S/ RES/2164.");
      REQUIRE(hits.size() == 1);
      REQUIRE(!hits[0].repairs.empty());
      CHECK(hits[0].repairs[0].step == "join_symbol_across_lines");
      CHECK(hits[0].repairs[0].before == "S/ RES/2164");
    }
    SUBCASE("a symbol printed whole has no repair") {
      const auto hits = scan_symbols("S/2014/692.");
      REQUIRE(hits.size() == 1);
      CHECK(hits[0].repairs.empty());
      CHECK(hits[0].begin == 0);
      CHECK(hits[0].end == 10);
    }
    SUBCASE("a real dotted component is not glue") {
      const auto hits = scan_symbols("S/PV.7274.");
      REQUIRE(hits.size() == 1);
      CHECK(hits[0].repairs.empty());
    }
  }

  TEST_CASE("scanner: bad input neither crashes nor hangs") {
    std::string long_text(200000, '/');
    CHECK(symbols_in(long_text).empty());
    std::string slashes;
    for (int i = 0; i < 20000; ++i)
      slashes += "S/RES/";
    CHECK(symbols_in(slashes).empty());
    std::string parens = "S/RES/2100 (" + std::string(100000, '(');
    CHECK(symbols_in(parens) == std::vector<std::string>{"S/RES/2100 (2013)"});
    CHECK(symbols_in(std::string("\xff\xfe S/2014/692 \x80", 17)) ==
          std::vector<std::string>{"S/2014/692"});
  }
}

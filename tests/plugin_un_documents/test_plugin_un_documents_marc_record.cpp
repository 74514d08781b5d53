#include <doctest/doctest.h>

#include "marc_record.hpp"

using citecheck::plugins::un_documents::language_code;
using citecheck::plugins::un_documents::read_marc_collection;

namespace {

// The reference's skeleton (section 2.3), with a second language and an older-style 856.
constexpr const char* k_answer = R"(<?xml version="1.0" encoding="UTF-8"?>
<!-- Search-Engine-Total-Number-Of-Results: 1 -->
<collection xmlns="http://www.loc.gov/MARC21/slim">
<record>
  <controlfield tag="001">749897</controlfield>
  <controlfield tag="005">20231024120000.0</controlfield>
  <datafield tag="191" ind1=" " ind2=" ">
    <subfield code="a">S/RES/2100(2013)</subfield>
    <subfield code="b">S/</subfield>
    <subfield code="c">2013</subfield>
    <subfield code="z">S/RES/2100 (2013)</subfield>
  </datafield>
  <datafield tag="245" ind1=" " ind2=" ">
    <subfield code="a">Resolution 2100 (2013) /</subfield>
    <subfield code="c">adopted by the Security Council at its 6952nd meeting, on 25 April 2013</subfield>
  </datafield>
  <datafield tag="269" ind1=" " ind2=" "><subfield code="a">2013-04-25</subfield></datafield>
  <datafield tag="992" ind1=" " ind2=" "><subfield code="a">2013-04-26</subfield></datafield>
  <datafield tag="856" ind1="4" ind2="0">
    <subfield code="u">https://digitallibrary.un.org/record/749897/files/S_RES_2100%282013%29-EN.pdf</subfield>
    <subfield code="y">English</subfield>
  </datafield>
  <datafield tag="856" ind1="4" ind2="0">
    <subfield code="u">https://digitallibrary.un.org/record/749897/files/S_RES_2100%282013%29-ZH.pdf</subfield>
  </datafield>
  <datafield tag="856" ind1="4" ind2="0">
    <subfield code="3">Russian</subfield>
    <subfield code="q">PDF</subfield>
    <subfield code="u">http://daccess-ods.un.org/access.nsf/Get?Open&amp;DS=S/RES/2100(2013)&amp;Lang=R</subfield>
  </datafield>
</record>
</collection>
)";

}  // namespace

TEST_SUITE("plugin_un_documents") {
  TEST_CASE("read_marc_collection reads the fields a citation check needs") {
    const auto collection = read_marc_collection(k_answer);
    REQUIRE_FALSE(collection.error);
    REQUIRE(collection.total == 1);
    REQUIRE(collection.records.size() == 1);
    const auto& record = collection.records.front();
    CHECK(record.recid == "749897");
    CHECK(record.symbols == std::vector<std::string>{"S/RES/2100(2013)"});
    CHECK(record.former == std::vector<std::string>{"S/RES/2100 (2013)"});
    CHECK(record.title == "Resolution 2100 (2013)");
    CHECK(record.responsibility ==
          "adopted by the Security Council at its 6952nd meeting, on 25 April 2013");
    CHECK(record.date == "2013-04-25");  // 269 before 992
    REQUIRE(record.files.size() == 3);
    CHECK(record.files[0].language == "EN");
    CHECK(record.files[1].language == "ZH");  // from the file name
    CHECK(record.files[2].language == "RU");  // from $3
    CHECK(record.files[2].url.find("&DS=S/RES/2100(2013)&") != std::string::npos);
  }

  TEST_CASE("read_marc_collection: prefixes, lone records, 992 dates, deleted records") {
    const auto prefixed = read_marc_collection(
        R"(<marc:collection xmlns:marc="http://www.loc.gov/MARC21/slim"><marc:record>)"
        R"(<marc:controlfield tag="001">5</marc:controlfield>)"
        R"(<marc:datafield tag="191"><marc:subfield code="a">S/PV.7274</marc:subfield></marc:datafield>)"
        R"(<marc:datafield tag="245"><marc:subfield code="a">The situation in Mali :</marc:subfield>)"
        R"(<marc:subfield code="b">7274th meeting</marc:subfield></marc:datafield>)"
        R"(<marc:datafield tag="992"><marc:subfield code="a">2014-10-08</marc:subfield></marc:datafield>)"
        R"(</marc:record></marc:collection>)");
    REQUIRE_FALSE(prefixed.error);
    CHECK_FALSE(prefixed.total);
    REQUIRE(prefixed.records.size() == 1);
    CHECK(prefixed.records[0].title == "The situation in Mali : 7274th meeting");
    CHECK(prefixed.records[0].date == "2014-10-08");

    const auto lone = read_marc_collection(
        R"(<record xmlns="http://www.loc.gov/MARC21/slim"><controlfield tag="001">9</controlfield></record>)");
    REQUIRE(lone.records.size() == 1);
    CHECK(lone.records[0].recid == "9");

    const auto deleted = read_marc_collection(
        R"(<collection><record><controlfield tag="001">1</controlfield>)"
        R"(<datafield tag="980"><subfield code="a">DELETED</subfield></datafield></record></collection>)");
    REQUIRE_FALSE(deleted.error);
    CHECK(deleted.records.empty());

    const auto empty = read_marc_collection(
        "<!-- Search-Engine-Total-Number-Of-Results: 0 -->\n<collection></collection>");
    REQUIRE_FALSE(empty.error);
    CHECK(empty.total == 0);
    CHECK(empty.records.empty());
  }

  TEST_CASE("read_marc_collection refuses what is not a whole MARCXML answer") {
    const std::string whole = k_answer;
    const char* cases[] = {
        "",
        "<collection><record>",                        // cut
        "<!DOCTYPE html><html><body>x</body></html>",  // a web page
        "{\"status\":\"ok\"}",                         // JSON
        "<results><item/></results>",                  // other XML
    };
    for (const char* body : cases) {
      CAPTURE(body);
      CHECK(read_marc_collection(body).error);
    }
    for (std::size_t cut = 1; cut < whole.size(); cut += 97) {
      CAPTURE(cut);
      const auto partial = read_marc_collection(whole.substr(0, cut));
      CHECK((partial.error || partial.records.empty()));
    }
  }

  TEST_CASE("language_code reads labels and file names") {
    struct Case {
      const char* label;
      const char* url;
      const char* expected;
    };
    const Case cases[] = {
        {"English", "", "EN"},
        {"Français", "", "FR"},
        {"español", "", "ES"},
        {"ar", "", "AR"},
        {"", "https://x/files/S_RES_2100%282013%29-ZH.pdf", "ZH"},
        {"", "https://x/files/A_78_1-fr.doc?x=1", "FR"},
        {"", "https://x/files/report.pdf", ""},
        {"Other", "https://x/files/S_2014_692-XX.pdf", ""},
    };
    for (const Case& c : cases) {
      CAPTURE(c.label);
      CAPTURE(c.url);
      CHECK(language_code(c.label, c.url) == c.expected);
    }
  }
}

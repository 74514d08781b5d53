#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "doi.hpp"

using citecheck::plugins::journals::find_dois;
using citecheck::plugins::journals::is_valid_doi;

namespace {

std::vector<std::string> dois_in(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& hit : find_dois(text))
    out.push_back(hit.doi);
  return out;
}

struct Case {
  std::string text;
  std::vector<std::string> expected;
};

}  // namespace

TEST_SUITE("plugin_journals") {
  TEST_CASE("doi: every printed form gives the bare DOI") {
    const Case cases[] = {
        {"10.1080/00396338.2019.1569895", {"10.1080/00396338.2019.1569895"}},
        {"85-90, https://doi.org/10.1080/00396338.2019.1569895.",
         {"10.1080/00396338.2019.1569895"}},
        {"http://dx.doi.org/10.1093/ia/iiy067", {"10.1093/ia/iiy067"}},
        {"http://doi.org/10.4018/ijcwt.2011010103.", {"10.4018/ijcwt.2011010103"}},
        {"doi:10.1126/science.169.3946.635", {"10.1126/science.169.3946.635"}},
        {"DOI: 10.1080/19361610.2021.1872359; Joe Devanny", {"10.1080/19361610.2021.1872359"}},
        {"(doi: 10.1371/journal.pone.0033693)", {"10.1371/journal.pone.0033693"}},
        {"https://doi.org/10.1007%2Fs12290-016-0395-5", {"10.1007/s12290-016-0395-5"}},
        {"https://doi.org/10.1007%2Fs12290- 016-0395-5.", {"10.1007/s12290-016-0395-5"}},
        {"https://doi.org/10.1590/s0102-8529.2019420100002.", {"10.1590/s0102-8529.2019420100002"}},
        {"10.1016/S0140-6736(20)30183-5.", {"10.1016/S0140-6736(20)30183-5"}},
        {"(see 10.1000/xyz123)", {"10.1000/xyz123"}},
        {"[https://doi.org/10.1000/abc](https://doi.org/10.1000/abc)", {"10.1000/abc"}},
        {"{{doi|10.1000/abc.def}}", {"10.1000/abc.def"}},
        {"|doi=10.1000/ABC|", {"10.1000/ABC"}},
        {"https://www.tandfonline.com/doi/full/10.1080/01402390.2021.1895117",
         {"10.1080/01402390.2021.1895117"}},
        {"*10.1000/abc*", {"10.1000/abc"}},
        {"“10.1000/abc”", {"10.1000/abc"}},
        {"doi:10.1000/a and doi:10.1000/b and DOI 10.1000/A", {"10.1000/a", "10.1000/b"}},
    };
    for (const Case& c : cases) {
      CAPTURE(c.text);
      CHECK(dois_in(c.text) == c.expected);
    }
  }

  TEST_CASE("doi: what is not a DOI") {
    const std::string texts[] = {
        "",
        "pages 10.5/6",
        "version 10.12/x",
        "210.1080/00396338",
        "10.1080",
        "10.1080/",
        "10.1080/.",
        "1.10.1080/abc",
        "doi:10.1234567890/abc",
        "https://example.org/path/10.12/3",
        "the 2014-10.2015/6 season",
    };
    for (const std::string& text : texts) {
      CAPTURE(text);
      CHECK(dois_in(text).empty());
    }
  }

  TEST_CASE("doi: validity per Crossref's pattern") {
    CHECK(is_valid_doi("10.1080/00396338.2019.1569895"));
    CHECK(is_valid_doi("10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0"));
    CHECK_FALSE(is_valid_doi("10.123/abc"));
    CHECK_FALSE(is_valid_doi("11.1234/abc"));
    CHECK_FALSE(is_valid_doi("10.1234/a b"));
    CHECK_FALSE(is_valid_doi("10.1234/"));
  }

  TEST_CASE("doi: a DOI joined across a line records the repair") {
    const auto hits = find_dois("https://doi.org/10.1007%2Fs12290- 016-0395-5.");
    REQUIRE(hits.size() == 1);
    REQUIRE(hits[0].repairs.size() == 1);
    CHECK(hits[0].repairs[0].step == "join_doi_across_lines");
    CHECK(find_dois("doi:10.1000/abc- see below")[0].repairs.empty());
    CHECK(find_dois("doi:10.1000/abc- see below")[0].doi == "10.1000/abc");
  }

  TEST_CASE("doi: bad input neither crashes nor hangs") {
    std::string many;
    for (int i = 0; i < 20000; ++i)
      many += "10.";
    CHECK(dois_in(many).empty());
    CHECK(dois_in("10.1234/" + std::string(100000, 'a')).size() == 1);
  }
}

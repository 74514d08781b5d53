#include <doctest/doctest.h>

#include "crossref_requests.hpp"

using namespace citecheck::plugins::journals;

TEST_SUITE("plugin_journals") {
  TEST_CASE("Crossref and doi.org request URLs") {
    CrossrefSettings settings;
    CHECK(works_search_url(settings, "Guns, money & prayers Bøås 2014") ==
          "https://api.crossref.org/works?query.bibliographic=Guns%2C%20money%20%26%20prayers%20"
          "B%C3%B8%C3%A5s%202014&rows=5&select=" +
              std::string(k_select));
    CHECK(work_url(settings, "10.1126/science.169.3946.635") ==
          "https://api.crossref.org/works/10.1126/science.169.3946.635");
    // SICI DOIs carry characters that must not reach a path raw.
    CHECK(work_url(settings, "10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0") ==
          "https://api.crossref.org/works/10.1002/%28SICI%291097-4571%28199806%2949%3A8%3C693%3A%3A"
          "AID-ASI4%3E3.0.CO%3B2-0");
    CHECK(resolver_url(settings, "10.5061/dryad.8515") == "https://doi.org/10.5061/dryad.8515");
    settings.mailto = "desk+cite@example.org";
    CHECK(work_url(settings, "10.1/x") ==
          "https://api.crossref.org/works/10.1/x?mailto=desk%2Bcite%40example.org");
    CHECK(works_search_url(settings, "x").ends_with("&mailto=desk%2Bcite%40example.org"));
  }

  TEST_CASE("bibliographic_query: title, family names, journal, year") {
    citecheck::Citation citation;
    citation.title = "Guns, money and prayers";
    citation.authors = {"Morten Bpas", "Smith, John"};
    citation.container_title = "CTC Sentinel";
    citation.issued = "2014-04";
    CHECK(bibliographic_query(citation) == "Guns, money and prayers Bpas Smith CTC Sentinel 2014");
    citation.authors.clear();
    citation.container_title.clear();
    citation.issued.clear();
    CHECK(bibliographic_query(citation) == "Guns, money and prayers");
  }
}

#include <doctest/doctest.h>

#include "crossref_work.hpp"

using namespace citecheck::plugins::journals;

namespace {

// Reference 1.5's recorded list answer, with Crossref's "\/" escaping, and a retracted item.
constexpr const char* k_list =
    R"({"status":"ok","message-type":"work-list","message-version":"1.0.0",
 "message":{"facets":{},"total-results":1214842,
  "items":[{"DOI":"10.1126\/science.169.3946.635",
            "title":["The Structure of Ordinary Water"],
            "author":[{"given":"Henry S.","family":"Frank","sequence":"first","affiliation":[]}],
            "container-title":["Science"],
            "issued":{"date-parts":[[1970,8,14]]},
            "volume":"169","issue":"3946","page":"635-641",
            "type":"journal-article","score":57.95,
            "URL":"https:\/\/doi.org\/10.1126\/science.169.3946.635"},
           {"DOI":"10.5555\/x","title":[],"author":[{"name":"WHO Study Group","sequence":"first"}],
            "issued":{"date-parts":[[null]]},"published-online":{"date-parts":[[2020,2]]},
            "relation":{"is-retracted-by":[{"id-type":"doi","id":"10.5555\/y","asserted-by":"object"}],
                        "is-correction-of":[{"id-type":"doi","id":"10.5555\/z","asserted-by":"subject"}]},
            "updated-by":[{"DOI":"10.1021\/acsami.9b11759","type":"retraction","label":"Retraction",
              "source":"retraction-watch","updated":{"date-parts":[[2019,7,26]],
              "date-time":"2019-07-26T00:00:00Z","timestamp":1564099200000},"record-id":"20946"}]}],
  "items-per-page":5,
  "query":{"start-index":0,"search-terms":"The Structure of Ordinary Water Frank 1970"}}})";

}  // namespace

TEST_SUITE("plugin_journals") {
  TEST_CASE("read_work_list reads Crossref's work-list envelope") {
    const WorksAnswer answer = read_work_list(k_list);
    REQUIRE_FALSE(answer.error);
    REQUIRE(answer.works.size() == 2);
    const CrossrefWork& frank = answer.works[0];
    CHECK(frank.doi == "10.1126/science.169.3946.635");
    CHECK(frank.title == "The Structure of Ordinary Water");
    CHECK(frank.families == std::vector<std::string>{"Frank"});
    CHECK(frank.container == "Science");
    CHECK(frank.year == 1970);
    CHECK(frank.volume == "169");
    CHECK(frank.page == "635-641");
    CHECK(frank.score == doctest::Approx(57.95));
    CHECK(frank.updated_by.empty());

    const CrossrefWork& other = answer.works[1];
    CHECK(other.title.empty());
    CHECK(other.families == std::vector<std::string>{"WHO Study Group"});
    CHECK(other.year == 2020);  // issued [[null]]: published-online
    REQUIRE(other.updated_by.size() == 1);
    CHECK(other.updated_by[0].doi == "10.1021/acsami.9b11759");
    CHECK(other.updated_by[0].type == "retraction");
    CHECK(other.updated_by[0].source == "retraction-watch");
    CHECK(other.updated_by[0].date == "2019-07-26");
    REQUIRE(other.relation_updates.size() == 1);  // "is-correction-of" sits on notices
    CHECK(other.relation_updates[0].type == "retraction");
    CHECK(other.relation_updates[0].doi == "10.5555/y");
  }

  TEST_CASE("read_single_work and the cache form round-trip") {
    const WorksAnswer answer = read_single_work(
        R"({"status":"ok","message-type":"work","message-version":"1.0.0","message":)"
        R"({"DOI":"10.5555\/n","title":["Retraction notice"],"type":"journal-article",)"
        R"("update-to":[{"DOI":"10.5555\/o","type":"retraction","label":"Retraction",)"
        R"("updated":{"date-parts":[[2017,1]]}}],"volume":12}})");
    REQUIRE_FALSE(answer.error);
    REQUIRE(answer.works.size() == 1);
    const CrossrefWork& notice = answer.works[0];
    REQUIRE(notice.update_to.size() == 1);
    CHECK(notice.update_to[0].doi == "10.5555/o");
    CHECK(notice.update_to[0].date == "2017-01");
    CHECK(notice.volume == "12");  // a number where a string was expected
    const auto back = work_from_cache(work_to_cache(notice));
    REQUIRE(back);
    CHECK(back->doi == notice.doi);
    CHECK(back->update_to.size() == 1);
    CHECK(back->update_to[0].type == "retraction");
    CHECK_FALSE(work_from_cache("{\"doi\":1}"));
    CHECK_FALSE(work_from_cache("not json"));
  }

  TEST_CASE("answers that are not a usable envelope are refused with a reason") {
    const std::string whole = k_list;
    struct Case {
      std::string body;
      const char* error;
    };
    const Case cases[] = {
        {"", "malformed JSON"},
        {"Resource not found.", "malformed JSON"},
        {whole.substr(0, whole.size() / 2), "malformed JSON"},
        {"[1,2]", "without a Crossref envelope"},
        {R"({"status":"failed","message-type":"validation-failure","message":[]})",
         "status 'failed'"},
        {R"({"status":"ok","message-type":"work","message":{}})", "message-type 'work'"},
        {R"({"status":"ok","message-type":"work-list","message":{}})", "without items"},
        {R"({"status":"ok","message-type":"work-list","message":{"items":[1]}})", "not an object"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.body);
      const WorksAnswer answer = read_work_list(c.body);
      REQUIRE(answer.error);
      CHECK(answer.error->find(c.error) != std::string::npos);
      CHECK(answer.works.empty());
    }
    CHECK(read_single_work(k_list).error);  // a list where a work was expected
  }
}

#include <doctest/doctest.h>

#include <thread>

#include "fake_crossref.hpp"
#include "journals_plugin.hpp"
#include "plugin_un_documents/memory_store.hpp"

using namespace std::chrono_literals;
using citecheck::Citation;
using citecheck::Kind;
using citecheck::Resolution;
using citecheck::ResolveContext;
using citecheck::plugins::JournalsPlugin;
using citecheck::test::CrossrefMode;
using citecheck::test::FakeCrossref;
using citecheck::test::MemoryStore;
using json = nlohmann::json;

namespace {

// minusma-brief footnote 16 as printed: Bøås OCR'd as 'Bpas', no DOI.
constexpr const char* k_ctc_sentinel =
    "For further information, see Morten Bpas (2014), 'Guns, money and prayers: AQIM's "
    "blueprint for securing control of Northern Mali', CTC Sentinel, 7(4): 1-7.";

/// The citation as recognition leaves it.
Citation recognized(const std::string& raw) {
  Citation citation;
  citation.id = "16.1";
  citation.raw = raw;
  JournalsPlugin plugin;
  REQUIRE(plugin.recognize(citation) == citecheck::Recognition::recognized);
  return citation;
}

Citation article(const std::string& title, std::vector<std::string> authors,
                 const std::string& journal, const std::string& year,
                 std::vector<std::string> dois = {}) {
  Citation citation;
  citation.id = "1.1";
  citation.kind = Kind::journal_article;
  citation.plugin = "journals";
  citation.title = title;
  citation.authors = std::move(authors);
  citation.container_title = journal;
  citation.issued = year;
  citation.dois = std::move(dois);
  return citation;
}

struct Harness {
  explicit Harness(const FakeCrossref& crossref,
                   citecheck::EngineOptions options = citecheck::test::fast_options())
      : engine(citecheck::make_curl_engine(options)) {
    settings["crossref.endpoint"] = crossref.api();
    settings["doi.endpoint"] = crossref.resolver() + "/";
    settings["crossref.mailto"] = "ops@example.org";
  }
  std::optional<Resolution> resolve(const Citation& citation) {
    ResolveContext context{*engine, store, settings, "", {}};
    return plugin.resolve(citation, context);
  }

  std::unique_ptr<citecheck::Engine> engine;
  MemoryStore store;
  std::map<std::string, std::string> settings;
  JournalsPlugin plugin;
};

}  // namespace

TEST_SUITE("plugin_journals") {
  TEST_CASE("resolve: the CTC Sentinel article has no DOI and never gets a wrong one") {
    FakeCrossref crossref;
    REQUIRE(crossref.ok());
    Harness harness(crossref);
    const Citation citation = recognized(k_ctc_sentinel);
    CHECK(citation.kind == Kind::journal_article);
    CHECK(citation.dois.empty());

    const auto resolution = harness.resolve(citation);
    REQUIRE(resolution);
    CHECK(resolution->plugin == "journals");
    CHECK(resolution->status == "no_confident_match");
    CHECK(resolution->identity.empty());
    CHECK(resolution->url.empty());
    CHECK(resolution->reason.find("no Crossref work matches closely enough") == 0);
    CHECK(resolution->confidence < 0.85);
    const json details = json::parse(resolution->details_json);
    CHECK(details.at("threshold") == doctest::Approx(0.85));
    REQUIRE(details.at("candidates").size() == 3);
    for (const json& candidate : details.at("candidates")) {
      CAPTURE(candidate.dump());
      CHECK(candidate.at("score").get<double>() < 0.85);
      CHECK(candidate.at("title_score").get<double>() < 0.8);
    }
    // Candidates come best first.
    CHECK(details.at("candidates").at(0).at("score").get<double>() >=
          details.at("candidates").at(1).at("score").get<double>());

    // The request is the documented one: a bibliographic query, 5 rows, the fields scored,
    // the polite pool's mailto.
    REQUIRE(crossref.requests() == 1);
    const auto params = crossref.params().at(0);
    const auto param = [&](const char* name) {
      const auto found = params.find(name);
      return found == params.end() ? std::string("<none>") : found->second;
    };
    CHECK(param("query.bibliographic").find("Guns, money and prayers") == 0);
    CHECK(param("query.bibliographic").find("Bpas") != std::string::npos);
    CHECK(param("query.bibliographic").find("CTC Sentinel 2014") != std::string::npos);
    CHECK(param("rows") == "5");
    CHECK(param("select").find("DOI,title,subtitle,author,container-title,issued") == 0);
    CHECK(param("select").find("updated-by") != std::string::npos);
    CHECK(param("mailto") == "ops@example.org");

    // Cached for a day: a second run asks nothing.
    CHECK(harness.store.age_of("journals", "search:" + details.at("query").get<std::string>()) ==
          24h);
    const auto again = harness.resolve(citation);
    REQUIRE(again);
    CHECK(again->status == "no_confident_match");
    CHECK(again->details_json == resolution->details_json);
    CHECK(crossref.requests() == 1);
  }

  TEST_CASE("resolve: a search that matches gives the DOI, robust to OCR") {
    FakeCrossref crossref;
    Harness harness(crossref);
    const auto resolution = harness.resolve(
        article("The Structure of 0rdinary Watcr", {"Frank, H. S."}, "Science", "1970"));
    REQUIRE(resolution);
    CHECK(resolution->status == "resolved");
    CHECK(resolution->identity == "10.1126/science.169.3946.635");
    CHECK(resolution->url == "https://doi.org/10.1126/science.169.3946.635");
    CHECK(resolution->title == "The Structure of Ordinary Water");
    CHECK(resolution->date == "1970");
    CHECK(resolution->confidence >= 0.85);
    CHECK(resolution->reason.empty());
    const json details = json::parse(resolution->details_json);
    CHECK(details.at("retracted") == false);
    CHECK(details.at("notices").empty());
    CHECK(harness.store.age_of("journals", "search:" + details.at("query").get<std::string>()) ==
          168h);

    SUBCASE("a peer review or a preprint with the same title is not the article") {
      const auto exact = harness.resolve(
          article("The Structure of Ordinary Water", {"Henry S. Frank"}, "Science", "1970"));
      REQUIRE(exact);
      CHECK(exact->identity == "10.1126/science.169.3946.635");
      CHECK(exact->reason.empty());
    }
    SUBCASE("a stricter threshold turns the same answer into no confident match") {
      Harness strict(crossref);
      strict.settings["journals.threshold"] = "0.99";
      const auto refused = strict.resolve(
          article("The Structure of 0rdinary Watcr", {"Frank, H. S."}, "Science", "1970"));
      REQUIRE(refused);
      CHECK(refused->status == "no_confident_match");
      CHECK(refused->reason.find("threshold 0.99") != std::string::npos);
    }
    SUBCASE("no mailto setting: none sent") {
      Harness anonymous(crossref);
      anonymous.settings.erase("crossref.mailto");
      anonymous.resolve(article("The Structure of Ordinary Water", {}, "", ""));
      CHECK(crossref.params().back().count("mailto") == 0);
    }
  }

  TEST_CASE("resolve: retractions and corrections are reported first") {
    FakeCrossref crossref;
    Harness harness(crossref);

    SUBCASE("found by search, retracted per updated-by; the notice is never the match") {
      const auto resolution =
          harness.resolve(article("Self-healing polymer coatings for marine steel", {"Jane Okafor"},
                                  "Materials Letters", "2019"));
      REQUIRE(resolution);
      CHECK(resolution->status == "resolved");
      CHECK(resolution->identity == "10.5555/matlett.2019.0142");
      CHECK(resolution->reason.find("RETRACTED: 10.5555/matlett.2019.0142") == 0);
      CHECK(resolution->reason.find("10.5555/matlett.2019.0999") != std::string::npos);
      const json details = json::parse(resolution->details_json);
      CHECK(details.at("retracted") == true);
      REQUIRE(details.at("notices").size() == 1);  // updated-by and update-to: one notice
      CHECK(details.at("notices").at(0).at("type") == "retraction");
      CHECK(details.at("notices").at(0).at("date") == "2019-07-26");
    }

    SUBCASE("retracted per the notice's update-to only") {
      const auto resolution =
          harness.resolve(article("Coral bleaching thresholds in the Red Sea", {"Omar Haddad"},
                                  "Journal of Experimental Biology", "2016"));
      REQUIRE(resolution);
      CHECK(resolution->identity == "10.5555/jeb.2016.0007");
      CHECK(resolution->reason.find("RETRACTED: 10.5555/jeb.2016.0007") == 0);
      CHECK(json::parse(resolution->details_json).at("retracted") == true);
    }

    SUBCASE("a notice with the same title as its work is never the match") {
      const auto resolution =
          harness.resolve(article("Coral bleaching thresholds in the Red Sea", {}, "", ""));
      REQUIRE(resolution);
      CHECK(resolution->status == "resolved");
      CHECK(resolution->identity == "10.5555/jeb.2016.0007");
      CHECK(resolution->reason.find("RETRACTED: 10.5555/jeb.2016.0007") == 0);
    }

    SUBCASE("a printed DOI of a retracted work") {
      const auto resolution =
          harness.resolve(article("Self-healing polymer coatings for marine steel", {}, "", "",
                                  {"10.5555/matlett.2019.0142"}));
      REQUIRE(resolution);
      CHECK(resolution->status == "resolved");
      CHECK(resolution->reason.find("RETRACTED:") == 0);
    }

    SUBCASE("a correction is news, not a retraction") {
      const auto resolution =
          harness.resolve(article("Sunlight exposure and vitamin D in coastal fishing communities",
                                  {"Santos, M."}, "PLoS ONE", "2012"));
      REQUIRE(resolution);
      CHECK(resolution->status == "resolved");
      CHECK(resolution->reason.find("UPDATED: 10.1371/journal.pone.0033693 - Correction") == 0);
      const json details = json::parse(resolution->details_json);
      CHECK(details.at("retracted") == false);
      CHECK(details.at("notices").at(0).at("type") == "correction");
    }
  }

  TEST_CASE("resolve: printed DOIs are checked to exist and to name the cited work") {
    FakeCrossref crossref;
    Harness harness(crossref);

    SUBCASE("a DOI that matches") {
      const auto resolution =
          harness.resolve(recognized("Frank, H. S. (1970). The Structure of Ordinary Water. "
                                     "Science, 169(3946), 635-641. "
                                     "https://doi.org/10.1126/science.169.3946.635"));
      REQUIRE(resolution);
      CHECK(resolution->status == "resolved");
      CHECK(resolution->identity == "10.1126/science.169.3946.635");
      CHECK(resolution->confidence >= 0.9);
      CHECK(crossref.targets().at(0) ==
            "/works/10.1126/science.169.3946.635?mailto=ops%40example.org");
      CHECK(crossref.resolver_requests() == 0);
      CHECK(harness.store.age_of("journals", "doi:10.1126/science.169.3946.635") == 168h);
      harness.resolve(
          article("The Structure of Ordinary Water", {}, "", "", {"10.1126/SCIENCE.169.3946.635"}));
      CHECK(crossref.requests() == 1);  // cached, DOIs compare without case
    }

    SUBCASE("a DOI that names another work") {
      const auto resolution = harness.resolve(
          article("Guns, money and prayers: AQIM's blueprint for securing control of Northern Mali",
                  {"Morten Bpas"}, "CTC Sentinel", "2014", {"10.1126/science.169.3946.635"}));
      REQUIRE(resolution);
      CHECK(resolution->status == "mismatch");
      CHECK(resolution->reason.find("'The Structure of Ordinary Water', not the cited 'Guns, "
                                    "money and prayers") != std::string::npos);
      const json details = json::parse(resolution->details_json);
      CHECK(details.at("crossref_title") == "The Structure of Ordinary Water");
      CHECK(details.at("cited_title").get<std::string>().find("Guns") == 0);
      CHECK(details.at("title_similarity").get<double>() < 0.5);
    }

    SUBCASE("a DOI that does not exist") {
      const auto resolution =
          harness.resolve(article("Anything", {}, "", "", {"10.9999/does-not-exist"}));
      REQUIRE(resolution);
      CHECK(resolution->status == "not_found");
      CHECK(resolution->reason ==
            "DOI 10.9999/does-not-exist does not exist: Crossref and doi.org both answer 404");
      CHECK(crossref.requests() == 1);
      CHECK(crossref.resolver_requests() == 1);
      CHECK(harness.store.age_of("journals", "doi:10.9999/does-not-exist") == 24h);
      harness.resolve(article("Anything", {}, "", "", {"10.9999/does-not-exist"}));
      CHECK(crossref.requests() == 1);
      CHECK(crossref.resolver_requests() == 1);
    }

    SUBCASE("further DOIs of a citation are checked to exist") {
      const auto resolution = harness.resolve(
          article("The Structure of Ordinary Water", {}, "", "",
                  {"10.1126/science.169.3946.635", "10.5061/dryad.8515", "10.9999/gone"}));
      REQUIRE(resolution);
      CHECK(resolution->status == "resolved");
      CHECK(resolution->identity == "10.1126/science.169.3946.635");
      CHECK(resolution->reason == "the citation's DOI 10.9999/gone does not exist");
      const json others = json::parse(resolution->details_json).at("other_dois");
      REQUIRE(others.size() == 2);
      CHECK(others.at(0).at("status") == "exists");
      CHECK(others.at(1).at("status") == "not_found");
    }

    SUBCASE("a DOI of another agency") {
      const auto resolution =
          harness.resolve(article("Data from: a study", {}, "", "", {"10.5061/dryad.8515"}));
      REQUIRE(resolution);
      CHECK(resolution->status == "resolved");
      CHECK(resolution->url == "https://datadryad.org/stash/dataset/doi:10.5061/dryad.8515");
      CHECK(resolution->reason.find("another agency") != std::string::npos);
      CHECK(json::parse(resolution->details_json).at("registered_elsewhere") == true);
    }
  }

  TEST_CASE("resolve: a failing Crossref degrades to unresolved, never cached") {
    FakeCrossref crossref;
    Harness harness(crossref);
    struct Case {
      CrossrefMode mode;
      const char* reason;
    };
    const Case cases[] = {
        {CrossrefMode::malformed, "Crossref answered malformed JSON"},
        {CrossrefMode::truncated, "Crossref answered malformed JSON"},
        {CrossrefMode::wrong_envelope, "message-type 'member'"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.reason);
      crossref.set_mode(c.mode);
      const auto search = harness.resolve(recognized(k_ctc_sentinel));
      REQUIRE(search);
      CHECK(search->status == "unresolved");
      CHECK(search->reason.find(c.reason) != std::string::npos);
      const auto doi = harness.resolve(
          article("The Structure of Ordinary Water", {}, "", "", {"10.1126/science.169.3946.635"}));
      REQUIRE(doi);
      CHECK(doi->status == "unresolved");
      CHECK(doi->identity == "10.1126/science.169.3946.635");
    }
    CHECK(harness.store.size() == 0);
  }

  TEST_CASE("resolve: 429 with Retry-After is waited out; a persistent one is reported") {
    FakeCrossref crossref;
    Harness harness(crossref);
    crossref.set_mode(CrossrefMode::rate_limited_once);
    const auto start = std::chrono::steady_clock::now();
    const auto resolution = harness.resolve(recognized(k_ctc_sentinel));
    REQUIRE(resolution);
    CHECK(resolution->status == "no_confident_match");
    CHECK(crossref.requests() == 2);
    CHECK(citecheck::test::seconds_since(start) >= 0.9);

    crossref.set_mode(CrossrefMode::rate_limited);
    auto options = citecheck::test::fast_options();
    options.max_retries = 1;
    Harness limited(crossref, options);
    const auto refused = limited.resolve(
        article("The Structure of Ordinary Water", {}, "", "", {"10.1126/science.169.3946.635"}));
    REQUIRE(refused);
    CHECK(refused->status == "unresolved");
    CHECK(refused->reason ==
          "Crossref is rate-limiting (429, Retry-After 1) after 2 attempts; its published limit "
          "is 3 requests per 1s");
  }

  TEST_CASE("resolve: a Crossref that never answers is unresolved, fast") {
    citecheck::test::SilentServer silent;
    auto options = citecheck::test::fast_options();
    options.connect_timeout = 300ms;
    options.timeout = 300ms;
    options.max_retries = 0;
    auto engine = citecheck::make_curl_engine(options);
    MemoryStore store;
    const std::map<std::string, std::string> settings{{"crossref.endpoint", silent.url("")},
                                                      {"doi.endpoint", silent.url("")}};
    ResolveContext context{*engine, store, settings, "", {}};
    JournalsPlugin plugin;
    const auto start = std::chrono::steady_clock::now();
    const auto resolution = plugin.resolve(recognized(k_ctc_sentinel), context);
    REQUIRE(resolution);
    CHECK(resolution->status == "unresolved");
    CHECK(resolution->reason == "Crossref timed out");
    CHECK(citecheck::test::seconds_since(start) < 3.0);
    CHECK(store.size() == 0);
  }

  TEST_CASE("resolve: what is not this plugin's is left alone") {
    FakeCrossref crossref;
    Harness harness(crossref);
    Citation web;
    web.kind = Kind::web;
    web.urls = {"https://example.org/"};
    CHECK_FALSE(harness.resolve(web));
    Citation untitled = article("", {"Someone"}, "Survival", "2019");
    const auto resolution = harness.resolve(untitled);
    REQUIRE(resolution);
    CHECK(resolution->status == "unresolved");
    CHECK(resolution->reason == "no title to search Crossref with");
    CHECK(crossref.requests() == 0);
  }

  TEST_CASE("resolve: several threads at once share one plugin object") {
    FakeCrossref crossref;
    Harness harness(crossref);
    std::vector<Citation> citations{
        recognized(k_ctc_sentinel),
        article("The Structure of Ordinary Water", {"Frank"}, "Science", "1970"),
        article("x", {}, "", "", {"10.1126/science.169.3946.635"}),
        article("Sunlight exposure and vitamin D in coastal fishing communities", {}, "", "2012")};
    const char* expected[] = {"no_confident_match", "resolved", "mismatch", "resolved"};
    std::vector<std::optional<Resolution>> out(12);
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < out.size(); ++i)
      threads.emplace_back([&, i] { out[i] = harness.resolve(citations[i % 4]); });
    for (auto& thread : threads)
      thread.join();
    for (std::size_t i = 0; i < out.size(); ++i) {
      REQUIRE(out[i]);
      CHECK(out[i]->status == expected[i % 4]);
    }
  }
}

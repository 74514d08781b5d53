#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "fake_undl.hpp"
#include "memory_store.hpp"
#include "un_documents_plugin.hpp"

using namespace std::chrono_literals;
using citecheck::Citation;
using citecheck::Kind;
using citecheck::Resolution;
using citecheck::ResolveContext;
using citecheck::plugins::UnDocumentsPlugin;
using citecheck::test::FakeUndl;
using citecheck::test::MemoryStore;
using citecheck::test::UndlMode;
using json = nlohmann::json;

namespace {

Citation un_citation(std::vector<std::string> symbols) {
  Citation citation;
  citation.id = "1.1";
  citation.kind = Kind::un_document;
  citation.plugin = "un-documents";
  citation.un_symbols = std::move(symbols);
  return citation;
}

/// An engine, a store and settings pointing every UN service at the fake.
struct Harness {
  explicit Harness(const std::string& undl,
                   citecheck::EngineOptions options = citecheck::test::fast_options())
      : engine(citecheck::make_curl_engine(options)) {
    settings["undl.endpoint"] = undl;
    settings["undocs.endpoint"] = "https://undocs.test";
    settings["documents.endpoint"] = "https://documents.test/";
  }
  std::optional<Resolution> resolve(const Citation& citation) {
    ResolveContext context{*engine, store, settings, "2015-06-01", {}};
    return plugin.resolve(citation, context);
  }

  std::unique_ptr<citecheck::Engine> engine;
  MemoryStore store;
  std::map<std::string, std::string> settings;
  UnDocumentsPlugin plugin;
};

}  // namespace

TEST_SUITE("plugin_un_documents") {
  TEST_CASE("resolve: the seed's UN sources are found with title, date, links and files") {
    FakeUndl undl;
    REQUIRE(undl.ok());
    Harness harness(undl.endpoint());

    SUBCASE("S/RES/2100 (2013): catalogued with the space, found at the first search") {
      const auto resolution = harness.resolve(un_citation({"S/RES/2100 (2013)"}));
      REQUIRE(resolution);
      CHECK(resolution->plugin == "un-documents");
      CHECK(resolution->status == "resolved");
      CHECK(resolution->identity == "S/RES/2100 (2013)");
      CHECK(resolution->title == "Resolution 2100 (2013)");
      CHECK(resolution->date == "2013-04-25");
      CHECK(resolution->url == "https://undocs.test/S/RES/2100(2013)");
      CHECK(resolution->confidence == doctest::Approx(1.0));
      CHECK(undl.requests() == 1);
      CHECK(undl.patterns().at(0) == "191__a:\"S/RES/2100 (2013)\"");
      const json details = json::parse(resolution->details_json);
      const json& doc = details.at("documents").at(0);
      CHECK(doc.at("library_symbol") == "S/RES/2100 (2013)");
      CHECK(doc.at("record") == undl.endpoint() + "/record/751039");
      CHECK(doc.at("links").at("documents") ==
            "https://documents.test/api/symbol/access?s=S/RES/2100(2013)&l=en&t=pdf");
      CHECK(doc.at("files").at("EN") ==
            undl.endpoint() + "/record/751039/files/S_RES_2100_%282013%29-EN.pdf");
      CHECK(doc.at("files").contains("FR"));
      CHECK(doc.at("responsibility").get<std::string>().find("6952nd meeting") !=
            std::string::npos);
    }

    SUBCASE("S/RES/2164 (2014): catalogued without the space, found at the second spelling") {
      const auto resolution = harness.resolve(un_citation({"S/RES/2164 (2014)"}));
      REQUIRE(resolution);
      CHECK(resolution->status == "resolved");
      CHECK(resolution->title == "Resolution 2164 (2014)");
      CHECK(resolution->date == "2014-06-25");  // from 992, the record has no 269
      CHECK(undl.requests() == 2);
      CHECK(undl.patterns().at(1) == "191__a:\"S/RES/2164(2014)\"");
      const json doc = json::parse(resolution->details_json).at("documents").at(0);
      CHECK(doc.at("library_symbol") == "S/RES/2164(2014)");
      CHECK(doc.at("files").contains("EN"));  // language from the file name
      CHECK(doc.at("files").contains("AR"));
    }

    SUBCASE("a report and a meeting record") {
      const auto report = harness.resolve(un_citation({"S/2014/692"}));
      REQUIRE(report);
      CHECK(report->status == "resolved");
      CHECK(report->title == "Report of the Secretary-General on the situation in Mali");
      CHECK(report->date == "2014-09-22");
      const auto meeting = harness.resolve(un_citation({"S/PV.7274"}));
      REQUIRE(meeting);
      CHECK(meeting->status == "resolved");
      CHECK(meeting->title == "The situation in Mali");
      CHECK(meeting->url == "https://undocs.test/S/PV.7274");
    }

    SUBCASE("every symbol of a citation is looked up") {
      const auto resolution = harness.resolve(un_citation({"S/RES/2100 (2013)", "S/2014/692"}));
      REQUIRE(resolution);
      CHECK(resolution->status == "resolved");
      CHECK(resolution->identity == "S/RES/2100 (2013)");
      CHECK(json::parse(resolution->details_json).at("documents").size() == 2);
    }

    SUBCASE("a citation without symbols or moved pages is not this plugin's to resolve") {
      Citation citation;
      citation.kind = Kind::journal_article;
      citation.title = "Guns, money and prayers";
      CHECK_FALSE(harness.resolve(citation));
      CHECK(undl.requests() == 0);
    }
  }

  TEST_CASE("resolve: a symbol the library does not know names the near ones it does") {
    FakeUndl undl;
    Harness harness(undl.endpoint());
    const auto resolution = harness.resolve(un_citation({"S/2014/69"}));
    REQUIRE(resolution);
    CHECK(resolution->status == "not_found");
    CHECK(resolution->reason.find("S/2014/69 is not in the UN Digital Library") == 0);
    CHECK(resolution->reason.find(
              "S/2014/692 (Report of the Secretary-General on the situation in Mali)") !=
          std::string::npos);
    // Deleted records never count: S/2014/6 is withdrawn.
    CHECK(resolution->reason.find("S/2014/6 ") == std::string::npos);
    const json doc = json::parse(resolution->details_json).at("documents").at(0);
    CHECK(doc.at("status") == "not_found");
    REQUIRE(doc.at("closest").size() == 1);
    CHECK(doc.at("closest").at(0).at("symbol") == "S/2014/692");
    // One search for the symbol, then the variants in a few batched OR searches.
    CHECK(undl.requests() >= 2);
    CHECK(undl.requests() <= 4);
    CHECK(undl.patterns().at(1).find(" OR ") != std::string::npos);

    SUBCASE("an OCR'd meeting record") {
      const int before = undl.requests();
      const auto meeting = harness.resolve(un_citation({"S/PV.7247"}));
      REQUIRE(meeting);
      CHECK(meeting->status == "not_found");
      CHECK(meeting->reason.find("S/PV.7274 (The situation in Mali)") != std::string::npos);
      CHECK(undl.requests() > before);
    }
  }

  TEST_CASE("resolve: answers are cached, a second run asks nothing") {
    FakeUndl undl;
    Harness harness(undl.endpoint());
    const auto citation = un_citation({"S/RES/2164 (2014)", "S/2014/69"});
    const auto first = harness.resolve(citation);
    REQUIRE(first);
    CHECK(first->status == "not_found");
    const int asked = undl.requests();
    CHECK(asked >= 3);
    CHECK(harness.store.age_of("un-documents", "undl:S/RES/2164(2014)") == 720h);
    CHECK(harness.store.age_of("un-documents", "undl:S/2014/69") == 24h);
    const auto second = harness.resolve(citation);
    REQUIRE(second);
    CHECK(undl.requests() == asked);
    CHECK(second->status == first->status);
    CHECK(second->reason == first->reason);
    CHECK(second->title == first->title);
    CHECK(second->details_json == first->details_json);
  }

  TEST_CASE("resolve: a failing library degrades to unresolved, never cached") {
    FakeUndl undl;
    Harness harness(undl.endpoint());
    struct Case {
      UndlMode mode;
      const char* reason;
    };
    const Case cases[] = {
        {UndlMode::malformed, "malformed MARCXML"},
        {UndlMode::truncated, "malformed MARCXML"},
        {UndlMode::html, "not MARCXML"},
        {UndlMode::blocked, "blocked the request (202 with an empty body)"},
        {UndlMode::server_error, "failed (HTTP 503)"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.reason);
      undl.set_mode(c.mode);
      const auto resolution = harness.resolve(un_citation({"S/RES/2100 (2013)"}));
      REQUIRE(resolution);
      CHECK(resolution->status == "unresolved");
      CHECK(resolution->reason.find(c.reason) != std::string::npos);
      CHECK(resolution->reason.find("S/RES/2100 (2013): UN Digital Library") == 0);
    }
    CHECK(harness.store.size() == 0);
    undl.set_mode(UndlMode::normal);
    const auto recovered = harness.resolve(un_citation({"S/RES/2100 (2013)"}));
    REQUIRE(recovered);
    CHECK(recovered->status == "resolved");
  }

  TEST_CASE("resolve: a 429 with Retry-After is waited out by the engine's retry") {
    FakeUndl undl;
    Harness harness(undl.endpoint());
    undl.set_mode(UndlMode::rate_limited_once);
    const auto start = std::chrono::steady_clock::now();
    const auto resolution = harness.resolve(un_citation({"S/2014/692"}));
    REQUIRE(resolution);
    CHECK(resolution->status == "resolved");
    CHECK(undl.requests() == 2);
    CHECK(citecheck::test::seconds_since(start) >= 0.9);

    undl.set_mode(UndlMode::rate_limited);
    auto options = citecheck::test::fast_options();
    options.max_retries = 1;
    Harness limited(undl.endpoint(), options);
    const auto refused = limited.resolve(un_citation({"S/PV.7274"}));
    REQUIRE(refused);
    CHECK(refused->status == "unresolved");
    CHECK(refused->reason.find("rate-limiting (429, Retry-After 1) after 2 attempts") !=
          std::string::npos);
  }

  TEST_CASE("resolve: a library that never answers or refuses is unresolved, fast") {
    auto options = citecheck::test::fast_options();
    options.connect_timeout = 300ms;
    options.timeout = 300ms;
    options.max_retries = 0;
    SUBCASE("silent") {
      citecheck::test::SilentServer silent;
      Harness harness(silent.url(""), options);
      const auto start = std::chrono::steady_clock::now();
      const auto resolution = harness.resolve(un_citation({"S/RES/2100 (2013)"}));
      REQUIRE(resolution);
      CHECK(resolution->status == "unresolved");
      CHECK(resolution->reason.find("UN Digital Library timed out") != std::string::npos);
      CHECK(citecheck::test::seconds_since(start) < 3.0);
    }
    SUBCASE("silent: the other symbols of the citation do not wait again") {
      citecheck::test::SilentServer silent;
      Harness harness(silent.url(""), options);
      const auto start = std::chrono::steady_clock::now();
      const auto resolution =
          harness.resolve(un_citation({"S/RES/2100 (2013)", "S/2014/692", "S/PV.7274"}));
      REQUIRE(resolution);
      CHECK(resolution->status == "unresolved");
      CHECK(resolution->reason.find("S/2014/692: not asked, the library failed for "
                                    "S/RES/2100 (2013)") != std::string::npos);
      CHECK(citecheck::test::seconds_since(start) < 1.0);
      CHECK(silent.accepted() == 1);
    }
    SUBCASE("refused") {
      Harness harness("http://127.0.0.1:" + std::to_string(citecheck::test::closed_port()),
                      options);
      const auto resolution = harness.resolve(un_citation({"S/RES/2100 (2013)"}));
      REQUIRE(resolution);
      CHECK(resolution->status == "unresolved");
      CHECK(resolution->reason.find("refused the connection") != std::string::npos);
    }
  }

  TEST_CASE("resolve: several threads at once share one plugin object") {
    FakeUndl undl;
    Harness harness(undl.endpoint());
    const std::vector<std::vector<std::string>> symbols{
        {"S/RES/2100 (2013)"}, {"S/RES/2164 (2014)"}, {"S/2014/692"}, {"S/PV.7274"}};
    std::vector<std::optional<Resolution>> out(symbols.size() * 4);
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < out.size(); ++i) {
      threads.emplace_back([&, i] { out[i] = harness.resolve(un_citation(symbols[i % 4])); });
    }
    for (auto& thread : threads)
      thread.join();
    for (const auto& resolution : out) {
      REQUIRE(resolution);
      CHECK(resolution->status == "resolved");
    }
  }
}

// The seed document end to end, as the CLI runs it: the minusma brief read and parsed with
// the real plugin libraries (Boost.DLL modules, not the static twins), then resolved by
// resolve_document against loopback imitations of the UN Digital Library, Crossref, doi.org
// and the moved un.org sections. Only the un-documents and journals modules are loaded:
// nothing here may reach a host other than 127.0.0.1.

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>

#include <citecheck/plugin_host.hpp>
#include <citecheck/readers.hpp>
#include <citecheck/resolve.hpp>

#include "fake_undl.hpp"
#include "memory_store.hpp"
#include "plugin_journals/fake_crossref.hpp"

using citecheck::CitationResolutions;
using citecheck::Resolution;

namespace {

/// www.un.org's moved sections: every old page answers 301 to a new host, which serves it.
class MovedSections {
 public:
  MovedSections()
      : m_server([this](httplib::Server& server) {
          server.Get(".*", [this](const httplib::Request& req, httplib::Response& res) {
            ++m_requests;
            const std::string host = req.get_header_value("Host");
            if (host == "www.un.org" && req.path.starts_with("/apps/news/story.asp")) {
              res.status = 301;
              res.set_header("Location",
                             "http://news.un.org/en/story/" + req.get_param_value("NewsID"));
              return;
            }
            if (host == "www.un.org" && req.path.starts_with("/en/peacekeeping/missions/")) {
              res.status = 301;
              res.set_header("Location", "http://peacekeeping.un.org/en/mission/minusma");
              return;
            }
            if (host == "news.un.org" || host == "peacekeeping.un.org") {
              res.set_content("<html><head><title>Moved here</title></head></html>", "text/html");
              return;
            }
            res.status = 404;
          });
        }) {}
  int requests() const { return m_requests.load(); }
  std::vector<std::string> connect_to() const {
    return {m_server.connect_to("www.un.org"), m_server.connect_to("news.un.org"),
            m_server.connect_to("peacekeeping.un.org")};
  }

 private:
  std::atomic<int> m_requests{0};
  citecheck::test::LoopbackServer m_server;
};

const Resolution* find(const std::vector<CitationResolutions>& all, const std::string& id,
                       const std::string& plugin) {
  for (const auto& citation : all) {
    if (citation.citation_id != id)
      continue;
    for (const auto& resolution : citation.resolutions) {
      if (resolution.plugin == plugin)
        return &resolution;
    }
  }
  return nullptr;
}

}  // namespace

TEST_SUITE("plugin_un_documents") {
  TEST_CASE("seed document: minusma brief resolved through the loaded plugin modules") {
    ::setenv("no_proxy", "*", 1);
    const std::filesystem::path dir = CITECHECK_PLUGIN_DIR;
    citecheck::PluginSet plugins;
    REQUIRE(plugins.load_file(dir / "libcitecheck-un-documents.so"));
    REQUIRE(plugins.load_file(dir / "libcitecheck-journals.so"));

    const auto document =
        citecheck::read_document(std::string(CITECHECK_CORPUS_DIR) + "/minusma-brief.txt");
    const auto parsed = citecheck::parse_document(document, plugins);
    REQUIRE(parsed.footnotes.size() > 16);

    citecheck::test::FakeUndl undl;
    citecheck::test::FakeCrossref crossref;
    MovedSections un_org;
    auto options = citecheck::test::fast_options();
    options.connect_to = un_org.connect_to();
    auto engine = citecheck::make_curl_engine(options);
    citecheck::test::MemoryStore store;
    const std::map<std::string, std::string> settings{{"undl.endpoint", undl.endpoint()},
                                                      {"undocs.endpoint", "https://undocs.org"},
                                                      {"crossref.endpoint", crossref.api()},
                                                      {"doi.endpoint", crossref.resolver()},
                                                      {"crossref.mailto", "ops@example.org"}};
    citecheck::ResolveContext context{*engine, store, settings, "", {}};

    const auto start = std::chrono::steady_clock::now();
    const auto resolutions = citecheck::resolve_document(parsed, plugins, context, 8);
    MESSAGE("minusma brief resolved in " << citecheck::test::seconds_since(start)
                                         << " s: " << undl.requests() << " library searches, "
                                         << crossref.requests() << " Crossref requests, "
                                         << un_org.requests() << " un.org requests");

    // Footnotes 4-7 and 19: the UN documents, with the library's titles.
    struct Expected {
      const char* id;
      const char* identity;
      const char* title;
    };
    const Expected documents[] = {
        {"5.2", "S/RES/2164 (2014)", "Resolution 2164 (2014)"},
        {"6.1", "S/2014/692", "Report of the Secretary-General on the situation in Mali"},
        {"7.1", "S/RES/2164 (2014)", "Resolution 2164 (2014)"},
        {"19.1", "S/PV.7274", "The situation in Mali"},
    };
    for (const Expected& e : documents) {
      CAPTURE(e.id);
      const Resolution* resolution = find(resolutions, e.id, "un-documents");
      REQUIRE(resolution != nullptr);
      CHECK(resolution->status == "resolved");
      CHECK(resolution->identity == e.identity);
      CHECK(resolution->title == e.title);
    }
    // Footnote 4 prints 'S/RES/2100.6' (footnote 6's number glued on): repaired to 2100.
    bool found_2100 = false;
    for (const auto& citation : resolutions) {
      if (citation.footnote != 4)
        continue;
      for (const auto& resolution : citation.resolutions)
        found_2100 = found_2100 || (resolution.identity == "S/RES/2100 (2013)" &&
                                    resolution.status == "resolved");
    }
    CHECK(found_2100);

    // Footnote 16: the CTC Sentinel article, no DOI, never a wrong one.
    const Resolution* ctc = find(resolutions, "16.1", "journals");
    REQUIRE(ctc != nullptr);
    CHECK(ctc->status == "no_confident_match");
    CHECK(ctc->identity.empty());

    // Footnotes 1 and 13: the moved peacekeeping page and News Centre story.
    const Resolution* mission = find(resolutions, "1.1", "un-documents");
    REQUIRE(mission != nullptr);
    CHECK(mission->status == "resolved");
    CHECK(mission->identity == "http://peacekeeping.un.org/en/mission/minusma");
    const Resolution* story = find(resolutions, "13.1", "un-documents");
    REQUIRE(story != nullptr);
    CHECK(story->status == "resolved");
    CHECK(story->identity == "http://news.un.org/en/story/49740");

    // A second run answers from the store: no request at all.
    const int asked = undl.requests() + crossref.requests() + un_org.requests();
    const auto again = citecheck::resolve_document(parsed, plugins, context, 8);
    CHECK(undl.requests() + crossref.requests() + un_org.requests() == asked);
    REQUIRE(again.size() == resolutions.size());
    for (std::size_t i = 0; i < again.size(); ++i) {
      REQUIRE(again[i].resolutions.size() == resolutions[i].resolutions.size());
      for (std::size_t j = 0; j < again[i].resolutions.size(); ++j)
        CHECK(again[i].resolutions[j].status == resolutions[i].resolutions[j].status);
    }
  }
}

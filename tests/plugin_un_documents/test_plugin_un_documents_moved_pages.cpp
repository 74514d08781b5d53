#include <doctest/doctest.h>

#include <cstdlib>

#include <nlohmann/json.hpp>

#include "engine/loopback.hpp"
#include "memory_store.hpp"
#include "moved_pages.hpp"
#include "un_documents_plugin.hpp"

using citecheck::Citation;
using citecheck::Kind;
using citecheck::Resolution;
using citecheck::ResolveContext;
using citecheck::plugins::UnDocumentsPlugin;
using citecheck::plugins::un_documents::is_moved_un_page;
using citecheck::test::MemoryStore;
using json = nlohmann::json;

namespace {

/// www.un.org, news.un.org and peacekeeping.un.org as one loopback server routed by the
/// Host header; the engine reaches the names through connect_to, without DNS. The chains
/// are the ones the UN set up when it moved these sections (301 to the new host, then the
/// new site's own 301/302 to the current path).
class FakeUnOrg {
 public:
  FakeUnOrg()
      : m_server([this](httplib::Server& server) {
          server.Get(".*", [this](const httplib::Request& req, httplib::Response& res) {
            answer(req, res);
          });
        }) {}

  int requests() const { return m_requests.load(); }
  citecheck::EngineOptions options() const {
    auto options = citecheck::test::fast_options();
    for (const char* host : {"www.un.org", "un.org", "news.un.org", "peacekeeping.un.org"})
      options.connect_to.push_back(m_server.connect_to(host));
    return options;
  }

 private:
  void answer(const httplib::Request& req, httplib::Response& res) {
    ++m_requests;
    const std::string host = req.get_header_value("Host");
    std::string target = req.path;
    if (!req.params.empty()) {
      target += "?";
      for (const auto& [name, value] : req.params)
        target += name + "=" + value;
    }
    const auto redirect = [&](int status, const std::string& to) {
      res.status = status;
      res.set_header("Location", to);
      res.set_content("<html><body>Moved</body></html>", "text/html");
    };
    const auto page = [&](const std::string& title) {
      res.set_content("<!DOCTYPE html><html><head><title>\n  " + title +
                          "\n</title></head><body>...</body></html>",
                      "text/html; charset=utf-8");
    };
    if (host == "www.un.org") {
      if (target == "/apps/news/story.asp?NewsID=49740")
        return redirect(301, "http://news.un.org/en/story/2015/01/487712");
      if (target == "/apps/news/story.asp?NewsID=49110")
        return redirect(301, "http://news.un.org/en/story/2014/10/481342");
      if (target == "/en/peacekeeping/missions/minusma/background.shtml")
        return redirect(301, "http://peacekeeping.un.org/en/mission/minusma");
      if (target == "/en/peacekeeping/missions/minusma/facts.shtml")
        return redirect(302, "http://peacekeeping.un.org/en");
    }
    if (host == "news.un.org") {
      if (target == "/en/story/2015/01/487712")
        return redirect(301, "/en/story/2015/01/487712-peace-process-mali-crucial-stage");
      if (target == "/en/story/2015/01/487712-peace-process-mali-crucial-stage")
        return page("Peace process in Mali at &#039;crucial stage&#039; | UN News");
      if (target == "/en/story/2014/10/481342") {
        res.status = 503;
        return;
      }
    }
    if (host == "peacekeeping.un.org") {
      if (target == "/en/mission/minusma")
        return page("MINUSMA | United Nations Peacekeeping");
      if (target == "/en")
        return page("United Nations Peacekeeping");
    }
    res.status = 404;
    res.set_content("<html><head><title>Page not found</title></head></html>", "text/html");
  }

  std::atomic<int> m_requests{0};
  citecheck::test::LoopbackServer m_server;
};

Citation web_citation(Kind kind, const std::string& url) {
  Citation citation;
  citation.id = "13.1";
  citation.kind = kind;
  citation.urls = {url};
  return citation;
}

}  // namespace

TEST_SUITE("plugin_un_documents") {
  TEST_CASE("is_moved_un_page: the sections of un.org the UN moved") {
    struct Case {
      const char* url;
      bool moved;
    };
    const Case cases[] = {
        {"http://www.un.org/apps/news/story.asp?NewsID=49740#VMkQ8C4X4x-", true},
        {"http://www.un.org/apps/news/story.asp?NewsID=49028#.VE46S8m5T5M", true},
        {"http://www.un.org/en/peacekeeping/missions/minusma/mandate.shtml", true},
        {"https://un.org/en/peacekeeping/missions/unmiss/", true},
        {"http://WWW.UN.ORG/News/Press/docs/2014/sc11588.doc.htm", true},
        {"http://www.un.org/Depts/dpko/missions/unmil/", true},
        {"https://www.un.org/en/ga/", false},
        {"https://news.un.org/en/story/2015/01/487712", false},
        {"https://peacekeeping.un.org/en/mission/minusma", false},
        {"http://www.un.org.example.com/apps/news/story.asp?NewsID=1", false},
        {"http://example.com/www.un.org/apps/news/", false},
        {"not a url", false},
    };
    for (const Case& c : cases) {
      CAPTURE(c.url);
      CHECK(is_moved_un_page(c.url) == c.moved);
    }
  }

  TEST_CASE("resolve: moved un.org pages are followed to where they live now") {
    ::setenv("no_proxy", "*", 1);  // the names below must reach the loopback server only
    FakeUnOrg site;
    auto engine = citecheck::make_curl_engine(site.options());
    MemoryStore store;
    const std::map<std::string, std::string> settings;
    UnDocumentsPlugin plugin;
    ResolveContext context{*engine, store, settings, "", {}};

    SUBCASE("a UN News Centre story, through two redirects") {
      const auto resolution = plugin.resolve(
          web_citation(Kind::news,
                       "http://www.un.org/apps/news/story.asp?NewsID=49740#VMkQ8C4X4x-"),
          context);
      REQUIRE(resolution);
      CHECK(resolution->status == "resolved");
      const std::string now =
          "http://news.un.org/en/story/2015/01/487712-peace-process-mali-crucial-stage";
      CHECK(resolution->identity == now);
      CHECK(resolution->url == now);
      CHECK(resolution->title == "Peace process in Mali at 'crucial stage' | UN News");
      CHECK(resolution->confidence == doctest::Approx(1.0));
      const json page = json::parse(resolution->details_json).at("moved_page");
      CHECK(page.at("url") == "http://www.un.org/apps/news/story.asp?NewsID=49740");
      CHECK(page.at("hops").size() == 3);
      CHECK(page.at("hops").at(0).at("status") == 301);
      CHECK(site.requests() == 3);
      CHECK(store.age_of("un-documents",
                         "moved:http://www.un.org/apps/news/story.asp?NewsID=49740") ==
            std::chrono::hours(720));

      // Cached: the second resolution asks nothing.
      const auto again = plugin.resolve(
          web_citation(Kind::news,
                       "http://www.un.org/apps/news/story.asp?NewsID=49740#VMkQ8C4X4x-"),
          context);
      REQUIRE(again);
      CHECK(again->identity == now);
      CHECK(site.requests() == 3);
    }

    SUBCASE("a peacekeeping mission page") {
      const auto resolution = plugin.resolve(
          web_citation(Kind::web,
                       "http://www.un.org/en/peacekeeping/missions/minusma/background.shtml"),
          context);
      REQUIRE(resolution);
      CHECK(resolution->status == "resolved");
      CHECK(resolution->identity == "http://peacekeeping.un.org/en/mission/minusma");
      CHECK(resolution->title == "MINUSMA | United Nations Peacekeeping");
    }

    SUBCASE("a page that redirects to the site's home page is gone") {
      const auto resolution = plugin.resolve(
          web_citation(Kind::web, "http://www.un.org/en/peacekeeping/missions/minusma/facts.shtml"),
          context);
      REQUIRE(resolution);
      CHECK(resolution->status == "not_found");
      CHECK(resolution->reason.find("home page") != std::string::npos);
      CHECK(store.age_of("un-documents",
                         "moved:http://www.un.org/en/peacekeeping/missions/minusma/facts.shtml") ==
            std::chrono::hours(24));
    }

    SUBCASE("a page that ends on 404") {
      const auto resolution = plugin.resolve(
          web_citation(Kind::news, "http://www.un.org/apps/news/story.asp?NewsID=1"), context);
      REQUIRE(resolution);
      CHECK(resolution->status == "not_found");
      CHECK(resolution->reason.find("(404)") != std::string::npos);
    }

    SUBCASE("a new home that fails is unresolved and not cached") {
      const auto resolution = plugin.resolve(
          web_citation(Kind::news, "http://www.un.org/apps/news/story.asp?NewsID=49110"), context);
      REQUIRE(resolution);
      CHECK(resolution->status == "unresolved");
      CHECK(resolution->reason.find("503") != std::string::npos);
      CHECK(store.size() == 0);
    }

    SUBCASE("the link check's hops are used when it ran, with no request of its own") {
      citecheck::LinkCheck check;
      check.url = "http://www.un.org/en/peacekeeping/missions/minusma/mandate.shtml";
      check.state = citecheck::LinkState::redirected;
      check.status = 200;
      check.final_url = "https://peacekeeping.un.org/en/mission/minusma";
      check.evidence.hops = {{check.url, 301, "https://peacekeeping.un.org/en/mission/minusma", {}},
                             {check.final_url, 200, "", {}}};
      check.evidence.title = "MINUSMA | United Nations Peacekeeping";
      ResolveContext checked{*engine, store, settings, "",
                             [&](const std::string& url) -> std::optional<citecheck::LinkCheck> {
                               if (url == check.url)
                                 return check;
                               return std::nullopt;
                             }};
      const auto resolution = plugin.resolve(web_citation(Kind::web, check.url), checked);
      REQUIRE(resolution);
      CHECK(resolution->status == "resolved");
      CHECK(resolution->identity == "https://peacekeeping.un.org/en/mission/minusma");
      CHECK(site.requests() == 0);
    }

    SUBCASE("other un.org pages and other kinds are left alone") {
      CHECK_FALSE(plugin.resolve(web_citation(Kind::web, "https://www.un.org/en/ga/"), context));
      auto report = web_citation(Kind::report, "http://www.un.org/apps/news/story.asp?NewsID=1");
      CHECK_FALSE(plugin.resolve(report, context));
      CHECK(site.requests() == 0);
    }
  }
}

// End-to-end: the built `citecheck check` resolving a document's sources against loopback
// imitations of the UN Digital Library, Crossref and doi.org, the Wayback Machine's
// availability and CDX APIs, and two news sites, reached through the plugins' settings
// (environment) and --connect-to. Every address is 127.0.0.1.
#include <doctest/doctest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "plugin_archive/fake_archive.hpp"
#include "plugin_journals/fake_crossref.hpp"
#include "plugin_un_documents/fake_undl.hpp"
// run_binary.hpp and the fakes' engine/loopback.hpp each define a test TempDir; this file
// uses run_binary.hpp's (it writes files), under another name.
#define TempDir DocumentDir
#include "run_binary.hpp"
#undef TempDir

using citecheck::test::DocumentDir;
using citecheck::test::FakeArchive;
using citecheck::test::FakeCrossref;
using citecheck::test::FakeUndl;
using citecheck::test::LoopbackServer;
using citecheck::test::run_citecheck;
using nlohmann::json;

namespace {

const std::string k_reuters_path = "/article/2015/03/16/us-mali-talks-idUSKBN0MC0WD20150316";
const std::string k_story_path = "/en/story/2015/01/487962-peace-process-mali-crucial-stage";

// The seed's sources, as the minusma brief cites them (fn 4-7, 11, 13, 16, 19), plus a
// retracted article with its DOI printed and a dead page with archived copies.
const std::string k_document = R"(# MINUSMA brief

Mandates.[^1] Reports.[^2] Talks.[^3] Briefing.[^4] Threats.[^5] Science.[^6] Mission.[^7]

[^1]: UN Security Council, S/RES/2100 (2013), 25 April 2013; S/RES/2164 (2014), 25 June 2014.
[^2]: Report of the Secretary-General on the situation in Mali, S/2014/692, 22 September 2014; S/PV.7274, 8 October 2014.
[^3]: Reuters, 'Mali's Tuareg-led rebels reject peace deal, ask for more talks', 16 March 2015, http://www.reuters.com/article/2015/03/16/us-mali-talks-idUSKBN0MC0WD20150316.
[^4]: United Nations News Centre, ‘Peace Process in Mali at ‘crucial Stage’ UN Peacekeeping Chief Tells Security Council,” 6 January 2015, http://www.un.org/apps/news/story.asp?NewsID=49740.
[^5]: For further information, see Morten Bøås (2014), ‘Guns, money and prayers: AQIM’s blueprint for securing control of Northern Mali’, CTC Sentinel, 7(4): 1-7.
[^6]: Jane Okafor and Wei Zhang, 'Self-healing polymer coatings for marine steel', Materials Letters (2019), doi:10.5555/matlett.2019.0142.
[^7]: MINUSMA, 'Mission page', accessed 10 May 2019, http://dead.example.org/minusma.
)";

std::string page(const std::string& title, const std::string& site, const std::string& date) {
  return "<!DOCTYPE html><html><head><title>" + title + " | " + site +
         "</title><meta property=\"og:title\" content=\"" + title +
         "\"><meta property=\"og:site_name\" content=\"" + site +
         "\"><meta property=\"article:published_time\" content=\"" + date +
         "T12:00:00Z\"></head><body><article><h1>" + title + "</h1><p>" + std::string(600, 'x') +
         "</p></article></body></html>";
}

/// www.reuters.com, www.un.org (the News Centre's old links), news.un.org and a host whose
/// page is gone, all on one loopback server told apart by the Host header.
class NewsSites {
 public:
  NewsSites()
      : m_server([this](httplib::Server& server) {
          server.Get(".*", [this](const httplib::Request& req, httplib::Response& res) {
            ++m_requests;
            const std::string host = req.get_header_value("Host");
            if (host == "www.reuters.com" && req.path == k_reuters_path) {
              res.set_content(page("Mali's Tuareg-led rebels reject peace deal, ask for more talks",
                                   "Reuters", "2015-03-16"),
                              "text/html");
            } else if (host == "www.un.org" && req.path == "/apps/news/story.asp") {
              res.set_redirect("http://news.un.org" + k_story_path, 301);
            } else if (host == "news.un.org" && req.path == k_story_path) {
              res.set_content(page("Peace process in Mali at 'crucial stage,' UN peacekeeping "
                                   "chief tells Security Council",
                                   "UN News", "2015-01-06"),
                              "text/html");
            } else {
              res.status = 404;
              res.set_content("<html><head><title>Not Found</title></head></html>", "text/html");
            }
          });
        }) {}
  int requests() const { return m_requests.load(); }
  std::string connect_to() const {
    std::string out;
    for (const char* host : {"www.reuters.com", "www.un.org", "news.un.org", "dead.example.org"})
      out += " --connect-to " + m_server.connect_to(host);
    return out;
  }

 private:
  std::atomic<int> m_requests{0};
  LoopbackServer m_server;
};

/// Every service, and the run's command line around them.
struct Services {
  FakeUndl undl;
  FakeCrossref crossref;
  FakeArchive archive;
  NewsSites news;
  DocumentDir dir;
  std::string undl_endpoint;  ///< another library than `undl`, when set

  Services() {
    // The dead page was captured before and after the cited date; the nearer one is chosen.
    archive.add("http://dead.example.org/minusma",
                {{"20190401000000"}, {"20190512000000"}, {"20240101000000"}});
  }
  int requests() const {
    return undl.requests() + crossref.requests() + crossref.resolver_requests() +
           archive.total_requests() + news.requests();
  }
  std::string environment() const {
    return "env no_proxy='*' CITECHECK_UNDL_ENDPOINT=" +
           (undl_endpoint.empty() ? undl.endpoint() : undl_endpoint) +
           " CITECHECK_CROSSREF_ENDPOINT=" + crossref.api() +
           " CITECHECK_DOI_ENDPOINT=" + crossref.resolver() +
           " CITECHECK_CROSSREF_MAILTO=ops@example.org" +
           " CITECHECK_WAYBACK_ENDPOINT=" + archive.url("/wayback/available") +
           " CITECHECK_CDX_ENDPOINT=" + archive.url("/cdx/search/cdx");
  }
  citecheck::test::RunResult check(const std::string& format, std::string* err = nullptr) const {
    const std::string file = dir.path() / "brief.md";
    return run_citecheck("check --format " + format + " --no-soft-404-probe --timeout 2 " +
                             "--connect-timeout 2 --max-retries 1 --cache " +
                             (dir.path() / "cache.db").string() + news.connect_to() + " " + file,
                         environment(), err);
  }
};

/// The answer of `plugin` for the citation `id`, from the JSON report.
json source(const json& report, const std::string& id, const std::string& plugin) {
  for (const auto& citation : report.at("documents").at(0).at("sources")) {
    if (citation.at("citation") != id)
      continue;
    for (const auto& resolution : citation.at("resolutions")) {
      if (resolution.at("plugin") == plugin)
        return resolution;
    }
  }
  return json();
}

std::map<std::string, std::string> link_states(const json& report) {
  std::map<std::string, std::string> out;
  for (const auto& link : report.at("documents").at(0).at("links"))
    out[link.at("url").get<std::string>()] = link.at("state").get<std::string>();
  return out;
}

/// Seconds between consecutive requests.
std::vector<double> gaps(const std::vector<std::chrono::steady_clock::time_point>& times) {
  std::vector<double> out;
  for (std::size_t i = 1; i < times.size(); ++i)
    out.push_back(std::chrono::duration<double>(times[i] - times[i - 1]).count());
  return out;
}

}  // namespace

TEST_SUITE("check_e2e") {
  TEST_CASE("sources: the seed's sources resolved end to end; a second run asks nothing") {
    Services services;
    REQUIRE(services.undl.ok());
    services.dir.file("brief.md", k_document);
    std::string err;
    const auto run = services.check("json", &err);
    INFO(err);
    CHECK(run.exit_code == 1);  // the dead mission page
    const json report = json::parse(run.out);

    // Links are checked and reported next to the sources.
    const auto states = link_states(report);
    CHECK(states.at("http://dead.example.org/minusma") == "dead");
    CHECK(states.at("http://www.reuters.com" + k_reuters_path) == "ok");

    // UN documents: the library's official titles.
    const json res2100 = source(report, "1.1", "un-documents");
    CHECK(res2100.value("status", "") == "resolved");
    CHECK(res2100.value("identity", "") == "S/RES/2100 (2013)");
    CHECK(res2100.value("title", "") == "Resolution 2100 (2013)");
    const json report692 = source(report, "2.1", "un-documents");
    CHECK(report692.value("identity", "") == "S/2014/692");
    CHECK(report692.value("title", "") ==
          "Report of the Secretary-General on the situation in Mali");

    // News pages: title, outlet and date compared with the footnote.
    const json reuters = source(report, "3.1", "news");
    CHECK(reuters.value("status", "") == "resolved");
    CHECK(reuters.value("date", "") == "2015-03-16");
    const json story = source(report, "4.1", "news");
    CHECK(story.value("status", "") == "resolved");
    CHECK(story.value("title", "").find("Peace process in Mali") == 0);

    // CTC Sentinel: no DOI, and never a wrong one.
    const json ctc = source(report, "5.1", "journals");
    CHECK(ctc.value("status", "") == "no_confident_match");
    CHECK(ctc.value("identity", "") == "");
    CHECK(ctc.at("details").at("candidates").size() == 3);

    // The printed DOI of a retracted article: found, and the retraction said first.
    const json retracted = source(report, "6.1", "journals");
    CHECK(retracted.value("identity", "") == "10.5555/matlett.2019.0142");
    CHECK(retracted.value("reason", "").find("RETRACTED") == 0);

    // The dead page: the capture nearest its access date (2 days after, not 39 before).
    const json copy = source(report, "7.1", "archive");
    CHECK(copy.value("status", "") == "resolved");
    CHECK(copy.value("identity", "").find("/web/20190512000000/") != std::string::npos);
    CHECK(copy.value("date", "") == "2019-05-12");

    // Each cited page was asked for once: the news plugin read the pages the link check
    // fetched (Reuters; the News Centre's 301 and its new home; the dead page) instead of
    // fetching them again.
    CHECK(services.news.requests() == 4);

    // The same run again: every answer is fresh in the cache, nothing is asked.
    const int asked = services.requests();
    const auto again = services.check("json");
    CHECK(again.exit_code == 1);
    CHECK(services.requests() == asked);
    const json second = json::parse(again.out);
    CHECK(source(second, "1.1", "un-documents") == res2100);
    CHECK(source(second, "7.1", "archive").value("identity", "") == copy.value("identity", ""));
  }

  TEST_CASE("sources: the table and Markdown show each source at a glance") {
    Services services;
    services.dir.file("brief.md", k_document);
    const auto table = services.check("table");
    INFO(table.out);
    CHECK(table.out.find("S/RES/2100 (2013)") != std::string::npos);
    CHECK(table.out.find("Resolution 2100 (2013)") != std::string::npos);
    CHECK(table.out.find("RETRACTED") != std::string::npos);
    CHECK(table.out.find("no confident match") != std::string::npos);
    CHECK(table.out.find("Reuters") != std::string::npos);
    CHECK(table.out.find("archived copy") != std::string::npos);
    CHECK(table.out.find("dead") != std::string::npos);

    const auto markdown = services.check("markdown");
    INFO(markdown.out);
    CHECK(markdown.out.find("## Sources of") != std::string::npos);
    CHECK(markdown.out.find("Resolution 2100 (2013)") != std::string::npos);
    CHECK(markdown.out.find("20190512000000") != std::string::npos);
  }

  TEST_CASE("sources: services that fail degrade to 'unresolved: why', links still reported") {
    // The library never answers, Crossref's JSON is cut, the archive rate-limits (429 with
    // Retry-After) and its CDX index sends half an answer.
    citecheck::test::SilentServer silent_library;
    Services services;
    services.dir.file("brief.md", k_document);
    services.undl_endpoint = silent_library.url("");
    services.crossref.set_mode(citecheck::test::CrossrefMode::truncated);
    services.archive.fault("available", citecheck::test::Fault::rate_limit);
    services.archive.fault("cdx", citecheck::test::Fault::truncated);
    std::string err;
    const auto run = services.check("json", &err);
    INFO(err);
    CHECK(run.exit_code == 1);
    const json report = json::parse(run.out);
    const auto states = link_states(report);
    CHECK(states.at("http://dead.example.org/minusma") == "dead");
    CHECK(states.at("http://www.reuters.com" + k_reuters_path) == "ok");

    const json un = source(report, "1.1", "un-documents");
    CHECK(un.value("status", "") == "unresolved");
    CHECK(un.value("reason", "").find("timed out") != std::string::npos);
    const json ctc = source(report, "5.1", "journals");
    CHECK(ctc.value("status", "") == "unresolved");
    CHECK(ctc.value("reason", "").find("Crossref") != std::string::npos);
    const json copy = source(report, "7.1", "archive");
    CHECK(copy.value("status", "") == "unresolved");
    CHECK(copy.value("reason", "").find("429") != std::string::npos);
    // Nothing that failed was cached: with the services back, the next run resolves.
    services.undl_endpoint.clear();
    services.crossref.set_mode(citecheck::test::CrossrefMode::normal);
    services.archive.fault("available", citecheck::test::Fault::none);
    services.archive.fault("cdx", citecheck::test::Fault::none);
    const json healed = json::parse(services.check("json").out);
    CHECK(source(healed, "1.1", "un-documents").value("status", "") == "resolved");
    CHECK(source(healed, "5.1", "journals").value("status", "") == "no_confident_match");
    CHECK(source(healed, "7.1", "archive").value("status", "") == "resolved");
    // The news pages are their own sites and still resolve.
    CHECK(source(report, "3.1", "news").value("status", "") == "resolved");
  }

  TEST_CASE("sources: Crossref's budget is kept unless the settings say otherwise") {
    // Crossref under its real name (reached through --connect-to), so that the journals
    // plugin's default limit for api.crossref.org applies: one request at a time, one a
    // second. A [hosts."api.crossref.org"] rule in the settings file replaces it.
    FakeCrossref crossref;
    DocumentDir dir;
    const std::string file = dir.file("articles.md", R"(# Articles

Water.[^1] Sun.[^2] Coral.[^3]

[^1]: Henry S. Frank, 'The Structure of Ordinary Water', Science 169, no. 3946 (1970): 635-641.
[^2]: Maria Santos, 'Sunlight exposure and vitamin D in coastal fishing communities', PLoS ONE 7, no. 3 (2012): e33693.
[^3]: Omar Haddad, 'Coral bleaching thresholds in the Red Sea', Journal of Experimental Biology 219 (2016): 1-9.
)");
    const std::string api = crossref.api();
    const std::string port = api.substr(api.rfind(':') + 1);
    const std::string environment =
        "env no_proxy='*' CITECHECK_CROSSREF_ENDPOINT=http://api.crossref.org "
        "CITECHECK_DOI_ENDPOINT=" +
        crossref.resolver();
    const std::string args =
        "resolve --format json --no-cache --connect-to api.crossref.org:80:127.0.0.1:" + port + " ";

    const auto paced = run_citecheck(args + file, environment);
    CHECK(paced.exit_code == 0);
    const auto times = crossref.request_times();
    REQUIRE(times.size() >= 3);
    for (const double gap : gaps(times)) {
      CHECK(gap > 0.8);
    }

    const std::string config = dir.file("citecheck.toml",
                                        "[hosts.\"api.crossref.org\"]\n"
                                        "rate = 50\nmax_per_host = 4\n");
    const auto quick = run_citecheck(args + "--config " + config + " " + file, environment);
    CHECK(quick.exit_code == 0);
    const auto all = crossref.request_times();
    REQUIRE(all.size() >= times.size() + 3);
    const double span = std::chrono::duration<double>(all.back() - all[times.size()]).count();
    CHECK(span < 0.8);
    const json report = json::parse(quick.out);
    CHECK(source(report, "1.1", "journals").value("identity", "") ==
          "10.1126/science.169.3946.635");
  }
}

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "news_plugin.hpp"
#include "news_site.hpp"
#include "page_resolution.hpp"

using citecheck::Citation;
using citecheck::Kind;
using citecheck::LinkCheck;
using citecheck::LinkState;
using citecheck::make_curl_engine;
using citecheck::Resolution;
using citecheck::ResolveContext;
using citecheck::plugins::NewsPlugin;
using citecheck::test::MemoryStore;
using citecheck::test::NewsSite;
using json = nlohmann::json;

namespace {

// Recorded shapes of the pages the seed's footnotes cite (minusma-brief fn 11, 13, 14).
const std::string k_story_49740 =
    "/en/story/2015/01/487962-peace-process-mali-crucial-stage-un-peacekeeping-chief-tells-"
    "security-council";
const std::string k_story_49110 =
    "/en/story/2014/10/481542-mali-peace-talks-set-resume-security-council-urges-spirit-"
    "compromise";
const std::string k_story_49028 =
    "/en/story/2014/10/480852-mali-ban-voices-outrage-un-peacekeeper-killed-second-deadly-"
    "attack-month";
const std::string k_reuters_path = "/article/2015/03/16/us-mali-talks-idUSKBN0MC0WD20150316";

std::string un_news_page(const std::string& path, const std::string& title,
                         const std::string& date) {
  return R"(<!DOCTYPE html><html lang="en" dir="ltr"><head>
<meta charset="utf-8" />
<link rel="canonical" href=")" +
         path + R"(" />
<meta property="og:site_name" content="UN News" />
<meta property="og:type" content="article" />
<meta property="og:title" content=")" +
         title + R"(" />
<meta property="article:published_time" content=")" +
         date + R"(T00:00:00-05:00" />
<title>)" +
         title + R"( | UN News</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":")" +
         title + R"(","datePublished":")" + date +
         R"(T00:00:00-0500","publisher":{"@type":"Organization","name":"UN News"}}]}</script>
</head><body><div class="layout-container"><article><h1>)" +
         title + R"(</h1><p>Text of the story.</p></article></div></body></html>)";
}

const std::string k_reuters_page = R"(<!DOCTYPE html><html lang="en"><head>
<title>Mali's Tuareg-led rebels reject peace deal, ask for more talks | Reuters</title>
<meta property="og:title" content="Mali's Tuareg-led rebels reject peace deal, ask for more talks" />
<meta property="og:site_name" content="Reuters" />
<meta name="twitter:site" content="@Reuters" />
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle",
"headline":"Mali&#039;s Tuareg-led rebels reject peace deal, ask for more talks",
"datePublished":"2015-03-16T17:22:30Z","dateModified":"2015-03-16T17:22:30Z",
"author":{"@type":"Person","name":"Tiemoko Diallo"},
"publisher":{"@type":"Organization","name":"Reuters"},
"mainEntityOfPage":{"@type":"WebPage","@id":"https://www.reuters.com/article/us-mali-talks-idUSKBN0MC0WD20150316"}}</script>
</head><body><div class="StandardArticle_container">story</div></body></html>)";

const std::string k_paywalled_page = R"(<html><head>
<title>Inside Mali's fragile peace | The Example Times</title>
<meta property="og:title" content="Inside Mali's fragile peace" />
<meta property="og:site_name" content="The Example Times" />
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Inside Mali's fragile peace",
"datePublished":"2015-03-20","isAccessibleForFree":false,
"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".paywall"}}</script>
</head><body><div class="paywall">Subscribe to continue reading</div></body></html>)";

void setup_site(httplib::Server& server) {
  const auto page = [](const std::string& body) {
    return [body](const httplib::Request&, httplib::Response& response) {
      response.set_content(body, "text/html; charset=utf-8");
    };
  };
  server.Get(k_story_49740, page(un_news_page(k_story_49740,
                                              "Peace process in Mali at &#039;crucial stage,&#039; "
                                              "UN peacekeeping chief tells Security Council",
                                              "2015-01-06")));
  server.Get(k_story_49110, page(un_news_page(k_story_49110,
                                              "With Mali peace talks set to resume, Security "
                                              "Council urges &lsquo;spirit of compromise&rsquo;",
                                              "2014-10-17")));
  server.Get(k_story_49028,
             page(un_news_page(k_story_49028,
                               "Mali: Ban voices &#8216;outrage&#8217; as UN peacekeeper killed "
                               "in second deadly attack this month",
                               "2014-10-08")));
  // The UN News Centre's legacy URLs redirect to the stories' new homes.
  server.Get("/apps/news/story.asp",
             [](const httplib::Request& request, httplib::Response& response) {
               const std::string id = request.get_param_value("NewsID");
               const std::string target = id == "49740"   ? k_story_49740
                                          : id == "49110" ? k_story_49110
                                          : id == "49028" ? k_story_49028
                                                          : std::string();
               if (target.empty()) {
                 response.status = 404;
                 return;
               }
               response.set_redirect("http://news.un.org" + target, 301);
             });
  server.Get(k_reuters_path, page(k_reuters_page));
  server.Get("/paywalled", page(k_paywalled_page));
  server.Get("/premium/story", [](const httplib::Request&, httplib::Response& response) {
    response.set_redirect("/account/login?next=%2Fpremium%2Fstory", 302);
  });
  server.Get("/account/login", page("<html><head><title>Sign in | Example</title></head>"
                                    "<body><form></form></body></html>"));
  server.Get("/malformed", [](const httplib::Request&, httplib::Response& response) {
    response.set_content(std::string("<html><he\0ad><<<meta <title \xFF\xFE<div<<div>>>", 40) +
                             std::string(5000, '<'),
                         "text/html");
  });
  server.Get("/huge", [](const httplib::Request&, httplib::Response& response) {
    std::string body =
        "<html><head><title>A very long page | Example</title>"
        "<meta property=\"og:title\" content=\"A very long page\"></head><body>";
    while (body.size() < 3 * (1 << 20)) {
      body += "<p>Paragraph of a very long page, repeated to pass the engine's body cap.</p>\n";
    }
    response.set_content(body + "</body></html>", "text/html");
  });
  server.Get("/slow", [](const httplib::Request&, httplib::Response& response) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1500));
    response.set_content("<title>Too late</title>", "text/html");
  });
  server.Get("/limited", [](const httplib::Request&, httplib::Response& response) {
    response.status = 429;
    response.set_header("Retry-After", "1");
    response.set_content("slow down", "text/plain");
  });
  server.Get("/no-title", page("<html><head><meta property='og:site_name' content='Example'>"
                               "<title>Example</title></head><body>app shell</body></html>"));
}

const std::vector<std::string> k_hosts = {"www.un.org", "news.un.org", "www.reuters.com",
                                          "www.example.org"};

Citation news_citation(const std::string& url, const std::string& title,
                       const std::string& outlet = "", const std::string& issued = "") {
  Citation citation;
  citation.id = "1.1";
  citation.footnote = 1;
  citation.kind = Kind::news;
  citation.urls = {url};
  citation.title = title;
  citation.container_title = outlet;
  citation.issued = issued;
  return citation;
}

/// One engine, one store, one site per test.
struct Fixture {
  NewsSite site{setup_site};
  MemoryStore store;
  std::map<std::string, std::string> settings;
  std::unique_ptr<citecheck::Engine> engine;
  NewsPlugin plugin;

  explicit Fixture(const std::function<void(citecheck::EngineOptions&)>& adjust = {}) {
    citecheck::EngineOptions options = site.engine_options(k_hosts);
    if (adjust) {
      adjust(options);
    }
    engine = make_curl_engine(options);
  }

  std::optional<Resolution> resolve(
      const Citation& citation,
      std::function<std::optional<LinkCheck>(const std::string&)> link_check = {}) {
    ResolveContext context{*engine, store, settings, "", std::move(link_check)};
    return plugin.resolve(citation, context);
  }
};

json details_of(const Resolution& resolution) {
  return json::parse(resolution.details_json);
}

}  // namespace

TEST_SUITE("plugin_news") {
  TEST_CASE("page_resolution: UN News Centre legacy links followed to the story (fn 13, 14)") {
    Fixture f;
    REQUIRE(f.site.ok());
    struct Case {
      std::string url;
      std::string title;
      std::string issued;
      std::string path;
    };
    const Case cases[] = {
        {"http://www.un.org/apps/news/story.asp?NewsID=49740#VMkQ8C4X4x-",
         "Peace Process in Mali at 'crucial Stage' UN Peacekeeping Chief Tells Security Council",
         "2015-01-06", k_story_49740},
        {"http://www.un.org/apps/news/story.asp?NewsID=49110#VEUVpMm5T5M",
         "With Mali Peace Talks Set to Resume, Security Council Urges 'Spirit of Compromise'",
         "2014-10-17", k_story_49110},
        {"http://www.un.org/apps/news/story.asp?NewsID=49028#.VE46S8m5T5M",
         "Mali: Ban Voices \"outrage\" as UN Peacekeeper Killed in Second Deadly Attack This Month",
         "2014-10-08", k_story_49028},
    };
    for (const Case& c : cases) {
      CAPTURE(c.url);
      const auto resolution =
          f.resolve(news_citation(c.url, c.title, "United Nations News Centre", c.issued));
      REQUIRE(resolution.has_value());
      CHECK(resolution->plugin == "news");
      CHECK(resolution->status == "resolved");
      CHECK(resolution->url == "http://news.un.org" + c.path);
      CHECK(resolution->identity == "http://news.un.org" + c.path);
      CHECK(resolution->date == c.issued);
      CHECK(resolution->title.find("UN News") == std::string::npos);
      CHECK(resolution->confidence >= 0.8);
      const json details = details_of(*resolution);
      CHECK(details["site_name"] == "UN News");
      CHECK(details["date_matches"] == true);
      CHECK(details["outlet_matches"] == true);
      CHECK(details["paywall"] == false);
      CHECK(details["title_similarity"].get<double>() >= 0.8);
    }
  }

  TEST_CASE("page_resolution: the Reuters article, its OCR'd id repaired (fn 11)") {
    Fixture f;
    Citation citation = news_citation(
        "http://www.reuters.com/article/2015/03/16/us-mali-talks-idUSKBNOMCOWD20150316", "");
    citation.url_candidates = {"http://www.reuters.com" + k_reuters_path};
    const auto resolution = f.resolve(citation);
    REQUIRE(resolution.has_value());
    CHECK(resolution->status == "resolved");
    CHECK(resolution->title == "Mali's Tuareg-led rebels reject peace deal, ask for more talks");
    CHECK(resolution->date == "2015-03-16");
    CHECK(resolution->url == "https://www.reuters.com/article/us-mali-talks-idUSKBN0MC0WD20150316");
    const json details = details_of(*resolution);
    CHECK(details["authors"] == json::array({"Tiemoko Diallo"}));
    CHECK(details["site_name"] == "Reuters");
    CHECK(details["repaired_url"] == "http://www.reuters.com" + k_reuters_path);
    CHECK(details["title_similarity"].is_null());  // the footnote gives no title
    CHECK(f.site.requests("/article/2015/03/16/us-mali-talks-idUSKBNOMCOWD20150316") == 1);
    CHECK(f.site.requests(k_reuters_path) == 1);

    // Without candidates the OCR'd URL is simply not there.
    Citation bare = citation;
    bare.url_candidates.clear();
    const auto unresolved = f.resolve(bare);
    REQUIRE(unresolved.has_value());
    CHECK(unresolved->status == "unresolved");
    CHECK(unresolved->reason == "page not found (404)");
  }

  TEST_CASE("page_resolution: the outlet may be the footnote's publisher") {
    Fixture f;
    Citation citation = news_citation(
        "http://www.un.org/apps/news/story.asp?NewsID=49740",
        "Peace Process in Mali at 'crucial Stage' UN Peacekeeping Chief Tells Security Council",
        "UN Peacekeeping Chief Tells Security Council");
    citation.publisher = "United Nations News Centre";
    const auto resolution = f.resolve(citation);
    REQUIRE(resolution.has_value());
    CHECK(details_of(*resolution)["outlet_matches"] == true);
    citation.publisher = "Al Jazeera";
    CHECK(details_of(*f.resolve(citation))["outlet_matches"] == false);
  }

  TEST_CASE("page_resolution: a title the page does not carry is a mismatch") {
    Fixture f;
    const auto resolution = f.resolve(news_citation(
        "http://www.un.org/apps/news/story.asp?NewsID=49110",
        "Peace Process in Mali at 'crucial Stage' UN Peacekeeping Chief Tells Security Council"));
    REQUIRE(resolution.has_value());
    CHECK(resolution->status == "mismatch");
    CHECK(resolution->reason.starts_with(
        "title_mismatch: cited 'Peace Process in Mali at 'crucial Stage' UN Peacekeeping Chief "
        "Tells Security Council' but the page says 'With Mali peace talks set to resume"));
    CHECK(resolution->confidence < 0.5);
    CHECK(details_of(*resolution)["title_similarity"].get<double>() < 0.5);
  }

  TEST_CASE("page_resolution: an OCR-noisy cited title still matches") {
    Fixture f;
    const auto resolution =
        f.resolve(news_citation("http://www.un.org/apps/news/story.asp?NewsID=49740",
                                "Peace Proccss in MaIi at \xE2\x80\x98"
                                "crucial Stagc\xE2\x80\x99 UN Peacekeepmg Chief "
                                "TelIs Securitv Council",
                                "UN News Centre", "2015-01-07"));
    REQUIRE(resolution.has_value());
    CHECK(resolution->status == "resolved");
    CHECK(resolution->confidence >= 0.8);
    CHECK(details_of(*resolution)["date_matches"] == true);  // a day apart: time zones
    CHECK(resolution->url == "http://news.un.org" + k_story_49740);
  }

  TEST_CASE("page_resolution: a paywalled article is resolved and says so, never a mismatch") {
    Fixture f;
    const auto matching =
        f.resolve(news_citation("http://www.example.org/paywalled", "Inside Mali's fragile peace"));
    REQUIRE(matching.has_value());
    CHECK(matching->status == "resolved");
    const json details = details_of(*matching);
    CHECK(details["paywall"] == true);
    CHECK(details["paywall_signal"].get<std::string>().find("isAccessibleForFree") !=
          std::string::npos);
    const auto other = f.resolve(
        news_citation("http://www.example.org/paywalled", "Ebola outbreak declared over"));
    REQUIRE(other.has_value());
    CHECK(other->status == "resolved");
    CHECK(details_of(*other)["paywall"] == true);
  }

  TEST_CASE("page_resolution: a redirect to a login form is a wall, not a mismatch") {
    Fixture f;
    const auto resolution = f.resolve(
        news_citation("http://www.example.org/premium/story#comments", "Mali peace deal signed"));
    REQUIRE(resolution.has_value());
    CHECK(resolution->status == "unresolved");
    CHECK(resolution->reason.starts_with("paywall: page behind a login wall"));
    CHECK(resolution->reason.find("/account/login") != std::string::npos);
    CHECK(resolution->url.find('#') == std::string::npos);
    CHECK(details_of(*resolution)["paywall"] == true);
  }

  TEST_CASE("page_resolution: malformed HTML degrades to unresolved") {
    Fixture f;
    const auto resolution = f.resolve(news_citation("http://www.example.org/malformed", "T"));
    REQUIRE(resolution.has_value());
    CHECK(resolution->status == "unresolved");
    CHECK(resolution->reason.starts_with("no metadata readable"));
  }

  TEST_CASE("page_resolution: a page past the engine's cap is read from its head") {
    Fixture f;
    const auto start = std::chrono::steady_clock::now();
    const auto resolution =
        f.resolve(news_citation("http://www.example.org/huge", "A Very Long Page"));
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    REQUIRE(resolution.has_value());
    CHECK(resolution->status == "resolved");
    CHECK(resolution->title == "A very long page");
    CHECK(details_of(*resolution)["truncated"] == true);
    CHECK(seconds < 5.0);
  }

  TEST_CASE("page_resolution: a server that does not answer in time") {
    Fixture f([](citecheck::EngineOptions& options) {
      options.timeout = std::chrono::milliseconds(300);
    });
    const auto resolution = f.resolve(news_citation("http://www.example.org/slow", "Too late"));
    REQUIRE(resolution.has_value());
    CHECK(resolution->status == "unresolved");
    CHECK(resolution->reason.find("timed out") != std::string::npos);
    CHECK(f.store.size() == 0);  // transient: asked again next run
  }

  TEST_CASE("page_resolution: 429 with Retry-After is waited for once, then reported") {
    Fixture f([](citecheck::EngineOptions& options) { options.max_retries = 1; });
    const auto start = std::chrono::steady_clock::now();
    const auto resolution = f.resolve(news_citation("http://www.example.org/limited", "T"));
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    REQUIRE(resolution.has_value());
    CHECK(resolution->status == "unresolved");
    CHECK(resolution->reason.find("429, Retry-After: 1") != std::string::npos);
    CHECK(f.site.requests("/limited") == 2);
    CHECK(seconds >= 0.9);
    CHECK(f.store.size() == 0);
  }

  TEST_CASE("page_resolution: a second resolve makes no request for what is fresh") {
    Fixture f;
    const Citation story = news_citation(
        "http://www.un.org/apps/news/story.asp?NewsID=49740#VMkQ8C4X4x-",
        "Peace Process in Mali at 'crucial Stage' UN Peacekeeping Chief Tells Security Council");
    const Citation dead = news_citation("http://www.un.org/apps/news/story.asp?NewsID=1", "Gone");
    const auto first = f.resolve(story);
    const auto first_dead = f.resolve(dead);
    const int requests = f.site.requests();
    CHECK(requests == 3);  // redirect + story, and the 404
    // The same page cited again, under another fragment, with another title.
    Citation again = story;
    again.urls = {"HTTP://WWW.UN.ORG/apps/news/story.asp?NewsID=49740"};
    again.title = "Ebola outbreak declared over";
    const auto second = f.resolve(story);
    const auto second_dead = f.resolve(dead);
    const auto third = f.resolve(again);
    CHECK(f.site.requests() == requests);
    REQUIRE((first && second && third && first_dead && second_dead));
    CHECK(second->status == first->status);
    CHECK(second->title == first->title);
    CHECK(details_of(*second)["from_cache"] == true);
    CHECK(third->status == "mismatch");  // compared afresh: the cache holds the page, not a verdict
    CHECK(second_dead->reason == first_dead->reason);
    const std::string key = "http://www.un.org/apps/news/story.asp?NewsID=49740";
    CHECK(f.store.max_age("news", key) == citecheck::plugins::news::k_page_max_age);
    CHECK(f.store.max_age("news", "http://www.un.org/apps/news/story.asp?NewsID=1") ==
          citecheck::plugins::news::k_failure_max_age);

    // Settings change the ages; 0 days keeps nothing.
    f.settings["news.cache_days"] = "0";
    MemoryStore fresh;
    ResolveContext context{*f.engine, fresh, f.settings, "", {}};
    CHECK(f.plugin.resolve(story, context).has_value());
    CHECK(fresh.size() == 0);
  }

  TEST_CASE("page_resolution: a link the checker found dead is not fetched") {
    Fixture f;
    const auto resolution =
        f.resolve(news_citation("http://www.example.org/gone", "T"), [](const std::string& url) {
          LinkCheck check;
          check.url = url;
          check.state = LinkState::dead;
          check.status = 404;
          check.evidence.signal = "404 Not Found";
          return std::optional<LinkCheck>(check);
        });
    REQUIRE(resolution.has_value());
    CHECK(resolution->status == "unresolved");
    CHECK(resolution->reason == "link dead: 404 Not Found");
    CHECK(f.site.requests() == 0);
    // A link the checker found fine is fetched.
    const auto fine = f.resolve(news_citation("http://www.example.org/paywalled", "Inside Mali"),
                                [](const std::string&) {
                                  LinkCheck check;
                                  check.state = LinkState::ok;
                                  return std::optional<LinkCheck>(check);
                                });
    REQUIRE(fine.has_value());
    CHECK(fine->status == "resolved");
    CHECK(f.site.requests() == 1);
  }

  TEST_CASE("page_resolution: a page that gives only the site's name has nothing to compare") {
    Fixture f;
    const auto resolution =
        f.resolve(news_citation("http://www.example.org/no-title", "Mali peace deal signed"));
    REQUIRE(resolution.has_value());
    CHECK(resolution->status == "resolved");
    CHECK(details_of(*resolution)["title_similarity"].is_null());
  }

  TEST_CASE("page_resolution: other kinds and citations without URLs are not ours") {
    Fixture f;
    Citation document = news_citation("http://www.un.org/apps/news/story.asp?NewsID=49740", "T");
    document.kind = Kind::un_document;
    CHECK_FALSE(f.resolve(document).has_value());
    document.kind = Kind::journal_article;
    CHECK_FALSE(f.resolve(document).has_value());
    Citation no_url = news_citation("", "T");
    no_url.urls = {"not a url", "ftp://x.org/a"};
    CHECK_FALSE(f.resolve(no_url).has_value());
    Citation web = news_citation("http://www.example.org/paywalled", "Inside Mali's fragile peace");
    web.kind = Kind::web;
    CHECK(f.resolve(web).has_value());
    CHECK(f.site.requests() == 1);
  }

  TEST_CASE("page_resolution: many threads at once share one plugin and one store") {
    Fixture f;
    const std::vector<Citation> citations = {
        news_citation("http://www.un.org/apps/news/story.asp?NewsID=49740",
                      "Peace Process in Mali at 'crucial Stage' UN Peacekeeping Chief Tells "
                      "Security Council"),
        news_citation("http://www.un.org/apps/news/story.asp?NewsID=49110",
                      "With Mali Peace Talks Set to Resume, Security Council Urges 'Spirit of "
                      "Compromise'"),
        news_citation("http://www.example.org/paywalled", "Inside Mali's fragile peace"),
        news_citation("http://www.reuters.com" + k_reuters_path, "")};
    std::vector<std::string> statuses(16);
    {
      std::vector<std::jthread> threads;
      for (std::size_t i = 0; i < statuses.size(); ++i) {
        threads.emplace_back([&, i] {
          if (auto resolution = f.resolve(citations[i % citations.size()])) {
            statuses[i] = resolution->status;
          }
        });
      }
    }
    for (const std::string& status : statuses) {
      CHECK(status == "resolved");
    }
  }

  TEST_CASE("page_resolution: dates and outlets compared") {
    using citecheck::plugins::news::dates_agree;
    using citecheck::plugins::news::outlet_agrees;
    CHECK(dates_agree("2015-03-16", "2015-03-16") == true);
    CHECK(dates_agree("2015-03-17", "2015-03-16") == true);
    CHECK(dates_agree("2015-03-19", "2015-03-16") == false);
    CHECK(dates_agree("2015", "2015-03-16") == true);
    CHECK(dates_agree("2015-03", "2015-03-16") == true);
    CHECK(dates_agree("2014", "2015-03-16") == false);
    CHECK_FALSE(dates_agree("", "2015-03-16").has_value());
    CHECK_FALSE(dates_agree("2015", "").has_value());
    CHECK(outlet_agrees("United Nations News Centre", "UN News", "https://news.un.org/en/x") ==
          true);
    CHECK(outlet_agrees("United Nations News Centre", "UN News",
                        "http://www.un.org/apps/news/story.asp?NewsID=49740#VMkQ8C4X4x-") == true);
    CHECK(outlet_agrees("Reuters", "", "https://www.reuters.com/article/x") == true);
    CHECK(outlet_agrees("The Guardian", "Reuters", "https://www.reuters.com/article/x") == false);
    CHECK(outlet_agrees("Example Times", "The Example Times", "https://x.example/a") == true);
    CHECK_FALSE(outlet_agrees("", "Reuters", "https://www.reuters.com/").has_value());
    CHECK_FALSE(outlet_agrees("Some Blog", "", "https://x.example/a").has_value());
  }
}

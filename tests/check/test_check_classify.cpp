#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "check/classify.hpp"
#include "check/parked.hpp"
#include "check/phrases.hpp"
#include "check/site.hpp"

using namespace citecheck;
using namespace citecheck::check;

namespace {

struct Case {
  const char* label;
  const char* url;
  const char* final_url;
  std::vector<int> hop_statuses;
  int status;
  NetError error;
  std::vector<Header> headers;
  const char* body;
  LinkState expected;
};

HttpResponse response_of(const Case& c) {
  HttpResponse r;
  r.url = c.url;
  r.final_url = c.final_url;
  r.status = c.status;
  r.error = c.error;
  r.error_text = c.error == NetError::none ? "" : "simulated";
  r.headers = c.headers;
  r.body = c.body;
  // An answer without a body stands for a HEAD answer: a GET's empty body is a finding.
  r.method = r.body.empty() ? "HEAD" : "GET";
  for (int s : c.hop_statuses) {
    r.hops.push_back({c.url, s, c.final_url, {}});
  }
  r.hops.push_back({c.final_url, c.status, "", {}});
  return r;
}

const std::vector<Header> k_html{{"Content-Type", "text/html; charset=utf-8"}};

std::string page(const std::string& title, const std::string& text) {
  return "<html><head><title>" + title + "</title></head><body><h1>" + title + "</h1><p>" + text +
         "</p></body></html>";
}

}  // namespace

TEST_SUITE("check") {
  TEST_CASE("one response, one state") {
    const std::string article = page("Mali peace talks resume", std::string(400, 'x'));
    const std::string missing_fr = page("Page introuvable", "");
    const std::string missing_de = page("Seite nicht gefunden", "");
    const std::string missing_ru = page("Страница не найдена", "");
    const std::string long_title = page(
        "Investigators say the missing flight recorder was not found after a three-week search of "
        "the seabed off the coast",
        std::string(400, 'y'));
    const std::string captcha =
        "<html><head><title>Checking</title></head><body><div "
        "class=\"g-recaptcha\"></div></body></html>";
    const std::string cf = page("Just a moment...", "");
    const std::vector<Case> cases{
        {"plain 200",
         "http://a.test/x",
         "http://a.test/x",
         {},
         200,
         NetError::none,
         k_html,
         article.c_str(),
         LinkState::ok},
        {"404",
         "http://a.test/x",
         "http://a.test/x",
         {},
         404,
         NetError::none,
         k_html,
         "",
         LinkState::dead},
        {"410",
         "http://a.test/x",
         "http://a.test/x",
         {},
         410,
         NetError::none,
         {},
         "",
         LinkState::dead},
        {"403 is a refusal",
         "http://a.test/x",
         "http://a.test/x",
         {},
         403,
         NetError::none,
         {},
         "",
         LinkState::blocked},
        {"401",
         "http://a.test/x",
         "http://a.test/x",
         {},
         401,
         NetError::none,
         {},
         "",
         LinkState::blocked},
        {"429",
         "http://a.test/x",
         "http://a.test/x",
         {},
         429,
         NetError::none,
         {},
         "",
         LinkState::blocked},
        {"451",
         "http://a.test/x",
         "http://a.test/x",
         {},
         451,
         NetError::none,
         {},
         "",
         LinkState::blocked},
        {"999 (LinkedIn)",
         "http://a.test/x",
         "http://a.test/x",
         {},
         999,
         NetError::none,
         {},
         "",
         LinkState::blocked},
        {"Cloudflare challenge header",
         "http://a.test/x",
         "http://a.test/x",
         {},
         403,
         NetError::none,
         {{"cf-mitigated", "challenge"}},
         cf.c_str(),
         LinkState::blocked},
        {"challenge on 503",
         "http://a.test/x",
         "http://a.test/x",
         {},
         503,
         NetError::none,
         k_html,
         cf.c_str(),
         LinkState::blocked},
        {"500",
         "http://a.test/x",
         "http://a.test/x",
         {},
         500,
         NetError::none,
         {},
         "",
         LinkState::server_error},
        {"405 never dead",
         "http://a.test/x",
         "http://a.test/x",
         {},
         405,
         NetError::none,
         {},
         "",
         LinkState::blocked},
        {"soft 404 French title",
         "http://a.test/x",
         "http://a.test/x",
         {},
         200,
         NetError::none,
         k_html,
         missing_fr.c_str(),
         LinkState::soft_404},
        {"soft 404 German title",
         "http://a.test/x",
         "http://a.test/x",
         {},
         200,
         NetError::none,
         k_html,
         missing_de.c_str(),
         LinkState::soft_404},
        {"soft 404 Russian title",
         "http://a.test/x",
         "http://a.test/x",
         {},
         200,
         NetError::none,
         k_html,
         missing_ru.c_str(),
         LinkState::soft_404},
        {"long article title that mentions 'not found' is fine",
         "http://a.test/x",
         "http://a.test/x",
         {},
         200,
         NetError::none,
         k_html,
         long_title.c_str(),
         LinkState::ok},
        {"deep URL sent home",
         "http://a.test/news/2014/story",
         "http://a.test/",
         {302},
         200,
         NetError::none,
         k_html,
         article.c_str(),
         LinkState::soft_404},
        {"deep URL sent to language root",
         "http://a.test/news/story",
         "http://a.test/en/",
         {301},
         200,
         NetError::none,
         k_html,
         article.c_str(),
         LinkState::soft_404},
        {"home page that moved is just a move",
         "http://a.test/",
         "https://a.test/",
         {301},
         200,
         NetError::none,
         k_html,
         article.c_str(),
         LinkState::redirected},
        {"sent to a generic error page",
         "http://a.test/a/b",
         "http://a.test/errors/404.html",
         {302},
         200,
         NetError::none,
         k_html,
         article.c_str(),
         LinkState::soft_404},
        {"permanent move",
         "http://a.test/old",
         "https://b.test/new",
         {301},
         200,
         NetError::none,
         k_html,
         article.c_str(),
         LinkState::redirected},
        {"temporary move is ok",
         "http://a.test/old",
         "http://a.test/new",
         {302},
         200,
         NetError::none,
         k_html,
         article.c_str(),
         LinkState::ok},
        {"login wall",
         "http://a.test/article/1",
         "http://a.test/login?next=/article/1",
         {302},
         200,
         NetError::none,
         k_html,
         article.c_str(),
         LinkState::blocked},
        {"CAPTCHA markup",
         "http://a.test/x",
         "http://a.test/x",
         {},
         200,
         NetError::none,
         k_html,
         captcha.c_str(),
         LinkState::blocked},
        {"dns", "http://nowhere.test/", "", {}, 0, NetError::dns, {}, "", LinkState::dead},
        {"refused", "http://a.test/", "", {}, 0, NetError::connect, {}, "", LinkState::unreachable},
        {"tls", "https://a.test/", "", {}, 0, NetError::tls, {}, "", LinkState::unreachable},
        {"timeout", "http://a.test/", "", {}, 0, NetError::timeout, {}, "", LinkState::timeout},
        {"loop",
         "http://a.test/",
         "",
         {},
         0,
         NetError::redirect_loop,
         {},
         "",
         LinkState::redirect_loop},
        {"11 hops",
         "http://a.test/",
         "",
         {},
         0,
         NetError::too_many_redirects,
         {},
         "",
         LinkState::redirect_loop},
        {"no network is never dead",
         "http://a.test/",
         "",
         {},
         0,
         NetError::no_network,
         {},
         "",
         LinkState::unknown},
        {"deep URL sent to the section above it",
         "http://a.test/news/2014/story.html",
         "http://a.test/news/",
         {301},
         200,
         NetError::none,
         k_html,
         article.c_str(),
         LinkState::soft_404},
        {"deep URL sent to the section above it, no trailing slash",
         "http://a.test/news/2014/story",
         "http://a.test/news",
         {302},
         200,
         NetError::none,
         k_html,
         article.c_str(),
         LinkState::soft_404},
        {"an index file dropped is the same page",
         "http://a.test/reports/index.html",
         "http://a.test/reports/",
         {301},
         200,
         NetError::none,
         k_html,
         article.c_str(),
         LinkState::redirected},
        {"a trailing slash added is the same page",
         "http://a.test/reports/annual",
         "http://a.test/reports/annual/",
         {301},
         200,
         NetError::none,
         k_html,
         article.c_str(),
         LinkState::redirected},
        {"a path that only starts like another is no section of it",
         "http://a.test/newsroom/x",
         "http://a.test/news",
         {302},
         200,
         NetError::none,
         k_html,
         article.c_str(),
         LinkState::ok},
        {"deep http URL sent to the https home page of www.",
         "http://a.test/old/page",
         "https://www.a.test/",
         {301},
         200,
         NetError::none,
         k_html,
         article.c_str(),
         LinkState::soft_404},
        {"deep URL sent to the home page of the owner's other host",
         "https://www.un.org/press/en/2014/sc11500.doc.htm",
         "https://press.un.org/en",
         {301, 301},
         200,
         NetError::none,
         k_html,
         article.c_str(),
         LinkState::soft_404},
        {"a project site moved to another owner's home page is a move",
         "https://foo.github.io/project/page",
         "https://bar.github.io/",
         {301},
         200,
         NetError::none,
         k_html,
         article.c_str(),
         LinkState::redirected},
        {"http to https, same path: moved",
         "http://a.test/x",
         "https://a.test/x",
         {301},
         200,
         NetError::none,
         k_html,
         article.c_str(),
         LinkState::redirected},
        {"a cited PDF sent to a web page",
         "http://a.test/docs/annual-report-2014.pdf",
         "http://a.test/publications",
         {301},
         200,
         NetError::none,
         k_html,
         article.c_str(),
         LinkState::soft_404},
        {"a cited PDF sent to a viewer that names it",
         "http://a.test/docs/annual-report-2014.pdf",
         "http://a.test/viewer?file=Annual-Report-2014.pdf",
         {302},
         200,
         NetError::none,
         k_html,
         article.c_str(),
         LinkState::ok},
        {"a cited PDF moved to another PDF",
         "http://a.test/docs/annual-report-2014.pdf",
         "http://a.test/files/ar2014.pdf",
         {301},
         200,
         NetError::none,
         {{"Content-Type", "application/pdf"}},
         "%PDF-1.7",
         LinkState::redirected},
        {"a consent host",
         "https://news.a.test/story/123",
         "https://consent.a.test/v2/collectConsent?sessionId=1",
         {302},
         200,
         NetError::none,
         k_html,
         article.c_str(),
         LinkState::blocked},
        {"a consent path",
         "https://www.a.test/world/story",
         "https://www.a.test/privacy-gate/?continue=/world/story",
         {302},
         200,
         NetError::none,
         k_html,
         article.c_str(),
         LinkState::blocked},
        {"an article about consent is not a wall",
         "https://www.a.test/consent/article-on-consent",
         "https://www.a.test/consent/article-on-consent-2",
         {301},
         200,
         NetError::none,
         k_html,
         article.c_str(),
         LinkState::redirected},
        {"AWS WAF challenge, 202",
         "http://a.test/x",
         "http://a.test/x",
         {},
         202,
         NetError::none,
         {{"Content-Type", "text/html"}, {"x-amzn-waf-action", "challenge"}},
         "<html><body><script src=\"challenge.js\"></script></body></html>",
         LinkState::blocked},
        {"DataDome captcha page, 200",
         "http://a.test/x",
         "http://a.test/x",
         {},
         200,
         NetError::none,
         k_html,
         "<html><head><title>a.test</title></head><body><iframe "
         "src=\"https://geo.captcha-delivery.com/captcha/?initialCid=1\"></iframe></body></html>",
         LinkState::blocked},
        {"PerimeterX block page, 200",
         "http://a.test/x",
         "http://a.test/x",
         {},
         200,
         NetError::none,
         k_html,
         "<html><head><title>Access to this page has been denied</title></head><body><div "
         "id=\"px-captcha\"></div></body></html>",
         LinkState::blocked},
        {"a rate-limit page sent with 200",
         "http://a.test/x",
         "http://a.test/x",
         {},
         200,
         NetError::none,
         k_html,
         "<html><head><title>429 Too Many Requests</title></head><body>Slow down.</body></html>",
         LinkState::blocked},
        {"PDF without body",
         "http://a.test/f.pdf",
         "http://a.test/f.pdf",
         {},
         200,
         NetError::none,
         {{"Content-Type", "application/pdf"}},
         "",
         LinkState::ok},
    };
    const CheckRules rules;
    for (const auto& c : cases) {
      SUBCASE(c.label) {
        const HttpResponse r = response_of(c);
        const PageSignals p = read_page(r.header("content-type"), r.body);
        const Verdict v = classify(r, p, rules, nullptr);
        INFO("signal: " << v.signal);
        CHECK(to_string(v.state) == to_string(c.expected));
        CHECK_FALSE(v.signal.empty());
      }
    }
  }

  TEST_CASE("a parked or for-sale domain is a soft 404, never a move to follow") {
    const std::string caf =
        "<html><head><title>old-project.org</title><script "
        "src=\"//www.google.com/adsense/domains/caf.js\"></script></head><body><div "
        "id=\"relatedsearches\"></div>Related searches</body></html>";
    const std::string for_sale = page("old-project.org is for sale | Inquire now", "");
    const std::string de = page("Diese Domain steht zum Verkauf", "");
    const std::string lander = page("old-project.org", "This domain may be for sale. Contact us.");
    const std::string article_about_parking = page(
        "How domain parking works",
        "A domain for sale often shows a page from sedoparking.com. " + std::string(5000, 'p'));
    const std::string cars = page("Classic cars for sale", std::string(400, 'c'));
    const std::string market = "https://www.hugedomains.com/domain_profile.cfm?d=old-project.org";
    struct Row {
      const char* label;
      std::string url;
      std::string final_url;
      std::vector<int> hops;
      std::string body;
      LinkState expected;
    };
    const std::vector<Row> rows{
        {"parking script", "http://old-project.org/report/2014", "", {}, caf, LinkState::soft_404},
        {"parked home page", "http://old-project.org/", "", {}, caf, LinkState::soft_404},
        {"'<domain> is for sale'",
         "http://www.old-project.org/a",
         "",
         {},
         for_sale,
         LinkState::soft_404},
        {"German title", "http://old-project.org/a", "", {}, de, LinkState::soft_404},
        {"short lander text", "http://old-project.org/a", "", {}, lander, LinkState::soft_404},
        {"moved to a marketplace: not 'redirected'",
         "http://old-project.org/a",
         market,
         {301},
         page("old-project.org", std::string(400, 'm')),
         LinkState::soft_404},
        {"citing the marketplace itself",
         "https://www.hugedomains.com/blog/why",
         "",
         {},
         page("Why buy a domain", std::string(400, 'b')),
         LinkState::ok},
        {"an article about parking",
         "http://news.test/parking",
         "",
         {},
         article_about_parking,
         LinkState::ok},
        {"other things for sale", "http://cars.test/classics", "", {}, cars, LinkState::ok},
    };
    for (const Row& row : rows) {
      CAPTURE(row.label);
      HttpResponse r;
      r.url = row.url;
      r.final_url = row.final_url.empty() ? row.url : row.final_url;
      r.status = 200;
      r.headers = k_html;
      r.body = row.body;
      for (int status : row.hops)
        r.hops.push_back({row.url, status, r.final_url, {}});
      r.hops.push_back({r.final_url, 200, "", {}});
      const Verdict v = classify(r, read_page("text/html", r.body), {}, nullptr);
      INFO("signal: " << v.signal);
      CHECK(to_string(v.state) == to_string(row.expected));
      if (row.expected == LinkState::soft_404)
        CHECK(v.signal.find("domain") != std::string::npos);
      CHECK(v.moved_to.empty());
    }
  }

  TEST_CASE("hosts and sites of URLs") {
    CHECK(url_host("http://user:pw@Www.Example.org:8080/x?y#z") == "www.example.org");
    CHECK(url_host("https://[2001:db8::1]:443/a") == "[2001:db8::1]");
    CHECK(url_host("https://[2001:db8::1]/a") == "[2001:db8::1]");
    CHECK(url_host("not a url").empty());
    CHECK(same_site("http://un.org/x", "https://www.un.org/"));
    CHECK(same_site("https://www.un.org/a", "https://UN.org:443/b"));
    CHECK_FALSE(same_site("https://news.un.org/a", "https://www.un.org/"));
    CHECK_FALSE(same_site("https://un.org.evil.test/", "https://un.org/"));
    CHECK_FALSE(same_site("mailto:a@b.test", "mailto:a@b.test"));
    // Owners, by the Public Suffix List.
    CHECK(registrable_domain("press.un.org") == "un.org");
    CHECK(registrable_domain("news.bbc.co.uk") == "bbc.co.uk");
    CHECK(registrable_domain("a.b.example.com.au") == "example.com.au");
    CHECK(registrable_domain("foo.github.io") == "foo.github.io");  // a suffix others build on
    CHECK(registrable_domain("127.0.0.1") == "127.0.0.1");
    CHECK(registrable_domain("[::1]") == "[::1]");
    CHECK(registrable_domain("localhost") == "localhost");
    CHECK(same_owner("https://www.un.org/press/x", "https://press.un.org/en"));
    CHECK_FALSE(same_owner("https://foo.github.io/x", "https://bar.github.io/"));
    CHECK_FALSE(same_owner("https://un.org.evil.test/", "https://un.org/"));
  }

  TEST_CASE("page titles are lower-cased letter by letter, lower case kept") {
    // Latin Extended-A has capitals on even code points, except Ĺ..ň and Ź..ž (odd).
    CHECK(read_page("text/html", page("ŁÓDŹ ŻÓŁĆ Ňa Ÿ ĀĒ", "")).title == "łódź żółć ňa ÿ āē");
    CHECK(read_page("text/html", page("łódź żółć ňa ÿ āē ĸ ŉ ſ", "")).title ==
          "łódź żółć ňa ÿ āē ĸ ŉ ſ");
    CHECK(read_page("text/html", page("СТРАНИЦА Ёж ΣΕΛΊΔΑ", "")).title == "страница ёж σελίδα");
  }

  TEST_CASE("each not-found phrase, as a page title written in capitals, makes a soft 404") {
    for (std::string_view phrase : k_not_found_phrases) {
      CAPTURE(phrase);
      // The title as a site writes it: capitalised where the script has capitals.
      std::string title(phrase);
      if (!title.empty() && title[0] >= 'a' && title[0] <= 'z')
        title[0] = static_cast<char>(title[0] - 32);
      HttpResponse r;
      r.url = r.final_url = "http://a.test/some/page";
      r.status = 200;
      r.method = "GET";
      r.headers = k_html;
      r.body = page(title, std::string(400, 'x'));
      r.hops.push_back({r.url, 200, "", {}});
      CHECK(classify(r, read_page("text/html", r.body), {}, nullptr).state == LinkState::soft_404);
    }
  }

  TEST_CASE("each parked-domain phrase is found in a short page's text") {
    for (std::string_view phrase : k_parked_phrases) {
      CAPTURE(phrase);
      HttpResponse r;
      r.url = r.final_url = "http://lapsed.test/a";
      r.status = 200;
      r.headers = k_html;
      r.body = page("Welcome", "Hello. " + std::string(phrase) + ". Contact the owner.");
      CHECK(parked_domain(r, read_page("text/html", r.body)).has_value());
    }
  }

  TEST_CASE("every phrase and marker is lower case and none is empty") {
    // An empty phrase would match every page.
    const auto check_all = [](const auto& list) {
      for (std::string_view phrase : list) {
        CAPTURE(phrase);
        CHECK_FALSE(phrase.empty());
        CHECK(ascii_lower(phrase) == phrase);
      }
    };
    check_all(k_not_found_phrases);
    check_all(k_challenge_phrases);
    check_all(k_challenge_markup);
    check_all(k_login_title_phrases);
    check_all(k_login_path_parts);
    check_all(k_error_path_parts);
    check_all(k_parked_phrases);
    check_all(k_parking_markup);
    check_all(k_domain_market_hosts);
    check_all(k_consent_url_parts);
  }

  TEST_CASE("a page asked for in full and sent as nothing is a soft 404") {
    HttpResponse r;
    r.url = r.final_url = "http://a.test/report";
    r.status = 200;
    r.headers = k_html;
    r.method = "GET";
    r.hops.push_back({r.url, 200, "", {}});
    CHECK(classify(r, read_page("text/html", r.body), {}, nullptr).state == LinkState::soft_404);
    r.method = "HEAD";  // no body by definition
    CHECK(classify(r, read_page("text/html", r.body), {}, nullptr).state == LinkState::ok);
    r.method = "GET";
    r.status = 204;
    CHECK(classify(r, read_page("text/html", r.body), {}, nullptr).state == LinkState::ok);
  }

  TEST_CASE("accepted statuses are ok") {
    CheckRules rules;
    rules.accept = {403};
    HttpResponse r;
    r.url = r.final_url = "http://a.test/";
    r.status = 403;
    CHECK(classify(r, {}, rules, nullptr).state == LinkState::ok);

    CheckRules per_host;
    per_host.host_accept["*.a.test"] = {403};
    r.url = r.final_url = "http://www.a.test:8080/page";
    CHECK(classify(r, {}, per_host, nullptr).state == LinkState::ok);
    r.url = r.final_url = "http://b.test/page";
    CHECK(classify(r, {}, per_host, nullptr).state == LinkState::blocked);
  }

  TEST_CASE("a page like the host's random-path answer is a soft 404") {
    const std::string shell = page("Example News", std::string(600, 'z'));
    HttpResponse probe;
    probe.url = probe.final_url = "http://a.test/citecheck-probe-1";
    probe.status = 200;
    probe.headers = k_html;
    probe.body = shell;
    const HostFingerprint fp =
        make_fingerprint(probe, read_page(probe.header("content-type"), probe.body));
    CHECK_FALSE(host_reports_missing_pages(fp));

    HttpResponse same = probe;
    same.url = same.final_url = "http://a.test/news/gone";
    same.hops = {{same.url, 200, "", {}}};
    CHECK(classify(same, read_page("text/html", same.body), {}, &fp).state == LinkState::soft_404);

    HttpResponse other = same;
    other.body = page("A real story", std::string(600, 'q'));
    CHECK(classify(other, read_page("text/html", other.body), {}, &fp).state == LinkState::ok);

    // Script shells: identical but nearly empty pages say nothing; never call them soft 404.
    HttpResponse tiny = same;
    tiny.body = page("App", "");
    HttpResponse tiny_probe = probe;
    tiny_probe.body = tiny.body;
    const HostFingerprint tiny_fp =
        make_fingerprint(tiny_probe, read_page("text/html", tiny_probe.body));
    CHECK(classify(tiny, read_page("text/html", tiny.body), {}, &tiny_fp).state == LinkState::ok);
  }

  TEST_CASE("fingerprints survive the cache") {
    HostFingerprint f{200, "/", "t", "abc", 42};
    const auto back = fingerprint_from_json(to_json_text(f));
    REQUIRE(back);
    CHECK(back->final_path == "/");
    CHECK(back->text_size == 42);
    CHECK_FALSE(fingerprint_from_json("{not json").has_value());
  }
}

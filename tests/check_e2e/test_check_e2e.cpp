// End-to-end: the built `citecheck check` against a real web site on 127.0.0.1.
#include <doctest/doctest.h>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>

#include "loopback_site.hpp"
#include "run_binary.hpp"

using citecheck::test::LoopbackSite;
using citecheck::test::run_citecheck;
using citecheck::test::TempDir;
using nlohmann::json;

namespace {

// A Markdown document with one footnote per URL.
std::string document_citing(const std::vector<std::string>& urls) {
  std::string body = "# Report\n\n";
  std::string notes;
  for (std::size_t i = 0; i < urls.size(); ++i) {
    body += "Claim " + std::to_string(i + 1) + ".[^" + std::to_string(i + 1) + "]\n";
    notes +=
        "[^" + std::to_string(i + 1) + "]: Source " + std::to_string(i + 1) + ", " + urls[i] + "\n";
  }
  return body + "\n" + notes;
}

std::map<std::string, std::string> states_by_url(const json& report) {
  std::map<std::string, std::string> out;
  for (const auto& doc : report["documents"]) {
    for (const auto& link : doc["links"]) {
      out[link["url"].get<std::string>()] = link["state"].get<std::string>();
    }
  }
  return out;
}

const std::string k_fast = " --timeout 3 --connect-timeout 2 --max-retries 0 ";

}  // namespace

TEST_SUITE("check_e2e") {
  TEST_CASE("every state from a real server, then the same run from the cache") {
    LoopbackSite site;
    TempDir dir;
    const std::map<std::string, std::string> expected{
        {site.url("/ok"), "ok"},
        {site.url("/gone"), "dead"},
        {site.url("/removed"), "dead"},
        {site.url("/moved"), "redirected"},
        {site.url("/temp"), "ok"},
        {site.url("/soft"), "soft_404"},
        {site.url("/deep/story"), "soft_404"},
        {site.url("/news/2014/vanished-story"), "soft_404"},  // by the random-path probe
        {site.url("/forbidden"), "blocked"},
        {site.url("/old/refresh-home"), "soft_404"},      // refreshes to the home page
        {site.url("/refresh-header"), "ok"},              // refreshes to /ok
        {site.url("/noscript"), "ok"},                    // its refresh is for no-script browsers
        {site.url("/parked"), "soft_404"},                // a domain parking page
        {site.url("/reports/2014/summary"), "soft_404"},  // moved to its section, not moved
        {site.url("/challenge"), "blocked"},
        {site.url("/broken"), "server_error"},
        {site.url("/loop-a"), "redirect_loop"},
        {"mailto:desk@example.org", "skipped"},
        {"http://127.0.0.1:1/refused", "unreachable"},
    };
    std::vector<std::string> urls;
    for (const auto& [url, state] : expected) {
      urls.push_back(url);
    }
    const auto doc = dir.file("doc.md", document_citing(urls));
    const std::string cache = (dir.path() / "cache.db").string();
    const std::string evidence = (dir.path() / "evidence").string();

    const auto first = run_citecheck("check " + doc + " --format json --cache " + cache +
                                     " --evidence " + evidence + k_fast);
    CHECK(first.exit_code == 1);
    const json report = json::parse(first.out);
    const auto states = states_by_url(report);
    for (const auto& [url, state] : expected) {
      CAPTURE(url);
      REQUIRE(states.count(url) == 1);
      CHECK(states.at(url) == state);
    }
    const auto& link = report["documents"][0]["links"][0];
    for (const char* field :
         {"url", "state", "status", "final_url", "hops", "checked_at", "from_cache", "evidence"}) {
      CHECK(link.contains(field));
    }
    const auto& sent = link["evidence"]["request_headers"];
    REQUIRE(sent.is_array());
    REQUIRE_FALSE(sent.empty());
    CHECK(sent[0][0] == "User-Agent");
    CHECK(sent[0][1].get<std::string>().starts_with("citecheck/"));
    CHECK(std::distance(std::filesystem::directory_iterator(evidence),
                        std::filesystem::directory_iterator{}) == 19);
    CHECK(site.hits("/citecheck-probe") == 0);  // probe paths are random, never fixed
    for (const auto& l : report["documents"][0]["links"]) {
      if (l["url"] == site.url("/refresh-header")) {
        CHECK(l["final_url"] == site.url("/ok"));
        CHECK(l["hops"].size() == 2);
        CHECK(l["evidence"]["signal"].get<std::string>().find("refreshed to") != std::string::npos);
      }
    }
    CHECK(site.hits("/gone") == 1);  // asked as cited, never through /noscript's refresh

    // Warm: every informative result comes from the cache, the site is not asked again.
    const std::size_t before = site.hits();
    const auto second = run_citecheck("check " + doc + " --format json --cache " + cache + k_fast);
    CHECK(second.exit_code == 1);
    const json warm = json::parse(second.out);
    CHECK(states_by_url(warm) == states);
    int cached = 0;
    for (const auto& l : warm["documents"][0]["links"]) {
      cached += l["from_cache"].get<bool>() ? 1 : 0;
    }
    CHECK(cached == 18);  // all but the skipped mailto:
    CHECK(site.hits() == before);
  }

  TEST_CASE("documents are checked in batches; a URL cited in several batches is asked once") {
    LoopbackSite site;
    TempDir dir;
    const std::string shared = site.url("/gone");
    const std::vector<std::string> docs{
        dir.file("one.md", document_citing({shared, site.url("/ok")})),
        dir.file("two.md", document_citing({site.url("/soft"), shared})),
        dir.file("three.md", document_citing({shared, site.url("/forbidden")}))};
    const std::string files = docs[0] + " " + docs[1] + " " + docs[2];
    const std::string cache = (dir.path() / "cache.db").string();
    const std::string evidence = (dir.path() / "evidence").string();
    const auto expect_run = [&](const json& report, bool warm) {
      REQUIRE(report["documents"].size() == 3);
      for (std::size_t i = 0; i < 3; ++i) {
        CHECK(report["documents"][i]["document"] == docs[i]);  // in the order given
        REQUIRE(report["documents"][i]["links"].size() == 2);
        for (const auto& link : report["documents"][i]["links"]) {
          CHECK(link["from_cache"].get<bool>() == warm);  // this run's own answer, or the cache's
          CHECK(link["evidence"]["hops"].size() >= 1);
        }
      }
      CHECK(report["summary"]["distinct_urls"] == 4);
      CHECK(report["summary"]["from_cache"] == (warm ? 4 : 0));
      CHECK(report["summary"]["states"]["dead"] == 1);
      CHECK(report["summary"]["states"]["soft_404"] == 1);
      CHECK(report["summary"]["states"]["blocked"] == 1);
      CHECK(report["summary"]["states"]["ok"] == 1);
    };

    // One document a batch: the shared URL is fetched in the first and taken from what this
    // run found in the other two.
    const auto cold = run_citecheck("check " + files + " --format json --batch-links 1 " +
                                    "--no-soft-404-probe --no-resolve --cache " + cache +
                                    " --evidence " + evidence + k_fast);
    CHECK(cold.exit_code == 1);
    expect_run(json::parse(cold.out), false);
    CHECK(site.hits("/gone") == 1);
    CHECK(std::distance(std::filesystem::directory_iterator(evidence),
                        std::filesystem::directory_iterator{}) == 6);  // one per batch's URL

    const auto warm = run_citecheck("check " + files + " --format json --batch-links 1 " +
                                    "--no-soft-404-probe --no-resolve --cache " + cache + k_fast);
    expect_run(json::parse(warm.out), true);
    CHECK(site.hits("/gone") == 1);

    // Without a cache the run keeps what it found itself.
    const auto uncached = run_citecheck("check " + files + " --format json --batch-links 1 " +
                                        "--no-soft-404-probe --no-resolve --no-cache" + k_fast);
    expect_run(json::parse(uncached.out), false);
    CHECK(site.hits("/gone") == 2);

    // Every format takes the batches in.
    for (const char* format : {"table", "markdown", "junit", "csv", "jsonl"}) {
      CAPTURE(format);
      const auto out = run_citecheck("check " + files + " --format " + format +
                                     " --batch-links 1 --no-soft-404-probe --no-resolve --cache " +
                                     cache + k_fast);
      CHECK(out.exit_code == 1);
      for (const auto& doc : docs) {
        CHECK(out.out.find(std::filesystem::path(doc).filename().string()) != std::string::npos);
      }
    }
    CHECK(site.hits("/gone") == 2);
  }

  TEST_CASE("evidence that cannot be written is an input error; the report is still whole") {
    LoopbackSite site;
    TempDir dir;
    const auto doc = dir.file("doc.md", document_citing({site.url("/ok"), site.url("/gone")}));
    const auto blocker = dir.file("not-a-folder", "x");  // a file where the folder should be
    std::string err;
    const auto result = run_citecheck(
        "check " + doc + " --format json --no-cache --evidence " + blocker + "/evidence" + k_fast,
        "", &err);
    CHECK(result.exit_code == 2);
    CHECK(err.find("not-a-folder") != std::string::npos);
    const json report = json::parse(result.out);  // closed, not cut off
    CHECK(report["documents"][0]["links"].size() == 2);
    CHECK(report["summary"]["distinct_urls"] == 2);
  }

  TEST_CASE("evidence holding bytes that are not UTF-8 is written, fresh and from the cache") {
    LoopbackSite site;
    TempDir dir;
    const auto doc = dir.file("doc.md", document_citing({site.url("/latin1")}));
    const std::string cache = " --cache " + (dir.path() / "cache.db").string();
    for (const char* run : {"fresh", "cached"}) {
      CAPTURE(run);
      const std::string evidence = (dir.path() / run).string();
      const auto result =
          run_citecheck("check " + doc + " --format json --evidence " + evidence + cache + k_fast);
      CHECK(result.exit_code == 0);
      const json report = json::parse(result.out);
      CHECK(report["documents"][0]["links"][0]["state"] == "ok");
      const auto file = std::filesystem::directory_iterator(evidence)->path();
      std::ifstream in(file);
      const json written = json::parse(in);  // valid JSON: the bad bytes became U+FFFD
      const std::string headers = written["evidence"]["hops"].dump();
      CHECK(headers.find("filename=r\xEF\xBF\xBDsum") != std::string::npos);
    }
  }

  TEST_CASE("a stale cache entry is checked again") {
    LoopbackSite site;
    TempDir dir;
    const auto doc = dir.file("doc.md", document_citing({site.url("/ok")}));
    const std::string cache = " --cache " + (dir.path() / "cache.db").string();
    CHECK(run_citecheck("check " + doc + " --format json" + cache + k_fast).exit_code == 0);
    const std::size_t hits = site.hits("/ok");
    CHECK(run_citecheck("check " + doc + " --format json" + cache + k_fast).exit_code == 0);
    CHECK(site.hits("/ok") == hits);
    sleep(2);
    CHECK(
        run_citecheck("check " + doc + " --format json --max-age 1s" + cache + k_fast).exit_code ==
        0);
    CHECK(site.hits("/ok") == hits + 1);
  }

  TEST_CASE("two processes share one cache") {
    LoopbackSite site;
    TempDir dir;
    std::vector<std::string> urls;
    for (int i = 0; i < 60; ++i) {
      urls.push_back(site.url("/ok?item=" + std::to_string(i)));
    }
    const auto doc = dir.file("doc.md", document_citing(urls));
    const std::string args = "check " + doc + " --format json --no-soft-404-probe --cache " +
                             (dir.path() / "cache.db").string() + k_fast;
    // Each process's own exit code and error output, so that a failure says which and why.
    const auto start = [&](const std::string& name) {
      const std::string command = std::string(CITECHECK_BINARY) + " " + args + " >/dev/null 2>" +
                                  (dir.path() / (name + ".err")).string();
      const pid_t child = fork();
      if (child == 0) {
        const int status = std::system(command.c_str());
        _exit(WIFEXITED(status) ? WEXITSTATUS(status) : 125);
      }
      return child;
    };
    const auto errors_of = [&](const std::string& name) {
      std::ifstream in(dir.path() / (name + ".err"));
      return std::string(std::istreambuf_iterator<char>(in), {});
    };
    const pid_t a = start("a");
    const pid_t b = start("b");
    int sa = 0;
    int sb = 0;
    waitpid(a, &sa, 0);
    waitpid(b, &sb, 0);
    INFO("first process: " << errors_of("a"));
    INFO("second process: " << errors_of("b"));
    CHECK(WEXITSTATUS(sa) == 0);
    CHECK(WEXITSTATUS(sb) == 0);
    const auto stats =
        run_citecheck("cache --cache " + (dir.path() / "cache.db").string() + " stats --json");
    REQUIRE(stats.exit_code == 0);
    CHECK(json::parse(stats.out)["entries"].get<int>() == 60);
  }

  TEST_CASE("a run killed mid-way leaves a usable cache; the re-run completes it") {
    LoopbackSite site;
    site.set_slow_ms(300);
    TempDir dir;
    std::vector<std::string> urls;
    for (int i = 0; i < 40; ++i) {
      urls.push_back(site.url("/slow?n=" + std::to_string(i)));
    }
    const auto doc = dir.file("doc.md", document_citing(urls));
    const std::string cache = (dir.path() / "cache.db").string();
    const std::string command = std::string(CITECHECK_BINARY) + " check " + doc +
                                " --format json --no-soft-404-probe --max-concurrency 2 --cache " +
                                cache + k_fast + " >/dev/null 2>&1";
    const pid_t child = fork();
    if (child == 0) {
      execl("/bin/sh", "sh", "-c", ("exec " + command).c_str(), static_cast<char*>(nullptr));
      _exit(127);
    }
    usleep(1500 * 1000);
    kill(child, SIGKILL);
    int status = 0;
    waitpid(child, &status, 0);
    CHECK(WIFSIGNALED(status));
    site.set_slow_ms(0);
    const auto rerun = run_citecheck(
        "check " + doc + " --format json --no-soft-404-probe --cache " + cache + k_fast);
    CHECK(rerun.exit_code == 0);
    CHECK(states_by_url(json::parse(rerun.out)).size() == 40);
  }

  TEST_CASE("no network: said once, links unknown, exit 3, never dead") {
    // A private network namespace has no route anywhere: nothing leaves this machine.
    if (std::system("unshare -n true >/dev/null 2>&1") != 0) {
      MESSAGE("skipped: cannot create a network namespace here");
      return;
    }
    TempDir dir;
    const auto doc = dir.file(
        "doc.md", document_citing({"http://www.un.org/en/peacekeeping/missions/minusma/",
                                   "https://www.reuters.com/article/x", "http://b.example/"}));
    std::string err;
    const auto run =
        run_citecheck("check " + doc + " --format json --no-cache", "unshare -n", &err);
    CHECK(run.exit_code == 3);
    const json report = json::parse(run.out);
    CHECK(report["summary"]["no_network"].get<bool>());
    for (const auto& [url, state] : states_by_url(report)) {
      CHECK(state == "unknown");
    }
    CHECK(err.find("no network") != std::string::npos);
  }

  TEST_CASE("every report format renders the same run") {
    LoopbackSite site;
    TempDir dir;
    const auto doc = dir.file("doc.md", document_citing({site.url("/ok"), site.url("/gone")}));
    const std::string common = " --no-cache" + k_fast + " --format ";
    const auto csv = run_citecheck("check " + doc + common + "csv");
    CHECK(csv.exit_code == 1);
    CHECK(csv.out.starts_with("document,footnote,line,"));
    CHECK(csv.out.find(",dead,404,") != std::string::npos);
    const auto junit = run_citecheck("check " + doc + common + "junit");
    CHECK(junit.out.find("<testsuites") != std::string::npos);
    CHECK(junit.out.find("failures=\"1\"") != std::string::npos);
    const auto md = run_citecheck("check " + doc + common + "markdown");
    CHECK(md.out.find("| dead | 1 |") != std::string::npos);
    const auto jsonl = run_citecheck("check " + doc + common + "jsonl");
    int lines = 0;
    std::istringstream in(jsonl.out);
    for (std::string line; std::getline(in, line);) {
      CHECK(json::parse(line).contains("state"));
      ++lines;
    }
    CHECK(lines == 2);
    const auto table = run_citecheck("check " + doc + common + "table");
    CHECK(table.out.find("dead") < table.out.find("ok\n"));  // broken first
  }

  TEST_CASE("rules: exclude, include, accept; bad input; a broken cache file") {
    LoopbackSite site;
    TempDir dir;
    const auto doc =
        dir.file("doc.md", document_citing({site.url("/forbidden"), site.url("/gone")}));
    const auto accepted = run_citecheck(
        "check " + doc + " --no-cache --format json --accept 403 --exclude /gone" + k_fast);
    CHECK(accepted.exit_code == 0);
    const auto states = states_by_url(json::parse(accepted.out));
    CHECK(states.at(site.url("/forbidden")) == "ok");
    CHECK(states.at(site.url("/gone")) == "skipped");

    std::string err;
    const std::size_t asked = site.hits();
    const auto bad = run_citecheck("check " + doc + " --no-cache --include '(bad'", "", &err);
    CHECK(bad.exit_code == 2);
    CHECK(err.find("(bad") != std::string::npos);
    CHECK(bad.out.empty());       // said before any report begins
    CHECK(site.hits() == asked);  // and before any link is asked
    CHECK(run_citecheck("check /nonexistent/file.md --no-cache", "", &err).exit_code == 2);
    CHECK(err.find("/nonexistent/file.md") != std::string::npos);

    const auto garbage = dir.file("cache.db", std::string(4096, '\x07'));
    CHECK(run_citecheck("check " + doc + " --cache " + garbage, "", &err).exit_code == 2);
    CHECK(err.find(garbage) != std::string::npos);
  }

  TEST_CASE("cache commands: stats, export, prune, clear") {
    LoopbackSite site;
    TempDir dir;
    const auto doc = dir.file("doc.md", document_citing({site.url("/ok"), site.url("/gone")}));
    const std::string cache = (dir.path() / "cache.db").string();
    CHECK(run_citecheck("check " + doc + " --format json --cache " + cache + k_fast).exit_code ==
          1);
    const auto stats = run_citecheck("cache --cache " + cache + " stats --json");
    REQUIRE(stats.exit_code == 0);
    const json s = json::parse(stats.out);
    CHECK(s["entries"].get<int>() == 2);
    CHECK(s["runs"].get<int>() == 1);
    const auto text = run_citecheck("cache --cache " + cache + " stats");
    CHECK(text.out.find(cache) != std::string::npos);

    const auto exported = run_citecheck("cache --cache " + cache + " export");
    REQUIRE(exported.exit_code == 0);
    std::map<std::string, int> types;
    std::istringstream lines(exported.out);
    for (std::string line; std::getline(lines, line);) {
      ++types[json::parse(line)["type"].get<std::string>()];
    }
    CHECK(types["check"] == 2);
    CHECK(types["history"] == 2);
    CHECK(types["run"] == 1);

    CHECK(run_citecheck("cache --cache " + cache + " prune --keep 30d").exit_code == 0);
    CHECK(run_citecheck("cache --cache " + cache + " clear").exit_code == 0);
    CHECK(json::parse(run_citecheck("cache --cache " + cache + " stats --json").out)["entries"]
              .get<int>() == 0);
    std::string err;
    CHECK(run_citecheck("cache --cache " + cache + " prune --keep soon", "", &err).exit_code == 2);
    CHECK(err.find("soon") != std::string::npos);
  }

  TEST_CASE("a document parsed before is taken from the cache; a changed one is parsed again") {
    LoopbackSite site;
    TempDir dir;
    const auto doc = dir.file("doc.md", document_citing({site.url("/ok"), site.url("/gone")}));
    const std::string cache = (dir.path() / "cache.db").string();
    const std::string run =
        "check " + doc + " --format json --no-resolve --cache " + cache + k_fast;
    const auto parses = [&] {
      return json::parse(
                 run_citecheck("cache --cache " + cache + " stats --json").out)["parsed_documents"]
          .get<int>();
    };
    // What a report says of each citation, apart from when and how it was checked.
    const auto citations = [](const json& report) {
      std::vector<std::string> out;
      for (const auto& link : report["documents"][0]["links"]) {
        out.push_back(link["citation"].get<std::string>() + " " + link["url"].get<std::string>() +
                      " line " + std::to_string(link["line"].get<int>()) + " " +
                      link["kind"].get<std::string>() + " " + link["state"].get<std::string>());
      }
      return out;
    };
    const json cold = json::parse(run_citecheck(run).out);
    CHECK(parses() == 1);
    const json warm = json::parse(run_citecheck(run).out);
    CHECK(parses() == 1);
    CHECK(citations(warm) == citations(cold));
    CHECK(citations(cold).size() == 2);

    // The same path with other bytes: parsed again, never the old parse.
    dir.file("doc.md", document_citing({site.url("/ok"), site.url("/gone"), site.url("/soft")}));
    const json changed = json::parse(run_citecheck(run).out);
    CHECK(citations(changed).size() == 3);
    CHECK(parses() == 2);
    CHECK(run_citecheck("cache --cache " + cache + " clear").exit_code == 0);
    CHECK(parses() == 0);
  }

  TEST_CASE("a settings file: per-host accept and exclude; a bad file names its line") {
    LoopbackSite site;
    TempDir dir;
    const auto doc =
        dir.file("doc.md", document_citing({site.url("/forbidden"), site.url("/gone")}));
    const auto settings = dir.file("citecheck.toml",
                                   "max_retries = 0\ntimeout = \"3s\"\n"
                                   "exclude = [\"/gone$\"]\n"
                                   "[hosts.\"127.0.0.1\"]\naccept = [403]\n");
    const auto run =
        run_citecheck("check " + doc + " --no-cache --format json --config " + settings);
    CHECK(run.exit_code == 0);
    const auto states = states_by_url(json::parse(run.out));
    CHECK(states.at(site.url("/forbidden")) == "ok");
    CHECK(states.at(site.url("/gone")) == "skipped");

    const auto bad = dir.file("bad.toml", "timeout = 3\nmax_concurrency = -1\n");
    std::string err;
    CHECK(run_citecheck("check " + doc + " --no-cache --config " + bad, "", &err).exit_code == 2);
    CHECK(err.find("bad.toml:2") != std::string::npos);
  }
}

#pragma once
// Loopback imitations of the Crossref REST API and the doi.org resolver (reference 1.1-1.6):
// `/works?query.bibliographic=...` answers a work-list envelope, `/works/{doi}` a work or
// 404 "Resource not found." in text/plain, doi.org a 302 to the registered URL or a 404
// page. Answers carry Crossref's headers and its "\/" escaping. Modes imitate failures.
// Works are SYNTH except the reference's recorded Frank (1970) example. 127.0.0.1 only.

#include <atomic>
#include <chrono>
#include <mutex>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "engine/loopback.hpp"

namespace citecheck::test {

using json = nlohmann::json;

inline json date_parts(int year, int month = 0, int day = 0) {
  json parts = json::array({year});
  if (month > 0)
    parts.push_back(month);
  if (day > 0)
    parts.push_back(day);
  return {{"date-parts", json::array({parts})}};
}

inline json person(const std::string& given, const std::string& family, bool first) {
  return {{"given", given},
          {"family", family},
          {"sequence", first ? "first" : "additional"},
          {"affiliation", json::array()}};
}

/// Works the fake knows, by DOI.
inline std::vector<json> fake_works() {
  return {
      // Reference 1.5's recorded example.
      {{"DOI", "10.1126/science.169.3946.635"},
       {"title", {"The Structure of Ordinary Water"}},
       {"author", {person("Henry S.", "Frank", true)}},
       {"container-title", {"Science"}},
       {"issued", date_parts(1970, 8, 14)},
       {"published-print", date_parts(1970, 8, 14)},
       {"volume", "169"},
       {"issue", "3946"},
       {"page", "635-641"},
       {"type", "journal-article"},
       {"score", 57.95},
       {"relation", json::object()},
       {"URL", "https://doi.org/10.1126/science.169.3946.635"}},
      // Records that carry the same title as an article without being it: a peer review and
      // a preprint (SYNTH).
      {{"DOI", "10.5555/review.frank.1970"},
       {"title", {"The Structure of Ordinary Water"}},
       {"author", {person("Henry S.", "Frank", true)}},
       {"issued", date_parts(1970, 9)},
       {"type", "peer-review"},
       {"score", 70.0}},
      {{"DOI", "10.31219/osf.io/frank70"},
       {"title", {"The Structure of Ordinary Water"}},
       {"author", {person("Henry S.", "Frank", true)}},
       {"container-title", {"Science"}},
       {"issued", date_parts(1970, 6)},
       {"type", "posted-content"},
       {"score", 65.0}},
      // Unrelated candidates a bibliographic search returns for the CTC Sentinel article,
      // which has no DOI: same region and words, other works.
      {{"DOI", "10.1080/09592318.2014.893972"},
       {"title", {"Guns, money and power in northern Mali"}},
       {"author", {person("Anna", "Lindqvist", true)}},
       {"container-title", {"Small Wars & Insurgencies"}},
       {"issued", date_parts(2014, 5)},
       {"type", "journal-article"},
       {"score", 31.2}},
      {{"DOI", "10.1093/afraf/adu012"},
       {"title", {"The roots of AQIM in the Sahel"}},
       {"author", {person("Morten", "Boas", true), person("Liv Elin", "Torheim", false)}},
       {"container-title", {"African Affairs"}},
       {"issued", date_parts(2013)},
       {"type", "journal-article"},
       {"score", 28.7}},
      {{"DOI", "10.1017/s0022278x14000123"},
       {"title", {"Prayers and politics in Timbuktu"}},
       {"subtitle", {"securing northern Mali after 2012"}},
       {"author", {person("Baz", "Lecocq", true)}},
       {"container-title", {"The Journal of Modern African Studies"}},
       {"issued", date_parts(2014, 6)},
       {"type", "journal-article"},
       {"score", 25.0}},
      // A retracted work; the notice carries update-to, the work updated-by (forum shape).
      {{"DOI", "10.5555/matlett.2019.0142"},
       {"title", {"Self-healing polymer coatings for marine steel"}},
       {"author", {person("Jane", "Okafor", true), person("Wei", "Zhang", false)}},
       {"container-title", {"Materials Letters"}},
       {"issued", date_parts(2019, 3, 2)},
       {"type", "journal-article"},
       {"score", 40.0},
       {"updated-by",
        {{{"DOI", "10.5555/matlett.2019.0999"},
          {"type", "retraction"},
          {"label", "Retraction"},
          {"source", "retraction-watch"},
          {"updated",
           {{"date-parts", {{2019, 7, 26}}},
            {"date-time", "2019-07-26T00:00:00Z"},
            {"timestamp", 1564099200000LL}}},
          {"record-id", "20946"}}}}},
      {{"DOI", "10.5555/matlett.2019.0999"},
       {"title", {"Retraction notice to \"Self-healing polymer coatings for marine steel\""}},
       {"container-title", {"Materials Letters"}},
       {"issued", date_parts(2019, 7)},
       {"type", "journal-article"},
       {"score", 39.0},
       {"update-to",
        {{{"DOI", "10.5555/matlett.2019.0142"},
          {"type", "retraction"},
          {"label", "Retraction"},
          {"source", "publisher"},
          {"updated", date_parts(2019, 7, 26)}}}}},
      // A corrected work (PLOS shape).
      {{"DOI", "10.1371/journal.pone.0033693"},
       {"title", {"Sunlight exposure and vitamin D in coastal fishing communities"}},
       {"author", {person("Maria", "Santos", true)}},
       {"container-title", {"PLoS ONE"}},
       {"issued", date_parts(2012, 3, 21)},
       {"type", "journal-article"},
       {"score", 33.0},
       {"updated-by",
        {{{"DOI", "10.1371/annotation/c76da2c1-0000-0000-0000-000000000000"},
          {"type", "correction"},
          {"label", "Correction"},
          {"source", "publisher"},
          {"updated", date_parts(2012, 5, 8)}}}}},
      // A work whose retraction is known only from the notice (no updated-by on it).
      {{"DOI", "10.5555/jeb.2016.0007"},
       {"title", {"Coral bleaching thresholds in the Red Sea"}},
       {"author", {person("Omar", "Haddad", true)}},
       {"container-title", {"Journal of Experimental Biology"}},
       {"issued", date_parts(2016)},
       {"type", "journal-article"},
       {"score", 30.0}},
      {{"DOI", "10.5555/jeb.2017.0001"},
       // Notices often repeat the retracted work's title word for word.
       {"title", {"Coral bleaching thresholds in the Red Sea"}},
       {"container-title", {"Journal of Experimental Biology"}},
       {"issued", date_parts(2017)},
       {"type", "journal-article"},
       {"score", 29.0},
       {"update-to",
        {{{"DOI", "10.5555/jeb.2016.0007"},
          {"type", "retraction"},
          {"label", "Retraction"},
          {"updated", date_parts(2017, 1, 4)}}}}},
  };
}

/// How the fake Crossref answers.
enum class CrossrefMode {
  normal,
  malformed,          ///< 200 application/json that is not JSON
  truncated,          ///< 200 with the first part of the real answer
  wrong_envelope,     ///< 200 JSON of another shape
  rate_limited,       ///< 429 with Retry-After: 1, always
  rate_limited_once,  ///< 429 with Retry-After: 1, then normal
};

class FakeCrossref {
 public:
  FakeCrossref()
      : m_server([this](httplib::Server& server) {
          server.Get("/works", [this](const httplib::Request& req, httplib::Response& res) {
            search(req, res);
          });
          server.Get(R"(/works/(.+))", [this](const httplib::Request& req, httplib::Response& res) {
            single(req, res);
          });
        }),
        m_resolver([this](httplib::Server& server) {
          server.Get(R"(/(.+))", [this](const httplib::Request& req, httplib::Response& res) {
            resolve(req, res);
          });
        }) {}

  std::string api() const { return m_server.url(""); }
  std::string resolver() const { return m_resolver.url(""); }
  bool ok() const { return m_server.ok() && m_resolver.ok(); }
  int requests() const { return m_requests.load(); }
  int resolver_requests() const { return m_resolver_requests.load(); }
  void set_mode(CrossrefMode mode) { m_mode = mode; }
  /// Target (path and query) of every API request, in order.
  std::vector<std::string> targets() const {
    const std::lock_guard lock(m_mutex);
    return m_targets;
  }
  std::vector<httplib::Params> params() const {
    const std::lock_guard lock(m_mutex);
    return m_params;
  }
  /// When each API request arrived, in order (to see a host limit kept).
  std::vector<std::chrono::steady_clock::time_point> request_times() const {
    const std::lock_guard lock(m_mutex);
    return m_times;
  }

 private:
  /// Crossref's headers and escaping (reference 1.1, 1.3).
  static void send_json(httplib::Response& res, const json& body) {
    std::string text = body.dump();
    std::string escaped;
    for (char c : text) {
      if (c == '/')
        escaped += '\\';
      escaped += c;
    }
    res.set_header("x-api-pool", "polite");
    res.set_header("x-rate-limit-limit", "10");
    res.set_header("x-rate-limit-interval", "1s");
    res.set_header("x-concurrency-limit", "3");
    res.set_header("access-control-allow-origin", "*");
    res.set_content(escaped, "application/json");
  }

  /// Answers a failure mode; true when it did.
  bool failure(httplib::Response& res, const json& normal) {
    CrossrefMode mode = m_mode.load();
    if (mode == CrossrefMode::rate_limited_once) {
      m_mode = CrossrefMode::normal;
      mode = CrossrefMode::rate_limited;
    }
    switch (mode) {
      case CrossrefMode::normal:
        return false;
      case CrossrefMode::malformed:
        res.set_content(
            "{\"status\":\"ok\",\"message-type\":\"work-list\",\"message\":{\"items\":[{\"DOI\":",
            "application/json");
        return true;
      case CrossrefMode::truncated: {
        const std::string text = normal.dump();
        res.set_content(text.substr(0, text.size() * 2 / 3), "application/json");
        return true;
      }
      case CrossrefMode::wrong_envelope:
        res.set_content("{\"status\":\"ok\",\"message-type\":\"member\",\"message\":{}}",
                        "application/json");
        return true;
      case CrossrefMode::rate_limited:
      case CrossrefMode::rate_limited_once:
        res.status = 429;
        res.set_header("Retry-After", "1");
        res.set_header("x-rate-limit-limit", "3");
        res.set_header("x-rate-limit-interval", "1s");
        res.set_content("Too Many Requests", "text/plain");
        return true;
    }
    return false;
  }

  void note(const httplib::Request& req) {
    ++m_requests;
    const std::lock_guard lock(m_mutex);
    m_targets.push_back(req.target);
    m_params.push_back(req.params);
    m_times.push_back(std::chrono::steady_clock::now());
  }

  static bool has(const std::string& query, const char* word) {
    return query.find(word) != std::string::npos;
  }

  void search(const httplib::Request& req, httplib::Response& res) {
    note(req);
    const std::string query = req.get_param_value("query.bibliographic");
    // Which works a bibliographic search returns, most relevant first (scores are SYNTH).
    std::vector<std::string> dois;
    if (has(query, "Guns"))
      dois = {"10.1080/09592318.2014.893972", "10.1093/afraf/adu012", "10.1017/s0022278x14000123"};
    else if (has(query, "rdinary") || has(query, "Water"))
      dois = {"10.5555/review.frank.1970", "10.31219/osf.io/frank70",
              "10.1126/science.169.3946.635", "10.1093/afraf/adu012"};
    else if (has(query, "Self-healing"))
      dois = {"10.5555/matlett.2019.0142", "10.5555/matlett.2019.0999"};
    else if (has(query, "Sunlight"))
      dois = {"10.1371/journal.pone.0033693"};
    else if (has(query, "Coral"))
      dois = {"10.5555/jeb.2017.0001", "10.5555/jeb.2016.0007"};
    json items = json::array();
    for (const std::string& doi : dois) {
      for (const json& work : fake_works()) {
        if (work.at("DOI") == doi)
          items.push_back(work);
      }
    }
    const json body{{"status", "ok"},
                    {"message-type", "work-list"},
                    {"message-version", "1.0.0"},
                    {"message",
                     {{"facets", json::object()},
                      {"total-results", items.size() * 1000 + 17},
                      {"items", items},
                      {"items-per-page", 5},
                      {"query", {{"start-index", 0}, {"search-terms", query}}}}}};
    if (!failure(res, body))
      send_json(res, body);
  }

  void single(const httplib::Request& req, httplib::Response& res) {
    note(req);
    const std::string doi = req.matches[1];
    for (const json& work : fake_works()) {
      if (work.at("DOI") == doi) {
        json message = work;
        message["score"] = 1;
        const json body{{"status", "ok"},
                        {"message-type", "work"},
                        {"message-version", "1.0.0"},
                        {"message", message}};
        if (!failure(res, body))
          send_json(res, body);
        return;
      }
    }
    res.status = 404;
    res.set_content("Resource not found.", "text/plain");
  }

  void resolve(const httplib::Request& req, httplib::Response& res) {
    ++m_resolver_requests;
    const std::string doi = req.matches[1];
    // A DataCite DOI: Crossref has no record, the DOI system sends it to its landing page.
    if (doi == "10.5061/dryad.8515") {
      res.status = 302;
      res.set_header("Location", "https://datadryad.org/stash/dataset/doi:10.5061/dryad.8515");
      res.set_header("Vary", "Origin, Accept");
      res.set_content(
          "<html><head><title>Handle Redirect</title></head><body><a href="
          "\"https://datadryad.org/stash/dataset/doi:10.5061/dryad.8515\">"
          "https://datadryad.org/stash/dataset/doi:10.5061/dryad.8515</a></body></html>",
          "text/html;charset=utf-8");
      return;
    }
    res.status = 404;
    res.set_content(
        "<html><head><title>Error: DOI Not Found</title></head><body>DOI Not Found"
        "</body></html>",
        "text/html;charset=utf-8");
  }

  mutable std::mutex m_mutex;
  std::vector<std::string> m_targets;
  std::vector<httplib::Params> m_params;
  std::vector<std::chrono::steady_clock::time_point> m_times;
  std::atomic<int> m_requests{0};
  std::atomic<int> m_resolver_requests{0};
  std::atomic<CrossrefMode> m_mode{CrossrefMode::normal};
  LoopbackServer m_server;
  LoopbackServer m_resolver;
};

}  // namespace citecheck::test

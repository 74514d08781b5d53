#pragma once
// A loopback imitation of the UN Digital Library's search (TIND/Invenio, reference 2.3):
// `GET /search?p=191__a:"<symbol>" OR ...&of=xm&rg=N` answers a MARCXML collection led by
// the "Search-Engine-Total-Number-Of-Results" comment. Phrase search is exact on 191 $a, so
// a symbol asked with the other qualifier spacing than the catalogue's finds nothing, as on
// the real service. Modes imitate the ways the service fails. 127.0.0.1 only.

#include <atomic>
#include <chrono>
#include <mutex>
#include <regex>
#include <string>
#include <thread>
#include <vector>

#include "engine/loopback.hpp"
#include "support/xml_escape.hpp"

namespace citecheck::test {

/// One catalogue record as the fake serves it.
struct FakeRecord {
  std::string recid;
  std::vector<std::string> symbols;  ///< 191 $a, each its own 191 field
  std::string title;                 ///< 245 $a, with its ISBD " /"
  std::string responsibility;        ///< 245 $c
  std::string date_269;
  std::string date_992;
  std::vector<std::pair<std::string, std::string>> files;  ///< 856 (url, $y label or "")
  bool deleted = false;
};

inline std::string marc_record_xml(const FakeRecord& r) {
  std::string x = "<record>\n  <controlfield tag=\"001\">" + r.recid + "</controlfield>\n";
  x += "  <controlfield tag=\"005\">20231024120000.0</controlfield>\n";
  for (const auto& symbol : r.symbols) {
    x += "  <datafield tag=\"191\" ind1=\" \" ind2=\" \">\n    <subfield code=\"a\">" +
         xml_escape(symbol) + "</subfield>\n    <subfield code=\"b\">" +
         symbol.substr(0, symbol.find('/') + 1) + "</subfield>\n  </datafield>\n";
  }
  x += "  <datafield tag=\"245\" ind1=\" \" ind2=\" \">\n    <subfield code=\"a\">" +
       xml_escape(r.title) + "</subfield>\n";
  if (!r.responsibility.empty())
    x += "    <subfield code=\"c\">" + xml_escape(r.responsibility) + "</subfield>\n";
  x += "  </datafield>\n";
  if (!r.date_269.empty())
    x += "  <datafield tag=\"269\" ind1=\" \" ind2=\" \"><subfield code=\"a\">" + r.date_269 +
         "</subfield></datafield>\n";
  if (!r.date_992.empty())
    x += "  <datafield tag=\"992\" ind1=\" \" ind2=\" \"><subfield code=\"a\">" + r.date_992 +
         "</subfield></datafield>\n";
  for (const auto& [url, label] : r.files) {
    x += "  <datafield tag=\"856\" ind1=\"4\" ind2=\"0\">\n    <subfield code=\"u\">" +
         xml_escape(url) + "</subfield>\n";
    if (!label.empty())
      x += "    <subfield code=\"y\">" + label + "</subfield>\n";
    x += "  </datafield>\n";
  }
  x += "  <datafield tag=\"980\" ind1=\" \" ind2=\" \"><subfield code=\"a\">" +
       std::string(r.deleted ? "DELETED" : "BIB") + "</subfield></datafield>\n</record>\n";
  return x;
}

inline std::string marc_collection_xml(const std::vector<FakeRecord>& records) {
  std::string x =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- Search-Engine-Total-Number-Of-Results: " +
      std::to_string(records.size()) +
      " -->\n<collection xmlns=\"http://www.loc.gov/MARC21/slim\">\n";
  for (const auto& record : records)
    x += marc_record_xml(record);
  return x + "</collection>\n";
}

/// The records of the seed document's UN sources (minusma brief, footnotes 4-7 and 19). The
/// 2013 resolution is catalogued with the space before its year, the 2014 one without, as
/// the catalogue's practice changed (reference 2.1); recids and 005 values are SYNTH.
inline std::vector<FakeRecord> seed_records(const std::string& base) {
  return {
      {"751039",
       {"S/RES/2100 (2013)"},
       "Resolution 2100 (2013) /",
       "adopted by the Security Council at its 6952nd meeting, on 25 April 2013",
       "2013-04-25",
       "2013-04-25",
       {{base + "/record/751039/files/S_RES_2100_%282013%29-EN.pdf", "English"},
        {base + "/record/751039/files/S_RES_2100_%282013%29-FR.pdf", "Français"}},
       false},
      {"773557",
       {"S/RES/2164(2014)"},
       "Resolution 2164 (2014) /",
       "adopted by the Security Council at its 7210th meeting, on 25 June 2014",
       "",
       "2014-06-25",
       {{base + "/record/773557/files/S_RES_2164%282014%29-EN.pdf", ""},
        {base + "/record/773557/files/S_RES_2164%282014%29-AR.pdf", ""}},
       false},
      {"780362",
       {"S/2014/692"},
       "Report of the Secretary-General on the situation in Mali",
       "",
       "2014-09-22",
       "2014-09-22",
       {{base + "/record/780362/files/S_2014_692-EN.pdf", "English"}},
       false},
      {"782017",
       {"S/PV.7274"},
       "The situation in Mali",
       "",
       "2014-10-08",
       "",
       {{base + "/record/782017/files/S_PV.7274-EN.pdf", "English"}},
       false},
      // A withdrawn record that still matches a phrase: readers must skip it.
      {"700001", {"S/2014/6"}, "Withdrawn record", "", "2014-01-06", "", {}, true},
  };
}

/// How the fake answers.
enum class UndlMode {
  normal,
  malformed,          ///< 200 with XML that does not close
  truncated,          ///< 200 with the first half of the real answer
  html,               ///< 200 with the search page's HTML
  blocked,            ///< 202 with an empty body (the bot protection)
  rate_limited,       ///< 429 with Retry-After: 1, every time
  rate_limited_once,  ///< 429 with Retry-After: 1, then normal
  server_error,       ///< 503
};

class FakeUndl {
 public:
  FakeUndl()
      : m_server([this](httplib::Server& server) {
          server.Get("/search", [this](const httplib::Request& req, httplib::Response& res) {
            answer(req, res);
          });
        }) {
    m_records = seed_records(endpoint());
  }

  std::string endpoint() const { return m_server.url(""); }
  bool ok() const { return m_server.ok(); }
  int requests() const { return m_requests.load(); }
  void set_mode(UndlMode mode) { m_mode = mode; }
  /// The `p` patterns asked, in order.
  std::vector<std::string> patterns() const {
    const std::lock_guard lock(m_mutex);
    return m_patterns;
  }

 private:
  void answer(const httplib::Request& req, httplib::Response& res) {
    ++m_requests;
    const std::string pattern = req.get_param_value("p");
    {
      const std::lock_guard lock(m_mutex);
      m_patterns.push_back(pattern);
    }
    UndlMode mode = m_mode.load();
    if (mode == UndlMode::rate_limited_once) {
      m_mode = UndlMode::normal;
      mode = UndlMode::rate_limited;
    }
    switch (mode) {
      case UndlMode::blocked:
        res.status = 202;
        return;
      case UndlMode::rate_limited:
        res.status = 429;
        res.set_header("Retry-After", "1");
        res.set_content("Too Many Requests", "text/plain");
        return;
      case UndlMode::server_error:
        res.status = 503;
        res.set_content("<html><body>Service Unavailable</body></html>", "text/html");
        return;
      case UndlMode::html:
        res.set_content(
            "<!DOCTYPE html><html><head><title>Search Results - UN Digital Library"
            "</title></head><body></body></html>",
            "text/html; charset=utf-8");
        return;
      default:
        break;
    }
    if (req.get_param_value("of") != "xm") {
      res.set_content("<!DOCTYPE html><html><body>results</body></html>", "text/html");
      return;
    }
    // Each `191__a:"..."` phrase matches a 191 $a written exactly so.
    std::vector<FakeRecord> hits;
    static const std::regex k_phrase(R"(191__a:"([^"]*)\")");
    for (auto it = std::sregex_iterator(pattern.begin(), pattern.end(), k_phrase);
         it != std::sregex_iterator(); ++it) {
      const std::string phrase = (*it)[1];
      for (const FakeRecord& record : m_records) {
        for (const std::string& symbol : record.symbols) {
          if (symbol == phrase &&
              std::none_of(hits.begin(), hits.end(),
                           [&](const FakeRecord& hit) { return hit.recid == record.recid; }))
            hits.push_back(record);
        }
      }
    }
    std::string body = marc_collection_xml(hits);
    if (mode == UndlMode::malformed)
      body = "<?xml version=\"1.0\"?>\n<collection><record><controlfield tag=\"001\">1</record>";
    if (mode == UndlMode::truncated)
      body = body.substr(0, body.size() / 2);
    res.set_content(body, "text/xml; charset=utf-8");
  }

  mutable std::mutex m_mutex;
  std::vector<std::string> m_patterns;
  std::vector<FakeRecord> m_records;
  std::atomic<int> m_requests{0};
  std::atomic<UndlMode> m_mode{UndlMode::normal};
  LoopbackServer m_server;
};

}  // namespace citecheck::test

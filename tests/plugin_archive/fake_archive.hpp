#pragma once
// A web archive on 127.0.0.1 that answers as the Wayback Machine does (availability API,
// CDX server, replay with Memento headers) plus a Memento TimeGate, over captures a test
// lists. Faults (malformed or cut JSON, 429, slow or failing answers) are switched on per
// service; every request is counted. Nothing here reaches any other address.

#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <map>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <regex>
#include <string>
#include <thread>
#include <vector>

#include <citecheck/engine.hpp>
#include <citecheck/plugin.hpp>

#include "timestamps.hpp"

namespace citecheck::test {

/// One capture in the fake archive.
struct FakeCapture {
  std::string timestamp;  ///< 14 digits
  int status = 200;       ///< archived status; 0 writes "-" (a revisit) in the CDX
  /// For 3xx captures: the original URL the capture redirected to.
  std::string redirect_to = {};
  /// What the replay answers, when it differs from `status` (revisits).
  int replay_status = 0;
};

/// How a service misbehaves.
enum class Fault {
  none,
  not_json,         ///< 200 with an HTML page
  wrong_shape,      ///< 200 with JSON of another shape
  truncated,        ///< 200 with the first half of the right JSON
  rate_limit,       ///< 429 with Retry-After: 1, every time
  rate_limit_once,  ///< 429 with Retry-After: 1, then normal answers
  slow,             ///< answers after 1.5 s
  server_error,     ///< 503
};

class FakeArchive {
 public:
  FakeArchive() : m_server(std::make_unique<httplib::Server>()) {
    m_server->new_task_queue = [] { return new httplib::ThreadPool(16); };
    m_server->set_keep_alive_timeout(1);
    m_server->set_tcp_nodelay(true);
    m_server->Get("/wayback/available", [this](const auto& req, auto& res) {
      if (!faulted("available", res, [&] { return availability_body(req); })) {
        res.set_content(availability_body(req), "application/json");
      }
    });
    m_server->Get("/cdx/search/cdx", [this](const auto& req, auto& res) {
      if (!faulted("cdx", res, [&] { return cdx_body(req); })) {
        res.set_content(cdx_body(req), "application/json");
      }
    });
    m_server->Get(R"(/web/.*)", [this](const auto& req, auto& res) {
      if (!faulted("replay", res, [] { return std::string("<html></html>"); })) {
        replay(req, res);
      }
    });
    m_server->Get(R"(/timegate/.*)", [this](const auto& req, auto& res) {
      if (!faulted("timegate", res, [] { return std::string("<html></html>"); })) {
        timegate(req, res);
      }
    });
    m_port = m_server->bind_to_any_port("127.0.0.1");
    m_thread = std::thread([this] { m_server->listen_after_bind(); });
    for (int i = 0; i < 500 && !m_server->is_running(); ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
  }
  FakeArchive(const FakeArchive&) = delete;
  FakeArchive& operator=(const FakeArchive&) = delete;
  ~FakeArchive() {
    m_server->stop();
    m_thread.join();
  }

  bool ok() const { return m_port > 0 && m_server->is_running(); }
  std::string url(const std::string& path) const {
    return "http://127.0.0.1:" + std::to_string(m_port) + path;
  }
  std::string replay_url(const std::string& timestamp, const std::string& original) const {
    return url("/web/" + timestamp + "/" + original);
  }

  void add(const std::string& original, std::vector<FakeCapture> captures) {
    std::lock_guard lock(m_mutex);
    auto& list = m_captures[original];
    list.insert(list.end(), captures.begin(), captures.end());
    std::sort(list.begin(), list.end(),
              [](const auto& a, const auto& b) { return a.timestamp < b.timestamp; });
  }
  /// The replay of this original shows the "excluded" page: 200 without Memento-Datetime.
  void exclude(const std::string& original) {
    std::lock_guard lock(m_mutex);
    m_excluded.push_back(original);
  }
  void fault(const std::string& service, Fault fault) {
    std::lock_guard lock(m_mutex);
    m_faults[service] = fault;
  }
  /// The availability API's known habit: nothing, even for archived URLs.
  void availability_says_nothing(bool yes) { m_availability_empty = yes; }
  /// A CDX server that ignores sort=closest and lists captures oldest first.
  void cdx_ignores_sort(bool yes) { m_cdx_ignores_sort = yes; }

  int requests(const std::string& service) const {
    std::lock_guard lock(m_mutex);
    const auto found = m_counts.find(service);
    return found == m_counts.end() ? 0 : found->second;
  }
  int total_requests() const {
    std::lock_guard lock(m_mutex);
    int total = 0;
    for (const auto& [name, count] : m_counts) {
      total += count;
    }
    return total;
  }
  /// Settings that point the plugin here (and at `timegate_archive`'s TimeGate, if given).
  std::map<std::string, std::string> settings(const FakeArchive* timegate_archive = nullptr,
                                              const std::string& mode = "broken") const {
    std::map<std::string, std::string> out{
        {"wayback.endpoint", url("/wayback/available")},
        {"cdx.endpoint", url("/cdx/search/cdx")},
        {"archive.mode", mode},
    };
    if (timegate_archive) {
      out["memento.timegate"] = timegate_archive->url("/timegate/");
    }
    return out;
  }

 private:
  using Seconds = plugins::archive::Seconds;

  static Seconds time_of(const std::string& stamp) {
    return plugins::archive::parse_wayback_timestamp(stamp).value_or(Seconds{});
  }
  static long long gap(const std::string& a, Seconds b) {
    return std::llabs((time_of(a) - b).count());
  }

  template <typename Body>
  bool faulted(const std::string& service, httplib::Response& res, Body body) {
    Fault fault = Fault::none;
    {
      std::lock_guard lock(m_mutex);
      ++m_counts[service];
      fault = m_faults[service];
      if (fault == Fault::rate_limit_once) {
        m_faults[service] = Fault::none;
      }
    }
    switch (fault) {
      case Fault::none:
        return false;
      case Fault::not_json:
        res.set_content("<html><body>Service Temporarily Unavailable</body></html>", "text/html");
        return true;
      case Fault::wrong_shape:
        res.set_content(R"({"error":"backend","archived_snapshots":[1,2]})", "application/json");
        return true;
      case Fault::truncated: {
        const std::string whole = body();
        res.set_content(whole.substr(0, whole.size() / 2), "application/json");
        return true;
      }
      case Fault::rate_limit:
      case Fault::rate_limit_once:
        res.status = 429;
        res.set_header("Retry-After", "1");
        res.set_content("Too Many Requests", "text/plain");
        return true;
      case Fault::slow:
        std::this_thread::sleep_for(std::chrono::milliseconds(1500));
        return false;
      case Fault::server_error:
        res.status = 503;
        res.set_content("Service Unavailable", "text/plain");
        return true;
    }
    return false;
  }

  std::vector<FakeCapture> captures_of(const std::string& original) const {
    std::lock_guard lock(m_mutex);
    const auto found = m_captures.find(original);
    return found == m_captures.end() ? std::vector<FakeCapture>{} : found->second;
  }

  std::string availability_body(const httplib::Request& req) const {
    const std::string original = req.get_param_value("url");
    const std::string stamp = req.get_param_value("timestamp");
    nlohmann::json out{{"url", original}, {"archived_snapshots", nlohmann::json::object()}};
    if (!stamp.empty()) {
      out["timestamp"] = stamp;
    }
    const auto captures = captures_of(original);
    if (m_availability_empty || captures.empty()) {
      return out.dump();
    }
    const Seconds wanted = stamp.empty() ? Seconds::max() : time_of(stamp);
    const auto nearest = std::min_element(captures.begin(), captures.end(), [&](auto& a, auto& b) {
      return gap(a.timestamp, wanted) < gap(b.timestamp, wanted);
    });
    out["archived_snapshots"]["closest"] = {
        {"status", std::to_string(nearest->status)},
        {"available", true},
        {"url", replay_url(nearest->timestamp, original)},
        {"timestamp", nearest->timestamp},
    };
    return out.dump();
  }

  std::string cdx_body(const httplib::Request& req) const {
    const std::string original = req.get_param_value("url");
    std::vector<FakeCapture> rows = captures_of(original);
    if (req.has_param("filter")) {
      // filter=[!]field:regex, on statuscode only here.
      std::string filter = req.get_param_value("filter");
      const bool negate = !filter.empty() && filter.front() == '!';
      if (negate) {
        filter.erase(0, 1);
      }
      if (filter.rfind("statuscode:", 0) == 0) {
        const std::regex pattern(filter.substr(11));
        std::erase_if(rows, [&](const FakeCapture& c) {
          const std::string status = c.status ? std::to_string(c.status) : "-";
          return std::regex_match(status, pattern) == negate;
        });
      }
    }
    if (!m_cdx_ignores_sort && req.get_param_value("sort") == "closest" &&
        req.has_param("closest")) {
      const Seconds wanted = time_of(req.get_param_value("closest"));
      std::stable_sort(rows.begin(), rows.end(), [&](auto& a, auto& b) {
        return gap(a.timestamp, wanted) < gap(b.timestamp, wanted);
      });
    }
    if (req.has_param("limit")) {
      const auto limit = static_cast<std::size_t>(std::stoi(req.get_param_value("limit")));
      if (rows.size() > limit) {
        rows.resize(limit);
      }
    }
    if (rows.empty()) {
      return "[]";
    }
    std::vector<std::string> fields{"urlkey",     "timestamp", "original", "mimetype",
                                    "statuscode", "digest",    "length"};
    if (req.has_param("fl")) {
      fields.clear();
      std::string list = req.get_param_value("fl");
      for (std::size_t at = 0; at <= list.size();) {
        const auto comma = std::min(list.find(',', at), list.size());
        fields.push_back(list.substr(at, comma - at));
        at = comma + 1;
      }
    }
    nlohmann::json out = nlohmann::json::array({fields});
    for (const auto& capture : rows) {
      nlohmann::json row = nlohmann::json::array();
      for (const auto& field : fields) {
        if (field == "timestamp") {
          row.push_back(capture.timestamp);
        } else if (field == "original") {
          row.push_back(original);
        } else if (field == "statuscode") {
          row.push_back(capture.status ? std::to_string(capture.status) : "-");
        } else if (field == "mimetype") {
          row.push_back(capture.status ? "text/html" : "warc/revisit");
        } else {
          row.push_back("-");
        }
      }
      out.push_back(row);
    }
    return out.dump();
  }

  std::string link_header(const std::string& original, const std::vector<FakeCapture>& list,
                          std::size_t at) const {
    const auto memento = [&](const FakeCapture& c, const std::string& rel) {
      return "<" + replay_url(c.timestamp, original) + ">; rel=\"" + rel + "\"; datetime=\"" +
             plugins::archive::http_date(time_of(c.timestamp)) + "\"";
    };
    std::string out = "<" + original + ">; rel=\"original\", <" +
                      url("/web/timemap/link/" + original) +
                      ">; rel=\"timemap\"; type=\"application/link-format\", <" +
                      url("/web/" + original) + ">; rel=\"timegate\"";
    if (at > 0) {
      out += ", " + memento(list[at - 1], "prev memento");
    }
    out += ", " + memento(list[at], "memento");
    if (at + 1 < list.size()) {
      out += ", " + memento(list[at + 1], "next memento");
    }
    return out;
  }

  void not_in_archive(httplib::Response& res) const {
    res.status = 404;
    res.set_content(
        "<html><head><title>Wayback Machine</title></head><body>Hrm. The Wayback "
        "Machine has not archived that URL.</body></html>",
        "text/html");
  }

  void replay(const httplib::Request& req, httplib::Response& res) const {
    static const std::regex k_path(R"(^/web/(\d{1,14})([a-z]{2}_)?/(.+)$)");
    std::smatch match;
    const std::string target = req.target;
    if (!std::regex_match(target, match, k_path)) {
      not_in_archive(res);
      return;
    }
    const std::string stamp = match[1];
    const std::string original = match[3];
    {
      std::lock_guard lock(m_mutex);
      if (std::find(m_excluded.begin(), m_excluded.end(), original) != m_excluded.end()) {
        res.set_header("X-Archive-Wayback-Runtime-Error",
                       "org.archive.wayback.exception.AdministrativeAccessControlException: "
                       "Blocked Site Error");
        res.set_content(
            "<html><body>This URL has been excluded from the Wayback Machine."
            "</body></html>",
            "text/html");
        return;
      }
    }
    const auto list = captures_of(original);
    if (list.empty()) {
      not_in_archive(res);
      return;
    }
    const auto exact = std::find_if(list.begin(), list.end(),
                                    [&](const FakeCapture& c) { return c.timestamp == stamp; });
    if (exact == list.end()) {
      const Seconds wanted = time_of(stamp);
      const auto nearest = std::min_element(list.begin(), list.end(), [&](auto& a, auto& b) {
        return gap(a.timestamp, wanted) < gap(b.timestamp, wanted);
      });
      res.status = 302;
      res.set_header("Location", replay_url(nearest->timestamp, original));
      res.set_header("X-Archive-Redirect-Reason", "found capture at " + nearest->timestamp);
      return;
    }
    const std::size_t at = static_cast<std::size_t>(exact - list.begin());
    const int status = exact->replay_status ? exact->replay_status : exact->status;
    res.status = status ? status : 200;
    res.set_header("Memento-Datetime", plugins::archive::http_date(time_of(stamp)));
    res.set_header("Link", link_header(original, list, at));
    res.set_header("X-Archive-Orig-Date", plugins::archive::http_date(time_of(stamp)));
    if (!exact->redirect_to.empty()) {
      // A captured redirect replays as the redirect, into archive space.
      res.set_header("Location", replay_url(stamp, exact->redirect_to));
      return;
    }
    res.set_content(
        "<html><head><title>Archived page</title></head><body>The page as it was."
        "</body></html>",
        "text/html");
  }

  void timegate(const httplib::Request& req, httplib::Response& res) const {
    const std::string original = req.target.substr(std::string("/timegate/").size());
    const auto list = captures_of(original);
    const auto wanted = plugins::archive::parse_http_date(req.get_header_value("Accept-Datetime"));
    res.set_header("Vary", "accept-datetime");
    if (list.empty()) {
      res.status = 404;
      res.set_content("no mementos", "text/plain");
      return;
    }
    const Seconds when = wanted.value_or(time_of(list.back().timestamp));
    const auto nearest = std::min_element(list.begin(), list.end(), [&](auto& a, auto& b) {
      return gap(a.timestamp, when) < gap(b.timestamp, when);
    });
    res.status = 302;
    res.set_header("Location", replay_url(nearest->timestamp, original));
    res.set_header("Link", "<" + original + ">; rel=\"original\", <" +
                               url("/web/timemap/link/" + original) +
                               ">; rel=\"timemap\"; type=\"application/link-format\"");
  }

  std::unique_ptr<httplib::Server> m_server;
  int m_port = -1;
  std::thread m_thread;
  mutable std::mutex m_mutex;
  std::map<std::string, std::vector<FakeCapture>> m_captures;
  std::vector<std::string> m_excluded;
  std::map<std::string, Fault> m_faults;
  mutable std::map<std::string, int> m_counts;
  std::atomic<bool> m_availability_empty{false};
  std::atomic<bool> m_cdx_ignores_sort{false};
};

/// A ResolutionStore in memory, as the host's cache would be (max age honoured at get).
class MemoryStore final : public ResolutionStore {
 public:
  std::optional<std::string> get(const std::string& plugin, const std::string& key) override {
    std::lock_guard lock(m_mutex);
    const auto found = m_entries.find(plugin + "\n" + key);
    if (found == m_entries.end() || std::chrono::steady_clock::now() > found->second.expires) {
      return std::nullopt;
    }
    return found->second.json;
  }
  void put(const std::string& plugin, const std::string& key, const std::string& json,
           std::chrono::seconds max_age) override {
    std::lock_guard lock(m_mutex);
    m_entries[plugin + "\n" + key] =
        Entry{json, std::chrono::steady_clock::now() + max_age, max_age};
  }
  std::size_t size() const {
    std::lock_guard lock(m_mutex);
    return m_entries.size();
  }
  std::vector<std::chrono::seconds> ages() const {
    std::lock_guard lock(m_mutex);
    std::vector<std::chrono::seconds> out;
    for (const auto& [key, entry] : m_entries) {
      out.push_back(entry.max_age);
    }
    return out;
  }

 private:
  struct Entry {
    std::string json;
    std::chrono::steady_clock::time_point expires;
    std::chrono::seconds max_age;
  };
  mutable std::mutex m_mutex;
  std::map<std::string, Entry> m_entries;
};

/// An engine with small timeouts and short waits, so failure scenarios stay quick.
inline std::unique_ptr<Engine> quick_engine() {
  EngineOptions options;
  options.timeout = std::chrono::milliseconds(400);
  options.connect_timeout = std::chrono::milliseconds(1000);
  options.max_retries = 1;
  options.retry_base = std::chrono::milliseconds(20);
  options.retry_cap = std::chrono::milliseconds(50);
  options.retry_after_cap = std::chrono::milliseconds(150);
  options.low_speed_limit = 0;
  return make_curl_engine(options);
}

}  // namespace citecheck::test

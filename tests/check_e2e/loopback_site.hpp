#pragma once
// A small web site on 127.0.0.1 with one page per link state, for end-to-end checks.

#include <httplib.h>

#include <atomic>
#include <chrono>
#include <map>
#include <mutex>
#include <string>
#include <thread>

namespace citecheck::test {

inline std::string html_page(const std::string& title, const std::string& text) {
  return "<!doctype html><html><head><title>" + title + "</title></head><body><h1>" + title +
         "</h1><p>" + text + "</p></body></html>";
}

/// Serves: /ok, /gone (404), /removed (410), /moved (301 -> /ok), /temp (302 -> /ok),
/// /soft (200 "Page not found"), /deep/story (302 -> /), /forbidden (403),
/// /challenge (403 + cf-mitigated), /broken (500), /loop (a -> b -> a), /slow (sleeps),
/// /old/refresh-home (200, a meta refresh to /), /refresh-header (200, Refresh: to /ok),
/// /noscript (200, a meta refresh to /gone for browsers without scripts only),
/// /parked (200, a domain parking page), /reports/2014/summary (301 -> /reports/),
/// and 200 with one "generic" template for any other path (so the random-path probe sees
/// it) unless `strict_404` is set.
class LoopbackSite {
 public:
  explicit LoopbackSite(bool strict_404 = false) : m_strict(strict_404) {
    const std::string article = html_page(
        "A real article",
        "Peacekeepers in northern Mali faced assaults on a daily basis. " + std::string(400, 'x'));
    const std::string generic =
        html_page("Example site", "Welcome to the example site. " + std::string(400, 'g'));
    m_server.set_tcp_nodelay(true);
    m_server.Get(
        ".*", [this, article, generic](const httplib::Request& req, httplib::Response& res) {
          count(req.path);
          const std::string& p = req.path;
          if (p == "/ok" || p == "/") {
            res.set_content(p == "/" ? generic : article, "text/html");
          } else if (p == "/latin1") {
            // An old server: a header and a title in Latin-1, not UTF-8.
            res.set_header("Content-Disposition",
                           "inline; filename=r\xE9"
                           "sum\xE9.html");
            res.set_content(html_page("R\xE9"
                                      "sum\xE9 des d\xE9"
                                      "bats",
                                      std::string(400, 'r')),
                            "text/html");
          } else if (p == "/gone") {
            res.status = 404;
            res.set_content(html_page("Not Found", ""), "text/html");
          } else if (p == "/removed") {
            res.status = 410;
          } else if (p == "/moved") {
            res.status = 301;
            res.set_header("Location", "/ok");
          } else if (p == "/temp") {
            res.status = 302;
            res.set_header("Location", "/ok");
          } else if (p == "/soft") {
            res.set_content(html_page("Page not found", "Sorry."), "text/html");
          } else if (p == "/deep/story") {
            res.status = 302;
            res.set_header("Location", "/");
          } else if (p == "/old/refresh-home") {
            res.set_content(
                "<html><head><title>Redirecting</title><meta http-equiv=\"refresh\" "
                "content=\"0; URL='/'\"></head><body>" +
                    std::string(400, 'r') + "</body></html>",
                "text/html");
          } else if (p == "/refresh-header") {
            res.set_header("Refresh", "1; url=/ok");
            res.set_content(html_page("This page has moved", std::string(400, 'h')), "text/html");
          } else if (p == "/noscript") {
            res.set_content(
                "<html><head><title>An app</title><noscript><meta http-equiv=\"refresh\" "
                "content=\"0;url=/gone\"></noscript></head><body>" +
                    std::string(400, 'n') + "</body></html>",
                "text/html");
          } else if (p == "/forbidden") {
            res.status = 403;
          } else if (p == "/challenge") {
            res.status = 403;
            res.set_header("cf-mitigated", "challenge");
            res.set_content(html_page("Just a moment...", ""), "text/html");
          } else if (p == "/broken") {
            res.status = 500;
          } else if (p == "/loop-a") {
            res.status = 302;
            res.set_header("Location", "/loop-b");
          } else if (p == "/loop-b") {
            res.status = 302;
            res.set_header("Location", "/loop-a");
          } else if (p.starts_with("/slow")) {
            std::this_thread::sleep_for(std::chrono::milliseconds(m_slow_ms));
            res.set_content(article, "text/html");
          } else if (m_strict) {
            res.status = 404;
          } else {
            res.set_content(generic, "text/html");
          }
        });
    m_port = m_server.bind_to_any_port("127.0.0.1");
    m_thread = std::thread([this] { m_server.listen_after_bind(); });
    while (!m_server.is_running()) {
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
  }
  ~LoopbackSite() {
    m_server.stop();
    m_thread.join();
  }
  std::string url(const std::string& path) const {
    return "http://127.0.0.1:" + std::to_string(m_port) + path;
  }
  int port() const { return m_port; }
  std::size_t hits() const {
    std::lock_guard lock(m_mutex);
    std::size_t n = 0;
    for (const auto& [path, c] : m_hits) {
      n += c;
    }
    return n;
  }
  std::size_t hits(const std::string& path) const {
    std::lock_guard lock(m_mutex);
    auto it = m_hits.find(path);
    return it == m_hits.end() ? 0 : it->second;
  }
  void set_slow_ms(int ms) { m_slow_ms = ms; }

 private:
  void count(const std::string& path) {
    std::lock_guard lock(m_mutex);
    ++m_hits[path];
  }
  bool m_strict;
  httplib::Server m_server;
  int m_port = 0;
  std::thread m_thread;
  mutable std::mutex m_mutex;
  std::map<std::string, std::size_t> m_hits;
  std::atomic<int> m_slow_ms{2000};
};

}  // namespace citecheck::test

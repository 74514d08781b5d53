#pragma once
// Test doubles for online resolution: an in-memory resolution store and a loopback web
// server on 127.0.0.1 (never any other address) that serves recorded-shape pages under the
// real host names of the cited sites, which the engine maps to it with connect_to.

#include <httplib.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include <citecheck/engine.hpp>
#include <citecheck/plugin.hpp>

namespace citecheck::test {

/// A ResolutionStore in memory, thread-safe, with its max ages kept for inspection.
class MemoryStore final : public ResolutionStore {
 public:
  std::optional<std::string> get(const std::string& plugin, const std::string& key) override {
    std::lock_guard lock(m_mutex);
    const auto found = m_entries.find({plugin, key});
    if (found == m_entries.end()) {
      return std::nullopt;
    }
    return found->second.first;
  }
  void put(const std::string& plugin, const std::string& key, const std::string& json,
           std::chrono::seconds max_age) override {
    std::lock_guard lock(m_mutex);
    m_entries[{plugin, key}] = {json, max_age};
  }
  std::optional<std::chrono::seconds> max_age(const std::string& plugin, const std::string& key) {
    std::lock_guard lock(m_mutex);
    const auto found = m_entries.find({plugin, key});
    return found == m_entries.end() ? std::nullopt : std::optional(found->second.second);
  }
  std::size_t size() {
    std::lock_guard lock(m_mutex);
    return m_entries.size();
  }

 private:
  std::mutex m_mutex;
  std::map<std::pair<std::string, std::string>, std::pair<std::string, std::chrono::seconds>>
      m_entries;
};

/// An httplib server on 127.0.0.1 and a free port, counting the requests it receives.
class NewsSite {
 public:
  explicit NewsSite(const std::function<void(httplib::Server&)>& setup) {
    m_server.new_task_queue = [] { return new httplib::ThreadPool(16); };
    m_server.set_keep_alive_timeout(1);
    m_server.set_tcp_nodelay(true);
    m_server.set_pre_routing_handler([this](const httplib::Request& request, httplib::Response&) {
      std::lock_guard lock(m_mutex);
      ++m_requests[request.path];
      ++m_total;
      return httplib::Server::HandlerResponse::Unhandled;
    });
    setup(m_server);
    m_port = m_server.bind_to_any_port("127.0.0.1");
    m_thread = std::thread([this] { m_server.listen_after_bind(); });
    for (int i = 0; i < 500 && !m_server.is_running(); ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
  }
  NewsSite(const NewsSite&) = delete;
  NewsSite& operator=(const NewsSite&) = delete;
  ~NewsSite() {
    m_server.stop();
    m_thread.join();
  }

  bool ok() const { return m_port > 0 && m_server.is_running(); }
  int requests() {
    std::lock_guard lock(m_mutex);
    return m_total;
  }
  int requests(const std::string& path) {
    std::lock_guard lock(m_mutex);
    const auto found = m_requests.find(path);
    return found == m_requests.end() ? 0 : found->second;
  }

  /// Engine options sending `hosts` (port 80) to this server, with short waits.
  EngineOptions engine_options(const std::vector<std::string>& hosts) const {
    // A proxy from the environment must not see test traffic.
    ::setenv("no_proxy", "*", 1);
    ::setenv("NO_PROXY", "*", 1);
    EngineOptions options;
    for (const std::string& host : hosts) {
      options.connect_to.push_back(host + ":80:127.0.0.1:" + std::to_string(m_port));
    }
    options.connect_timeout = std::chrono::milliseconds(2000);
    options.timeout = std::chrono::milliseconds(3000);
    options.max_retries = 0;
    options.retry_base = std::chrono::milliseconds(20);
    options.retry_cap = std::chrono::milliseconds(100);
    options.retry_after_cap = std::chrono::milliseconds(1500);
    return options;
  }

 private:
  httplib::Server m_server;
  int m_port = -1;
  std::thread m_thread;
  std::mutex m_mutex;
  std::map<std::string, int> m_requests;
  int m_total = 0;
};

}  // namespace citecheck::test

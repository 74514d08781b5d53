#pragma once
// Servers the engine tests talk to, all on 127.0.0.1 and started by the test itself:
// a cpp-httplib server (optionally TLS), raw sockets that accept and never answer or drop
// their first connections, and a port that refuses. Nothing here reaches any other address.

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <httplib.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <citecheck/engine.hpp>

namespace citecheck::test {

/// An httplib server on 127.0.0.1 and a free port, running in its own thread until the
/// object goes away. `setup` registers the handlers before it starts.
class LoopbackServer {
 public:
  explicit LoopbackServer(const std::function<void(httplib::Server&)>& setup,
                          std::unique_ptr<httplib::Server> server = nullptr)
      : m_server(server ? std::move(server) : std::make_unique<httplib::Server>()) {
    // Enough workers that the engine's concurrency, not the server's, is what tests see.
    m_server->new_task_queue = [] { return new httplib::ThreadPool(96); };
    m_server->set_keep_alive_timeout(1);
    // Without it, Nagle and delayed ACKs add 40 ms to every small answer.
    m_server->set_tcp_nodelay(true);
    setup(*m_server);
    m_port = m_server->bind_to_any_port("127.0.0.1");
    m_thread = std::thread([this] { m_server->listen_after_bind(); });
    for (int i = 0; i < 500 && !m_server->is_running(); ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
  }
  LoopbackServer(const LoopbackServer&) = delete;
  LoopbackServer& operator=(const LoopbackServer&) = delete;
  ~LoopbackServer() {
    m_server->stop();
    m_thread.join();
  }

  bool ok() const { return m_port > 0 && m_server->is_running(); }
  int port() const { return m_port; }
  std::string url(const std::string& path, const std::string& scheme = "http") const {
    return scheme + "://127.0.0.1:" + std::to_string(m_port) + path;
  }
  /// "name:80:127.0.0.1:port", so http://name/ reaches this server without DNS.
  std::string connect_to(const std::string& name, int from_port = 80) const {
    return name + ":" + std::to_string(from_port) + ":127.0.0.1:" + std::to_string(m_port);
  }

 private:
  std::unique_ptr<httplib::Server> m_server;
  int m_port = -1;
  std::thread m_thread;
};

/// A listening TCP socket on 127.0.0.1 and a free port (written to `port`); -1 on failure.
inline int listen_on_loopback(int& port) {
  const int s = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t length = sizeof address;
  if (s < 0 || ::bind(s, reinterpret_cast<sockaddr*>(&address), length) != 0 ||
      ::listen(s, 64) != 0 ||
      ::getsockname(s, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
    if (s >= 0) {
      ::close(s);
    }
    return -1;
  }
  port = ntohs(address.sin_port);
  return s;
}

/// A raw TCP listener on 127.0.0.1: its thread hands each connection it accepts, with its
/// number from 0, to `serve`, which says whether to hold it open until the end (true) or
/// to close it now (false).
class RawServer {
 public:
  using Serve = std::function<bool(int client, int nth)>;

  explicit RawServer(Serve serve)
      : m_serve(std::move(serve)), m_socket(listen_on_loopback(m_port)) {
    if (m_socket >= 0) {
      m_thread = std::thread([this] { accept_loop(); });
    }
  }
  RawServer(const RawServer&) = delete;
  RawServer& operator=(const RawServer&) = delete;
  ~RawServer() {
    m_stop = true;
    if (m_thread.joinable()) {
      m_thread.join();
    }
    for (int client : m_held) {
      ::close(client);
    }
    if (m_socket >= 0) {
      ::close(m_socket);
    }
  }

  int port() const { return m_port; }
  int accepted() const { return m_accepted.load(); }
  std::string url(const std::string& path) const {
    return "http://127.0.0.1:" + std::to_string(m_port) + path;
  }

 private:
  void accept_loop() {
    while (!m_stop) {
      pollfd fd{m_socket, POLLIN, 0};
      if (::poll(&fd, 1, 20) <= 0) {
        continue;
      }
      const int client = ::accept(m_socket, nullptr, nullptr);
      if (client < 0) {
        continue;
      }
      if (m_serve(client, m_accepted++)) {
        m_held.push_back(client);
      } else {
        ::close(client);
      }
    }
  }

  Serve m_serve;
  int m_port = 0;  // before m_socket: listen_on_loopback writes it
  int m_socket = -1;
  std::atomic<bool> m_stop{false};
  std::atomic<int> m_accepted{0};
  std::vector<int> m_held;
  std::thread m_thread;
};

/// A TCP listener that accepts connections and never says a word.
class SilentServer : public RawServer {
 public:
  SilentServer() : RawServer([](int, int) { return true; }) {}  // held, never read
};

/// A TCP listener that drops its first `drops` connections without a word (closed, or reset
/// when `reset`), as an overloaded server does, then answers each request 200 with a small
/// page.
class DroppingServer : public RawServer {
 public:
  DroppingServer(int drops, bool reset)
      : RawServer([drops, reset](int client, int nth) {
          if (nth < drops) {
            if (reset) {
              const linger hard{1, 0};  // close() sends RST
              ::setsockopt(client, SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
            }
            return false;
          }
          answer(client);
          return false;
        }) {}

 private:
  static void answer(int client) {
    std::string request;
    char buffer[4096];
    while (request.find("\r\n\r\n") == std::string::npos) {
      const ssize_t n = ::recv(client, buffer, sizeof buffer, 0);
      if (n <= 0) {
        break;
      }
      request.append(buffer, static_cast<std::size_t>(n));
    }
    const std::string body =
        "<html><head><title>Back</title></head><body>" + std::string(300, 'b') + "</body></html>";
    const std::string reply =
        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n"
        "Content-Length: " +
        std::to_string(body.size()) + "\r\n\r\n" + body;
    (void)::send(client, reply.data(), reply.size(), MSG_NOSIGNAL);
  }
};

/// A loopback port nobody listens on (bound, then closed): connecting is refused.
inline int closed_port() {
  const int s = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t length = sizeof address;
  ::bind(s, reinterpret_cast<sockaddr*>(&address), length);
  ::getsockname(s, reinterpret_cast<sockaddr*>(&address), &length);
  ::close(s);
  return ntohs(address.sin_port);
}

/// Options for tests: short waits everywhere so failures show up fast.
inline EngineOptions fast_options() {
  EngineOptions options;
  options.connect_timeout = std::chrono::milliseconds(2000);
  options.timeout = std::chrono::milliseconds(5000);
  options.retry_base = std::chrono::milliseconds(20);
  options.retry_cap = std::chrono::milliseconds(100);
  options.retry_after_cap = std::chrono::milliseconds(2000);
  return options;
}

inline HttpRequest get(const std::string& url) {
  HttpRequest request;
  request.url = url;
  return request;
}

inline double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

/// A throwaway directory, removed with the object.
class TempDir {
 public:
  TempDir() {
    char pattern[] = "/tmp/citecheck-engine-XXXXXX";
    if (::mkdtemp(pattern) != nullptr) {
      m_path = pattern;
    }
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(m_path, ignored);
  }
  const std::filesystem::path& path() const { return m_path; }

 private:
  std::filesystem::path m_path;
};

}  // namespace citecheck::test

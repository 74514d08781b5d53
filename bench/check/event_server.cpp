#include "event_server.hpp"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <signal.h>
#include <sys/epoll.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <deque>
#include <stdexcept>
#include <unordered_map>

namespace citecheck::bench {

namespace {

using Clock = std::chrono::steady_clock;

constexpr std::size_t k_max_header_bytes = 64 * 1024;
constexpr auto k_idle_timeout = std::chrono::seconds(60);
constexpr int k_backlog = 4096;

const char* reason(int status) {
  switch (status) {
    case 200:
      return "OK";
    case 301:
      return "Moved Permanently";
    case 302:
      return "Found";
    case 400:
      return "Bad Request";
    case 404:
      return "Not Found";
    case 405:
      return "Method Not Allowed";
    case 431:
      return "Request Header Fields Too Large";
    default:
      return "Unknown";
  }
}

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return (x | 0x20) == (y | 0x20);
         });
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) {
    text.remove_prefix(1);
  }
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) {
    text.remove_suffix(1);
  }
  return text;
}

/// One client connection: what it sent and not yet parsed, what is still to be written, and
/// how many answers wait in the delay queue.
struct Connection {
  std::uint64_t id = 0;
  int listener = 0;
  std::string in;
  std::string out;
  std::size_t out_offset = 0;
  std::size_t pending = 0;
  bool close_after = false;
  bool watching_output = false;
  Clock::time_point last_activity;
};

/// An answer held back until `due`, for connection `fd` while it is still connection `id`.
struct Delayed {
  Clock::time_point due;
  int fd;
  std::uint64_t id;
  std::string bytes;
  bool close;
  bool observed;  ///< tell the observer when it leaves
};

}  // namespace

std::string serialise(const Response& response, bool head, bool close) {
  std::string text = "HTTP/1.1 " + std::to_string(response.status) + " " + reason(response.status) +
                     "\r\nServer: loopback_web\r\n";
  for (const auto& [name, value] : response.headers) {
    text += name + ": " + value + "\r\n";
  }
  text += "Content-Length: " + std::to_string(response.body.size()) + "\r\n";
  text += close ? "Connection: close\r\n\r\n" : "\r\n";
  if (!head) {
    text += response.body;
  }
  return text;
}

struct EventServer::Impl {
  std::vector<std::string> addresses;
  int port;
  std::chrono::milliseconds latency;
  Handler handler;
  Observer observer;

  int epoll_fd = -1;
  int signal_fd = -1;
  std::vector<int> listeners;
  std::unordered_map<int, Connection> connections;
  std::deque<Delayed> queue;
  std::uint64_t next_id = 1;
  bool precise_wait = true;

  ~Impl() {
    for (auto& [fd, connection] : connections) {
      ::close(fd);
    }
    for (int fd : listeners) {
      ::close(fd);
    }
    if (signal_fd >= 0) {
      ::close(signal_fd);
    }
    if (epoll_fd >= 0) {
      ::close(epoll_fd);
    }
  }

  void watch(int fd, std::uint32_t events, int op = EPOLL_CTL_ADD) const {
    epoll_event event{};
    event.events = events;
    event.data.fd = fd;
    if (epoll_ctl(epoll_fd, op, fd, &event) != 0) {
      throw std::runtime_error(std::string("epoll_ctl: ") + std::strerror(errno));
    }
  }

  void listen_all() {
    epoll_fd = epoll_create1(EPOLL_CLOEXEC);
    if (epoll_fd < 0) {
      throw std::runtime_error(std::string("epoll_create1: ") + std::strerror(errno));
    }
    for (const std::string& address : addresses) {
      const int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
      const int yes = 1;
      setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
      sockaddr_in where{};
      where.sin_family = AF_INET;
      where.sin_port = htons(static_cast<std::uint16_t>(port));
      if (fd < 0 || inet_pton(AF_INET, address.c_str(), &where.sin_addr) != 1 ||
          bind(fd, reinterpret_cast<sockaddr*>(&where), sizeof(where)) != 0 ||
          ::listen(fd, k_backlog) != 0) {
        const std::string problem = std::strerror(errno);
        if (fd >= 0) {
          ::close(fd);
        }
        throw std::runtime_error("cannot listen on " + address + ":" + std::to_string(port) + ": " +
                                 problem);
      }
      listeners.push_back(fd);
      watch(fd, EPOLLIN);
    }
  }

  void accept_all(int listener_fd) {
    const auto index = static_cast<int>(std::find(listeners.begin(), listeners.end(), listener_fd) -
                                        listeners.begin());
    for (;;) {
      const int fd = accept4(listener_fd, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
      if (fd < 0) {
        return;  // EAGAIN, or a connection that died before we took it
      }
      const int yes = 1;
      setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &yes, sizeof(yes));
      Connection& connection = connections[fd];
      connection = Connection{};
      connection.id = next_id++;
      connection.listener = index;
      connection.last_activity = Clock::now();
      watch(fd, EPOLLIN | EPOLLRDHUP);
    }
  }

  void drop(int fd) {
    connections.erase(fd);
    ::close(fd);  // also removes it from the epoll set
  }

  /// Writes what it can; false when the connection was closed.
  bool flush(int fd, Connection& connection) {
    while (connection.out_offset < connection.out.size()) {
      const ssize_t n = send(fd, connection.out.data() + connection.out_offset,
                             connection.out.size() - connection.out_offset, MSG_NOSIGNAL);
      if (n < 0) {
        if (errno == EAGAIN || errno == EWOULDBLOCK) {
          if (!connection.watching_output) {
            watch(fd, EPOLLIN | EPOLLRDHUP | EPOLLOUT, EPOLL_CTL_MOD);
            connection.watching_output = true;
          }
          return true;
        }
        drop(fd);
        return false;
      }
      connection.out_offset += static_cast<std::size_t>(n);
    }
    connection.out.clear();
    connection.out_offset = 0;
    if (connection.watching_output) {
      watch(fd, EPOLLIN | EPOLLRDHUP, EPOLL_CTL_MOD);
      connection.watching_output = false;
    }
    if (connection.close_after && connection.pending == 0) {
      drop(fd);
      return false;
    }
    return true;
  }

  /// Answers every complete request in the buffer, in order.
  void serve_requests(int fd, Connection& connection) {
    for (;;) {
      const std::size_t end = connection.in.find("\r\n\r\n");
      if (end == std::string::npos) {
        if (connection.in.size() > k_max_header_bytes) {
          answer_now(fd, connection, Response{431, {}, "", false}, false, true);
        }
        return;
      }
      const std::string_view block(connection.in.data(), end);
      const std::size_t line_end = block.find("\r\n");
      const std::string_view line = block.substr(0, line_end);
      const std::size_t first_space = line.find(' ');
      const std::size_t second_space = line.find(' ', first_space + 1);
      if (first_space == std::string_view::npos || second_space == std::string_view::npos) {
        answer_now(fd, connection, Response{400, {}, "", false}, false, true);
        return;
      }
      Request request;
      request.method = std::string(line.substr(0, first_space));
      request.target = std::string(line.substr(first_space + 1, second_space - first_space - 1));
      request.listener = connection.listener;
      const bool http10 = line.substr(second_space + 1) == "HTTP/1.0";
      bool close = http10;
      std::size_t body_bytes = 0;
      std::size_t at = line_end == std::string_view::npos ? block.size() : line_end + 2;
      while (at < block.size()) {
        std::size_t next = block.find("\r\n", at);
        if (next == std::string_view::npos) {
          next = block.size();
        }
        const std::string_view header = block.substr(at, next - at);
        at = next + 2;
        const std::size_t colon = header.find(':');
        if (colon == std::string_view::npos) {
          continue;
        }
        const std::string_view name = header.substr(0, colon);
        const std::string_view value = trim(header.substr(colon + 1));
        if (iequals(name, "Connection")) {
          close = iequals(value, "close") || (http10 && !iequals(value, "keep-alive"));
        } else if (iequals(name, "Content-Length")) {
          body_bytes = std::strtoul(std::string(value).c_str(), nullptr, 10);
        }
      }
      if (connection.in.size() < end + 4 + body_bytes) {
        return;  // the body is still arriving
      }
      connection.in.erase(0, end + 4 + body_bytes);
      Response response = handler(request);
      const bool head = request.method == "HEAD";
      if (response.delayed && latency.count() > 0) {
        ++connection.pending;
        queue.push_back(Delayed{Clock::now() + latency, fd, connection.id,
                                serialise(response, head, close), close, response.counted});
        if (close) {
          connection.close_after = true;
          return;  // nothing after a close is answered
        }
      } else if (connection.pending > 0) {
        // Behind delayed answers on this connection: keep HTTP's order.
        ++connection.pending;
        queue.push_back(Delayed{Clock::now(), fd, connection.id, serialise(response, head, close),
                                close, response.delayed && response.counted});
        if (close) {
          connection.close_after = true;
          return;
        }
      } else {
        if (response.delayed && response.counted && observer) {
          observer();
        }
        if (!answer_now(fd, connection, response, head, close)) {
          return;
        }
      }
    }
  }

  /// Writes one answer now; false when the connection is gone (or closing).
  bool answer_now(int fd, Connection& connection, const Response& response, bool head, bool close) {
    connection.out += serialise(response, head, close);
    if (close) {
      connection.close_after = true;
      connection.in.clear();
    }
    return flush(fd, connection) && !close;
  }

  void read_from(int fd) {
    auto found = connections.find(fd);
    if (found == connections.end()) {
      return;
    }
    Connection& connection = found->second;
    char buffer[16384];
    for (;;) {
      const ssize_t n = recv(fd, buffer, sizeof(buffer), 0);
      if (n > 0) {
        connection.in.append(buffer, static_cast<std::size_t>(n));
        continue;
      }
      if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
        break;
      }
      drop(fd);  // the client closed (or failed): its waiting answers go nowhere
      return;
    }
    connection.last_activity = Clock::now();
    if (!connection.close_after) {
      serve_requests(fd, connection);
    }
  }

  void release_due() {
    const auto now = Clock::now();
    while (!queue.empty() && queue.front().due <= now) {
      Delayed delayed = std::move(queue.front());
      queue.pop_front();
      if (delayed.observed && observer) {
        observer();
      }
      auto found = connections.find(delayed.fd);
      if (found == connections.end() || found->second.id != delayed.id) {
        continue;  // that client left
      }
      Connection& connection = found->second;
      --connection.pending;
      connection.out += delayed.bytes;
      connection.close_after = connection.close_after || delayed.close;
      connection.last_activity = now;
      flush(delayed.fd, connection);
    }
  }

  void close_idle() {
    const auto now = Clock::now();
    std::vector<int> idle;
    for (const auto& [fd, connection] : connections) {
      if (connection.pending == 0 && connection.out.empty() &&
          now - connection.last_activity > k_idle_timeout) {
        idle.push_back(fd);
      }
    }
    for (int fd : idle) {
      drop(fd);
    }
  }

  /// The injected latency is the benchmark's yardstick: epoll_wait's millisecond timeout,
  /// rounded up, added up to a millisecond to every delayed answer (5% of 20 ms), so the
  /// wait is given in nanoseconds where the kernel takes it (epoll_pwait2, Linux 5.11).
  int wait_for_events(std::vector<epoll_event>& events, std::chrono::nanoseconds wait) {
    const int size = static_cast<int>(events.size());
    if (precise_wait) {
      const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(wait);
      const timespec timeout{static_cast<time_t>(seconds.count()),
                             static_cast<long>((wait - seconds).count())};
      const int n = epoll_pwait2(epoll_fd, events.data(), size, &timeout, nullptr);
      if (n >= 0 || errno != ENOSYS) {
        return n;
      }
      precise_wait = false;
    }
    const auto ms = std::chrono::ceil<std::chrono::milliseconds>(wait);
    return epoll_wait(epoll_fd, events.data(), size, static_cast<int>(ms.count()));
  }

  void loop() {
    sigset_t stop_signals;
    sigemptyset(&stop_signals);
    sigaddset(&stop_signals, SIGINT);
    sigaddset(&stop_signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
    signal_fd = signalfd(-1, &stop_signals, SFD_NONBLOCK | SFD_CLOEXEC);
    watch(signal_fd, EPOLLIN);

    std::vector<epoll_event> events(256);
    auto last_sweep = Clock::now();
    for (;;) {
      std::chrono::nanoseconds wait = std::chrono::seconds(1);
      if (!queue.empty()) {
        wait = std::clamp<std::chrono::nanoseconds>(queue.front().due - Clock::now(),
                                                    std::chrono::nanoseconds(0), wait);
      }
      const int n = wait_for_events(events, wait);
      for (int i = 0; i < n; ++i) {
        const int fd = events[static_cast<std::size_t>(i)].data.fd;
        const std::uint32_t what = events[static_cast<std::size_t>(i)].events;
        if (fd == signal_fd) {
          return;
        }
        if (std::find(listeners.begin(), listeners.end(), fd) != listeners.end()) {
          accept_all(fd);
          continue;
        }
        if ((what & EPOLLOUT) != 0) {
          auto found = connections.find(fd);
          if (found != connections.end() && !flush(fd, found->second)) {
            continue;
          }
        }
        if ((what & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR)) != 0) {
          read_from(fd);
        }
      }
      release_due();
      if (Clock::now() - last_sweep > std::chrono::seconds(1)) {
        close_idle();
        last_sweep = Clock::now();
      }
    }
  }
};

EventServer::EventServer(std::vector<std::string> addresses, int port,
                         std::chrono::milliseconds latency, Handler handler, Observer observer)
    : m_impl(std::make_unique<Impl>()) {
  m_impl->addresses = std::move(addresses);
  m_impl->port = port;
  m_impl->latency = latency;
  m_impl->handler = std::move(handler);
  m_impl->observer = std::move(observer);
}

EventServer::~EventServer() = default;

void EventServer::listen() {
  m_impl->listen_all();
}

void EventServer::run() {
  m_impl->loop();
}

}  // namespace citecheck::bench

#pragma once
// A small HTTP/1.1 server on one epoll thread, for benchmarks: many listening addresses,
// keep-alive and pipelining, and every answer held back by a fixed latency without holding a
// thread (a timer queue, not a sleep), so thousands of slow answers cost nothing but memory.
//
// Why not cpp-httplib: it serves one connection per pool thread, so keep-alive clients that
// park hundreds of idle sockets (Node's agents) starve it, its compiled listen backlog of 5
// drops connection bursts (1 s SYN retransmits), and it brotli-compresses every page at
// quality 11. Each of those was measured to distort a link checker's figures.

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace citecheck::bench {

/// One request as the handler sees it.
struct Request {
  std::string method;
  std::string target;  ///< path and query, as sent
  int listener = 0;    ///< index of the address it came in on
};

/// One answer: status, extra header lines ("Name: value"), body (not sent for HEAD).
struct Response {
  int status = 200;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
  bool delayed = true;  ///< false: answer at once (e.g. the benchmark's own statistics)
  bool counted = true;  ///< false: the observer is not told (not one of the measured answers)
};

/// Serves `handler` on every address until a SIGINT or SIGTERM arrives.
class EventServer {
 public:
  using Handler = std::function<Response(const Request&)>;
  /// Called when an answer with `delayed` and `counted` set is written (or dropped: its
  /// client left).
  using Observer = std::function<void()>;

  EventServer(std::vector<std::string> addresses, int port, std::chrono::milliseconds latency,
              Handler handler, Observer observer = {});
  ~EventServer();
  EventServer(const EventServer&) = delete;
  EventServer& operator=(const EventServer&) = delete;

  /// Binds every address (throws std::runtime_error naming the address that failed).
  void listen();
  /// Runs the loop in the calling thread; returns after a stop signal.
  void run();

 private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

/// "HTTP/1.1 <status> <reason>\r\n" headers, Content-Length, and the body unless HEAD.
std::string serialise(const Response& response, bool head, bool close);

}  // namespace citecheck::bench

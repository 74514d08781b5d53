// A loopback web for link-checker benchmarks: thousands of URLs over 127.0.0.1 .. 127.0.0.N
// (all loopback on Linux), a seeded tenth of them dead (404) and a twentieth moved (301 to a
// live page), the rest small article pages; every answer optionally delayed, as a distant
// server would be.
//
//   loopback_web --port P [--links 5000] [--hosts 8] [--latency-ms 20] [--seed 1]
//                [--out-dir DIR]
//
// Writes DIR/links.md (footnoted Markdown), docs/doc-NNN.md (the same links over 100
// documents), links.html (the same links as a page), urls.txt, curl.cfg and expected.json
// (the fate of every URL), then serves until SIGINT/SIGTERM.
// Prints "ready" on standard output once every address listens.
//
// One epoll thread serves every address (see event_server.hpp for why not cpp-httplib).
// GET and HEAD on /doc/<id>/<slug> and /new/<id>/<slug> (where moved links now live); "/" on
// any host is the index of all links. GET /__stats answers the requests counted so far (by
// method and fate, and the most answers in flight at once) and starts a new count with
// ?reset=1: the benchmark reads it to tell how many requests, and how many at once, a checker
// really made. One more address, 127.0.0.<hosts + 1>, is the web's archive: a Wayback Machine
// that holds a capture of every dead link (wayback_stub.hpp); its requests are counted apart.
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "event_server.hpp"
#include "wayback_stub.hpp"
#include "web_plan.hpp"

namespace {

using citecheck::bench::EventServer;
using citecheck::bench::Fate;
using citecheck::bench::Link;
using citecheck::bench::Request;
using citecheck::bench::Response;
using citecheck::bench::WebPlan;

struct Options {
  int port = 0;
  std::size_t links = 5000;
  int hosts = 8;
  int latency_ms = 20;
  std::uint64_t seed = 1;
  std::string out_dir;
};

[[noreturn]] void usage(const std::string& problem) {
  std::cerr << "loopback_web: " << problem
            << "\nusage: loopback_web --port P [--links N] [--hosts H] [--latency-ms MS] "
               "[--seed S] [--out-dir DIR]\n";
  std::exit(2);
}

Options parse_options(int argc, char** argv) {
  Options options;
  for (int i = 1; i < argc; ++i) {
    const std::string flag = argv[i];
    if (i + 1 >= argc) {
      usage("missing value after " + flag);
    }
    const std::string value = argv[++i];
    try {
      if (flag == "--port") {
        options.port = std::stoi(value);
      } else if (flag == "--links") {
        options.links = std::stoul(value);
      } else if (flag == "--hosts") {
        options.hosts = std::stoi(value);
      } else if (flag == "--latency-ms") {
        options.latency_ms = std::stoi(value);
      } else if (flag == "--seed") {
        options.seed = std::stoull(value);
      } else if (flag == "--out-dir") {
        options.out_dir = value;
      } else {
        usage("unknown option " + flag);
      }
    } catch (const std::logic_error&) {
      usage("bad value '" + value + "' for " + flag);
    }
  }
  if (options.port <= 0 || options.port > 65535) {
    usage("--port is required (1..65535)");
  }
  if (options.latency_ms < 0 || options.hosts < 1 || options.hosts > 253) {
    usage("--latency-ms must be >= 0 and --hosts 1..253");
  }
  return options;
}

/// Requests counted since the last reset (one thread: plain counters).
struct Counters {
  long head = 0;
  long get = 0;
  long live = 0;
  long dead = 0;
  long moved = 0;
  long moved_target = 0;
  long other = 0;
  long archive = 0;  ///< requests to the archive host
  long in_flight = 0;
  long max_in_flight = 0;
  // CLOCK_MONOTONIC seconds (what Python's time.monotonic() reads) of the first request and
  // of the last answer since the reset: they split a tool's wall time into before, during and
  // after its requests.
  double first_request = 0;
  double last_answer = 0;

  void reset() {
    head = get = live = dead = moved = moved_target = other = archive = 0;
    max_in_flight = in_flight;
    first_request = last_answer = 0;
  }

  static double now() {
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
  }

  std::string json() const {
    return "{\"head\": " + std::to_string(head) + ", \"get\": " + std::to_string(get) +
           ", \"live\": " + std::to_string(live) + ", \"dead\": " + std::to_string(dead) +
           ", \"moved\": " + std::to_string(moved) +
           ", \"moved_target\": " + std::to_string(moved_target) +
           ", \"other\": " + std::to_string(other) + ", \"archive\": " + std::to_string(archive) +
           ", \"in_flight\": " + std::to_string(in_flight) +
           ", \"max_in_flight\": " + std::to_string(max_in_flight) +
           ", \"first_request\": " + std::to_string(first_request) +
           ", \"last_answer\": " + std::to_string(last_answer) + "}\n";
  }
};

Response html(int status, std::string body) {
  Response response;
  response.status = status;
  response.headers.emplace_back("Content-Type", "text/html; charset=utf-8");
  response.body = std::move(body);
  return response;
}

Response not_found() {
  return html(404, "<!doctype html><title>404</title><p>No such page.</p>\n");
}

Response answer(const WebPlan& plan, Counters& counters, const std::string& index,
                const Request& req) {
  if (req.listener == plan.hosts()) {
    ++counters.archive;
    return citecheck::bench::wayback_answer(plan, plan.origin(plan.hosts() + 1), req);
  }
  const std::size_t query = req.target.find('?');
  const std::string path = req.target.substr(0, query);
  if (path == "/__stats") {
    Response response;
    response.delayed = false;
    response.headers.emplace_back("Content-Type", "application/json");
    response.body = counters.json();
    if (query != std::string::npos && req.target.find("reset", query) != std::string::npos) {
      counters.reset();
    }
    return response;
  }
  if (counters.first_request == 0) {
    counters.first_request = Counters::now();
  }
  ++counters.in_flight;
  counters.max_in_flight = std::max(counters.max_in_flight, counters.in_flight);
  if (req.method == "HEAD") {
    ++counters.head;
  } else if (req.method == "GET") {
    ++counters.get;
  } else {
    ++counters.other;
    Response response = html(405, "");
    response.headers.emplace_back("Allow", "GET, HEAD");
    return response;
  }
  const int host = req.listener + 1;
  bool moved_target = false;
  const Link* link = plan.find(path, moved_target);
  if (link == nullptr || link->host != host) {
    ++counters.other;
    return path == "/" || path == "/index.html" ? html(200, index) : not_found();
  }
  if (moved_target) {
    ++counters.moved_target;
    return link->fate == Fate::moved ? html(200, plan.page(*link)) : not_found();
  }
  switch (link->fate) {
    case Fate::live:
      ++counters.live;
      return html(200, plan.page(*link));
    case Fate::dead:
      ++counters.dead;
      return not_found();
    case Fate::moved: {
      ++counters.moved;
      Response response = html(301, "");
      response.headers.emplace_back("Location", plan.origin(host) + WebPlan::moved_path(*link));
      return response;
    }
  }
  return not_found();
}

}  // namespace

int main(int argc, char** argv) {
  const Options options = parse_options(argc, argv);
  try {
    const WebPlan plan(options.links, options.hosts, options.port, options.seed);
    if (!options.out_dir.empty()) {
      plan.write_files(options.out_dir);
    }
    const std::string index = plan.index_html();
    Counters counters;
    std::vector<std::string> addresses;
    for (int host = 1; host <= options.hosts + 1; ++host) {
      addresses.push_back("127.0.0." + std::to_string(host));
    }
    EventServer server(
        addresses, options.port, std::chrono::milliseconds(options.latency_ms),
        [&](const Request& req) { return answer(plan, counters, index, req); },
        [&counters] {
          --counters.in_flight;
          counters.last_answer = Counters::now();
        });
    server.listen();
    const auto counts = plan.counts();
    std::cout << "ready " << plan.links().size() << " links on " << options.hosts << " hosts, port "
              << options.port << ", latency " << options.latency_ms << " ms: live " << counts.live
              << ", dead " << counts.dead << ", moved " << counts.moved << "; archive "
              << plan.origin(options.hosts + 1) << std::endl;
    server.run();
    std::cerr << "loopback_web: stopped; since last reset " << counters.json();
  } catch (const std::exception& error) {
    std::cerr << "loopback_web: " << error.what() << "\n";
    return 1;
  }
  return 0;
}

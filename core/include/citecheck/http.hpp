#pragma once
// The HTTP seam. Everything that reaches the network (the link checker and every plugin)
// goes through an Engine, so each request is cached, rate-limited and visible.

#include <chrono>
#include <cstddef>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace citecheck {

using Header = std::pair<std::string, std::string>;

/// What to fetch. The engine follows redirects itself, hop by hop, so that every hop is
/// recorded; it never holds more than `max_body` bytes of a body (after decompression).
struct HttpRequest {
  std::string method = "GET";  ///< "HEAD", "GET" or "POST"
  std::string url;
  std::vector<Header> headers;
  std::string body;  ///< for POST
  std::size_t max_body = 1 << 20;
  bool follow_redirects = true;
  /// Plugins set this to let the engine answer from the resolution cache; 0 = no caching.
  std::chrono::seconds cache_max_age{0};
  /// When the host has failed several times in a row in this run (down, or no network
  /// here), end at once with that failure instead of asking again. The link checker turns
  /// this off: it never judges a link on other links' failures.
  bool fail_fast_when_host_down = true;
  /// Goes before the requests already waiting for its host. For a small request that
  /// others wait on (the link check's soft-404 probe of a host): behind a site's 600
  /// queued pages it would answer last, and every page of that site would wait for it.
  bool first_in_line = false;
};

/// One step of a redirect chain.
struct Hop {
  std::string url;
  int status = 0;
  std::string location;  ///< absolute, already resolved against `url`
  std::vector<Header> headers;
};

/// Why a transfer produced no HTTP answer; `none` when it did.
enum class NetError {
  none,
  invalid_url,
  dns,         ///< host name does not resolve
  no_network,  ///< this machine has no route at all
  connect,     ///< refused / unreachable
  tls,         ///< certificate or handshake failure
  timeout,
  too_many_redirects,
  redirect_loop,
  too_large,  ///< never fatal for a check; the body is simply cut
  protocol,   ///< malformed answer
  other,
};

/// The answer, with all the evidence a report needs.
struct HttpResponse {
  std::string url;              ///< as requested
  std::string final_url;        ///< after redirects
  std::string method;           ///< method of the last request actually sent
  int status = 0;               ///< final status; 0 when no answer
  std::vector<Header> headers;  ///< final answer's headers
  /// Headers of the last request sent (User-Agent included): evidence of what was asked.
  std::vector<Header> request_headers;
  std::vector<Hop> hops;  ///< every answer, the final one included
  std::string body;       ///< bounded prefix, decompressed
  bool body_truncated = false;
  NetError error = NetError::none;
  std::string error_text;
  int attempts = 1;
  double seconds = 0.0;
  bool from_cache = false;

  /// First header of that name (case-insensitive), or empty.
  std::string header(std::string_view name) const;
};

/// An open set of requests: more can be added while the answers of earlier ones come
/// back, so a caller that learns it needs another request (a host's soft-404 probe, the
/// first time that host serves a page) asks for it at once instead of after the last
/// answer. Used from one thread; answers come back on it, in the order they arrive.
class FetchSession {
 public:
  virtual ~FetchSession() = default;
  /// Queues a request; its index is the number of requests added before it.
  virtual std::size_t add(HttpRequest request) = 0;
  /// Blocks until the next answer is in; nullopt once every request added is answered.
  virtual std::optional<std::pair<std::size_t, HttpResponse>> next() = 0;
};

/// The engine interface. Implementations are thread-safe.
class Engine {
 public:
  virtual ~Engine() = default;
  virtual HttpResponse fetch(const HttpRequest& request) = 0;
  /// Fetches many at once under the engine's concurrency and per-host limits; answers come
  /// back in the order of `requests`.
  virtual std::vector<HttpResponse> fetch_all(const std::vector<HttpRequest>& requests) = 0;

  /// Receives each answer of fetch_each: the index of its request, and the answer.
  using AnswerSink = std::function<void(std::size_t, HttpResponse&&)>;
  /// As fetch_all, but hands each answer to `sink` as soon as it is in, on the calling
  /// thread, so a caller can judge and drop answers while the rest are on the wire instead
  /// of holding every body until the last one arrives. This default waits for all.
  /// (Declared after the original members: plugins built before it keep their vtable.)
  virtual void fetch_each(const std::vector<HttpRequest>& requests, const AnswerSink& sink) {
    std::vector<HttpResponse> answers = fetch_all(requests);
    for (std::size_t i = 0; i < answers.size(); ++i)
      sink(i, std::move(answers[i]));
  }

  /// Opens a FetchSession. This default sends what was added in rounds of fetch_all, one
  /// round per next() that finds no answer waiting; engines that can do better override it.
  /// (Inline, as the rest: plugins and test engines derive from Engine without linking core.)
  virtual std::unique_ptr<FetchSession> open_session();
};

namespace detail {

// Engine::open_session's default: requests wait until next() needs an answer, then go out
// together through fetch_all.
class RoundsSession final : public FetchSession {
 public:
  explicit RoundsSession(Engine& engine) : m_engine(engine) {}

  std::size_t add(HttpRequest request) override {
    m_pending.push_back(std::move(request));
    return m_added++;
  }

  std::optional<std::pair<std::size_t, HttpResponse>> next() override {
    if (m_ready.empty() && !m_pending.empty()) {
      std::vector<HttpRequest> round;
      round.swap(m_pending);
      const std::size_t first = m_added - round.size();
      std::vector<HttpResponse> answers = m_engine.fetch_all(round);
      for (std::size_t i = 0; i < answers.size(); ++i)
        m_ready.emplace_back(first + i, std::move(answers[i]));
    }
    if (m_ready.empty())
      return std::nullopt;
    auto answer = std::move(m_ready.front());
    m_ready.pop_front();
    return answer;
  }

 private:
  Engine& m_engine;
  std::vector<HttpRequest> m_pending;
  std::deque<std::pair<std::size_t, HttpResponse>> m_ready;
  std::size_t m_added = 0;
};

}  // namespace detail

inline std::unique_ptr<FetchSession> Engine::open_session() {
  return std::make_unique<detail::RoundsSession>(*this);
}

}  // namespace citecheck

#pragma once
// One request's life as a state machine over steps: each step is one HTTP exchange on a
// borrowed easy handle; after it the transfer decides to finish, to take another step now
// (a redirect hop, GET after a refused HEAD) or to retry later.

#include <curl/curl.h>

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <citecheck/engine.hpp>
#include <citecheck/http.hpp>

#include "engine/body_sink.hpp"
#include "engine/header_sink.hpp"
#include "engine/host_pool.hpp"
#include "engine/redirects.hpp"
#include "engine/retry.hpp"

namespace citecheck::engine {

/// What a finished step asks the loop to do next.
struct StepOutcome {
  enum class Kind { done, next, retry };
  Kind kind = Kind::done;
  std::chrono::milliseconds delay{0};  ///< for retry
  /// The server asked for a pause (Retry-After): the whole host waits, not just this one.
  std::optional<Clock::time_point> hold_host_until;
};

/// One request, from its first step to its answer.
class Transfer {
 public:
  using Done = std::function<void(HttpResponse&&)>;

  Transfer(HttpRequest request, const EngineOptions& options, Done done);
  Transfer(const Transfer&) = delete;
  Transfer& operator=(const Transfer&) = delete;
  ~Transfer();

  /// True when the answer is known without the network (an invalid URL).
  bool finished() const { return m_finished; }
  /// The host of the next step.
  const HostKey& host() const { return m_host; }

  /// Sets up `easy` (fresh or reset) for the next step.
  void start(CURL* easy, curl_slist* connect_to, Clock::time_point now);
  /// Reads the step's answer off `easy` and decides what comes next.
  StepOutcome finish(CURL* easy, CURLcode code, Clock::time_point now);
  /// Hands the answer to whoever waits for it; call once, after finish() said done.
  void deliver(Clock::time_point now);
  /// Ends the transfer without an answer (the engine is shutting down).
  void abandon(const std::string& why, Clock::time_point now);
  /// Ends the transfer unsent with `error`: its host is down (see HostHealth).
  void refuse(NetError error, const std::string& why, Clock::time_point now);
  /// Whether the request may be refused when its host is down.
  bool fails_fast() const { return m_request.fail_fast_when_host_down; }
  /// Whether the request goes before others waiting for its host.
  bool first_in_line() const { return m_request.first_in_line; }
  /// The answer as it stands (after finish() said done, the one deliver() hands over).
  const HttpResponse& response() const { return m_response; }

 private:
  curl_slist* build_headers() const;
  void load_cookies(CURL* easy) const;
  void keep_cookies(CURL* easy);
  std::string cookie_state() const;
  void restart_as_get();
  StepOutcome fail(NetError error, std::string text);
  StepOutcome retry_or(StepOutcome otherwise, std::optional<std::chrono::milliseconds> after,
                       Clock::time_point now);

  HttpRequest m_request;
  const EngineOptions& m_options;
  RetryPolicy m_policy;
  Done m_done;

  std::string m_origin_url;
  HostKey m_origin_host;
  std::string m_url;
  HostKey m_host;
  std::string m_method;
  std::string m_body_to_send;
  bool m_head_probe = false;
  RedirectChain m_chain;
  std::vector<std::string> m_cookies;  ///< Netscape cookie lines set along the chain
  int m_retries = 0;
  std::size_t m_max_body = 0;

  BodySink m_body;
  HeaderSink m_headers;
  curl_slist* m_header_list = nullptr;
  char m_error_buffer[CURL_ERROR_SIZE] = {};

  HttpResponse m_response;
  std::optional<Clock::time_point> m_started;
  bool m_finished = false;
  bool m_delivered = false;
};

}  // namespace citecheck::engine

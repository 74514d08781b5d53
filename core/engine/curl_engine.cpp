// The Engine behind make_curl_engine: answers from the response cache when allowed,
// everything else through one MultiLoop; callers on any thread receive their answers on
// their own thread, as they arrive (sessions, fetch_each) or all at once in order
// (fetch_all).

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>

#include <citecheck/engine.hpp>

#include "engine/multi_loop.hpp"
#include "engine/transfer.hpp"

namespace citecheck {
namespace {

/// The answers one session waits for: the engine's loop thread hands them in as transfers
/// finish; the session's thread takes them out as they come.
class Batch {
 public:
  void expect(std::size_t more) {
    std::lock_guard lock(m_mutex);
    m_remaining += more;
  }

  void complete(std::size_t index, HttpResponse&& response) {
    std::lock_guard lock(m_mutex);
    m_arrived.emplace_back(index, std::move(response));
    m_ready.notify_all();
  }

  /// Blocks until at least one answer is in; empty once every answer expected is taken.
  std::vector<std::pair<std::size_t, HttpResponse>> take() {
    std::unique_lock lock(m_mutex);
    if (m_remaining == 0)
      return {};
    m_ready.wait(lock, [this] { return !m_arrived.empty(); });
    std::vector<std::pair<std::size_t, HttpResponse>> out;
    out.swap(m_arrived);
    m_remaining -= out.size();
    return out;
  }

 private:
  std::mutex m_mutex;
  std::condition_variable m_ready;
  std::vector<std::pair<std::size_t, HttpResponse>> m_arrived;
  std::size_t m_remaining = 0;
};

// Only answers that say something lasting about the resource are kept: a 503, a 429 or a
// timeout says something about this moment.
bool cacheable(const HttpResponse& response) {
  if (response.error != NetError::none) {
    return false;
  }
  return (response.status >= 200 && response.status < 400) || response.status == 404 ||
         response.status == 410;
}

class CurlEngine;

// A session on the engine's loop: requests added go to the loop at the next next(), all
// at once, so the loop is woken once per round of additions, not once per request.
class CurlSession final : public FetchSession {
 public:
  explicit CurlSession(CurlEngine& engine) : m_engine(engine) {}

  std::size_t add(HttpRequest request) override;
  std::optional<std::pair<std::size_t, HttpResponse>> next() override;

 private:
  CurlEngine& m_engine;
  std::shared_ptr<Batch> m_batch = std::make_shared<Batch>();
  std::vector<std::unique_ptr<engine::Transfer>> m_unsent;
  /// Per request: its response-cache key, empty when its answer is not to be cached.
  std::vector<std::string> m_cache_keys;
  std::deque<std::pair<std::size_t, HttpResponse>> m_ready;
};

class CurlEngine final : public Engine {
 public:
  CurlEngine(const EngineOptions& options, ResponseCache* cache)
      : m_options(options), m_cache(cache), m_loop(m_options) {}

  HttpResponse fetch(const HttpRequest& request) override {
    return std::move(fetch_all({request}).front());
  }

  std::vector<HttpResponse> fetch_all(const std::vector<HttpRequest>& requests) override {
    std::vector<HttpResponse> results(requests.size());
    fetch_each(requests, [&results](std::size_t i, HttpResponse&& response) {
      results[i] = std::move(response);
    });
    return results;
  }

  void fetch_each(const std::vector<HttpRequest>& requests, const AnswerSink& sink) override {
    CurlSession session(*this);
    for (const HttpRequest& request : requests)
      session.add(request);
    while (auto answer = session.next())
      sink(answer->first, std::move(answer->second));
  }

  std::unique_ptr<FetchSession> open_session() override {
    return std::make_unique<CurlSession>(*this);
  }

  std::optional<HttpResponse> from_cache(const HttpRequest& request) {
    if (m_cache == nullptr || request.cache_max_age.count() <= 0) {
      return std::nullopt;
    }
    auto stored = m_cache->get(cache_key(request), request.cache_max_age);
    if (!stored) {
      return std::nullopt;
    }
    auto response = parse_response(*stored);
    if (!response) {
      return std::nullopt;  // a damaged entry is a miss; the fresh answer replaces it
    }
    response->url = request.url;
    response->from_cache = true;
    return response;
  }

  /// The key to store `request`'s answer under, or empty when it is not to be stored.
  std::string cache_key_for(const HttpRequest& request) const {
    return m_cache != nullptr && request.cache_max_age.count() > 0 ? cache_key(request)
                                                                   : std::string();
  }

  void to_cache(const std::string& key, const HttpResponse& response) {
    if (!key.empty() && cacheable(response)) {
      m_cache->put(key, serialize_response(response));
    }
  }

  const EngineOptions& options() const { return m_options; }
  engine::MultiLoop& loop() { return m_loop; }

 private:
  const EngineOptions m_options;
  ResponseCache* m_cache;
  engine::MultiLoop m_loop;  // last: its thread stops before the options go away
};

std::size_t CurlSession::add(HttpRequest request) {
  const std::size_t index = m_cache_keys.size();
  if (auto hit = m_engine.from_cache(request)) {
    m_cache_keys.emplace_back();
    m_ready.emplace_back(index, std::move(*hit));
    return index;
  }
  m_cache_keys.push_back(m_engine.cache_key_for(request));
  m_unsent.push_back(std::make_unique<engine::Transfer>(
      std::move(request), m_engine.options(), [batch = m_batch, index](HttpResponse&& response) {
        batch->complete(index, std::move(response));
      }));
  return index;
}

std::optional<std::pair<std::size_t, HttpResponse>> CurlSession::next() {
  if (!m_unsent.empty()) {
    m_batch->expect(m_unsent.size());
    m_engine.loop().submit(std::move(m_unsent));
    m_unsent.clear();
  }
  if (m_ready.empty()) {
    for (auto& [index, response] : m_batch->take()) {
      m_engine.to_cache(m_cache_keys[index], response);
      m_ready.emplace_back(index, std::move(response));
    }
  }
  if (m_ready.empty())
    return std::nullopt;
  auto answer = std::move(m_ready.front());
  m_ready.pop_front();
  return answer;
}

}  // namespace

std::unique_ptr<Engine> make_curl_engine(const EngineOptions& options, ResponseCache* cache) {
  validate(options);
  // Hosts are matched in lower case, however the user spelled them.
  EngineOptions normalized = options;
  normalized.host_headers.clear();
  for (const auto& [host, headers] : options.host_headers) {
    std::string key = host;
    for (char& c : key) {
      c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    auto& merged = normalized.host_headers[key];
    merged.insert(merged.end(), headers.begin(), headers.end());
  }
  return std::make_unique<CurlEngine>(normalized, cache);
}

}  // namespace citecheck

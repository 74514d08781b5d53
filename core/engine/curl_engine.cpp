// The Engine behind make_curl_engine: answers from the response cache when allowed,
// everything else through one MultiLoop; callers on any thread receive their answers on
// their own thread, as they arrive (fetch_each) or all at once in order (fetch_all).

#include <condition_variable>
#include <memory>
#include <mutex>

#include <citecheck/engine.hpp>

#include "engine/multi_loop.hpp"
#include "engine/transfer.hpp"

namespace citecheck {
namespace {

/// The answers one fetch_all()/fetch_each() call waits for: the engine's loop thread
/// hands them in as transfers finish; the calling thread takes them out as they come.
class Batch {
 public:
  explicit Batch(std::size_t size) : m_remaining(size) {}

  void complete(std::size_t index, HttpResponse&& response) {
    std::lock_guard lock(m_mutex);
    m_arrived.emplace_back(index, std::move(response));
    m_ready.notify_all();
  }

  /// Blocks until at least one answer is in; empty once every answer has been taken.
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
  std::size_t m_remaining;
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
    std::vector<std::size_t> misses;
    for (std::size_t i = 0; i < requests.size(); ++i) {
      if (auto hit = from_cache(requests[i])) {
        sink(i, std::move(*hit));
      } else {
        misses.push_back(i);
      }
    }
    if (misses.empty()) {
      return;
    }
    auto batch = std::make_shared<Batch>(misses.size());
    std::vector<std::unique_ptr<engine::Transfer>> transfers;
    transfers.reserve(misses.size());
    for (std::size_t k = 0; k < misses.size(); ++k) {
      transfers.push_back(std::make_unique<engine::Transfer>(
          requests[misses[k]], m_options,
          [batch, k](HttpResponse&& response) { batch->complete(k, std::move(response)); }));
    }
    m_loop.submit(std::move(transfers));
    for (auto arrived = batch->take(); !arrived.empty(); arrived = batch->take()) {
      for (auto& [k, response] : arrived) {
        const std::size_t index = misses[k];
        to_cache(requests[index], response);
        sink(index, std::move(response));
      }
    }
  }

 private:
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

  void to_cache(const HttpRequest& request, const HttpResponse& response) {
    if (m_cache != nullptr && request.cache_max_age.count() > 0 && cacheable(response)) {
      m_cache->put(cache_key(request), serialize_response(response));
    }
  }

  const EngineOptions m_options;
  ResponseCache* m_cache;
  engine::MultiLoop m_loop;  // last: its thread stops before the options go away
};

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

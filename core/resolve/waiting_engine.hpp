#pragma once
// An Engine that tells when its caller starts and stops waiting on the network: the resolver
// adds a worker while one waits, so that plugins, plain sequential code that blocks on its
// requests, keep the engine busy without a thread per possible request from the start.

#include <functional>
#include <memory>

#include <citecheck/http.hpp>

namespace citecheck::resolve {

/// Called with +1 before a call that may wait on the network, and -1 after it.
using WaitNotice = std::function<void(int)>;

/// Forwards every call to `inner`, bracketed by `notice`.
class WaitingEngine final : public Engine {
 public:
  WaitingEngine(Engine& inner, WaitNotice notice) : m_inner(inner), m_notice(std::move(notice)) {}

  HttpResponse fetch(const HttpRequest& request) override;
  std::vector<HttpResponse> fetch_all(const std::vector<HttpRequest>& requests) override;
  void fetch_each(const std::vector<HttpRequest>& requests, const AnswerSink& sink) override;
  std::unique_ptr<FetchSession> open_session() override;

 private:
  Engine& m_inner;
  WaitNotice m_notice;
};

}  // namespace citecheck::resolve

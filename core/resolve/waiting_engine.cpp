#include "resolve/waiting_engine.hpp"

namespace citecheck::resolve {
namespace {

/// +1 now, -1 when it goes out of scope, exceptions included.
class Waiting {
 public:
  explicit Waiting(const WaitNotice& notice) : m_notice(notice) { m_notice(+1); }
  ~Waiting() { m_notice(-1); }
  Waiting(const Waiting&) = delete;
  Waiting& operator=(const Waiting&) = delete;

 private:
  const WaitNotice& m_notice;
};

class WaitingSession final : public FetchSession {
 public:
  WaitingSession(std::unique_ptr<FetchSession> inner, const WaitNotice& notice)
      : m_inner(std::move(inner)), m_notice(notice) {}
  std::size_t add(HttpRequest request) override { return m_inner->add(std::move(request)); }
  std::optional<std::pair<std::size_t, HttpResponse>> next() override {
    const Waiting waiting(m_notice);
    return m_inner->next();
  }

 private:
  std::unique_ptr<FetchSession> m_inner;
  const WaitNotice& m_notice;
};

}  // namespace

HttpResponse WaitingEngine::fetch(const HttpRequest& request) {
  const Waiting waiting(m_notice);
  return m_inner.fetch(request);
}

std::vector<HttpResponse> WaitingEngine::fetch_all(const std::vector<HttpRequest>& requests) {
  const Waiting waiting(m_notice);
  return m_inner.fetch_all(requests);
}

void WaitingEngine::fetch_each(const std::vector<HttpRequest>& requests, const AnswerSink& sink) {
  const Waiting waiting(m_notice);
  m_inner.fetch_each(requests, sink);
}

std::unique_ptr<FetchSession> WaitingEngine::open_session() {
  return std::make_unique<WaitingSession>(m_inner.open_session(), m_notice);
}

}  // namespace citecheck::resolve

// resolve_document's workers: as many as the cores while plugins compute, more while they
// wait on the network (up to the limit asked), answers in citation order either way.
#include <doctest/doctest.h>

#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>
#include <set>
#include <thread>

#include <citecheck/resolve.hpp>

using namespace citecheck;
using namespace std::chrono_literals;

namespace {

/// Holds each fetch until `want` fetches wait at once (or a second passed), and records the
/// most that ever did: the number of workers that waited on the network together.
class GatheringEngine final : public Engine {
 public:
  explicit GatheringEngine(std::size_t want) : m_want(want) {}

  HttpResponse fetch(const HttpRequest& request) override {
    std::unique_lock lock(m_mutex);
    ++m_waiting;
    m_most = std::max(m_most, m_waiting);
    m_changed.notify_all();
    m_changed.wait_for(lock, 1s, [&] { return m_waiting >= m_want || m_released; });
    m_released = m_released || m_waiting >= m_want;
    --m_waiting;
    HttpResponse answer;
    answer.url = request.url;
    answer.status = 200;
    return answer;
  }
  std::vector<HttpResponse> fetch_all(const std::vector<HttpRequest>& requests) override {
    std::vector<HttpResponse> out;
    for (const auto& request : requests)
      out.push_back(fetch(request));
    return out;
  }
  std::size_t most() const { return m_most; }

 private:
  std::size_t m_want;
  std::mutex m_mutex;
  std::condition_variable m_changed;
  std::size_t m_waiting = 0;
  std::size_t m_most = 0;
  bool m_released = false;
};

class NullStore final : public ResolutionStore {
 public:
  std::optional<std::string> get(const std::string&, const std::string&) override { return {}; }
  void put(const std::string&, const std::string&, const std::string&,
           std::chrono::seconds) override {}
};

/// Claims every citation; resolves it by one request when `online`, else from nothing, and
/// notes which threads did the work.
class CountingPlugin final : public Plugin {
 public:
  explicit CountingPlugin(bool online) : m_online(online) {}
  PluginInfo info() const override {
    PluginInfo info;
    info.name = "counting";
    info.version = "1";
    return info;
  }
  Recognition recognize(Citation&) const override { return Recognition::recognized; }
  std::optional<Resolution> resolve(const Citation& citation, ResolveContext& context) override {
    {
      const std::lock_guard lock(m_mutex);
      m_threads.insert(std::this_thread::get_id());
    }
    Resolution r;
    r.plugin = "counting";
    r.status = "resolved";
    r.identity = citation.id;
    if (m_online) {
      HttpRequest request;
      request.url = "http://127.0.0.1:1/" + citation.id;  // the fake engine sends nothing
      r.url = context.http.fetch(request).url;
    }
    return r;
  }
  std::size_t threads() const { return m_threads.size(); }

 private:
  bool m_online;
  std::mutex m_mutex;
  std::set<std::thread::id> m_threads;
};

ParsedDocument document_of(int citations) {
  ParsedDocument doc;
  for (int i = 1; i <= citations; ++i) {
    Footnote note;
    note.number = i;
    Citation c;
    c.id = std::to_string(i) + ".1";
    c.footnote = i;
    c.plugin = "counting";
    note.citations.push_back(c);
    doc.footnotes.push_back(note);
  }
  return doc;
}

void check_in_order(const std::vector<CitationResolutions>& out, int citations) {
  REQUIRE(out.size() == static_cast<std::size_t>(citations));
  for (int i = 0; i < citations; ++i) {
    CHECK(out[static_cast<std::size_t>(i)].citation_id == std::to_string(i + 1) + ".1");
    REQUIRE(out[static_cast<std::size_t>(i)].resolutions.size() == 1);
    CHECK(out[static_cast<std::size_t>(i)].resolutions[0].identity == std::to_string(i + 1) + ".1");
  }
}

/// What one resolve_document run showed: the answers, the most requests waiting at once and
/// the threads that resolved.
struct Run {
  std::vector<CitationResolutions> out;
  std::size_t most_waiting = 0;
  std::size_t threads = 0;
};

Run resolve(bool online, int citations, std::size_t parallel, std::size_t gather) {
  PluginSet plugins;
  auto plugin = std::make_unique<CountingPlugin>(online);
  const CountingPlugin& counting = *plugin;
  plugins.add(std::move(plugin), "test");
  GatheringEngine engine(gather);
  NullStore store;
  const std::map<std::string, std::string> settings;
  ResolveContext context{engine, store, settings, "", {}};
  const ParsedDocument doc = document_of(citations);
  Run run;
  run.out = resolve_document(doc, plugins, context, parallel);
  run.most_waiting = engine.most();
  run.threads = counting.threads();
  return run;
}

}  // namespace

TEST_SUITE("resolve") {
  TEST_CASE("workers waiting on the network are joined by more, up to the limit") {
    const Run run = resolve(true, 64, 16, 16);
    check_in_order(run.out, 64);
    CHECK(run.most_waiting == 16);  // sixteen requests on the wire at once, never more
    CHECK(run.threads == 16);
  }

  TEST_CASE("plugins that do not wait stay on one thread per core") {
    const Run run = resolve(false, 2000, 64, 1);
    check_in_order(run.out, 2000);
    CHECK(run.threads >= 1);
    CHECK(run.threads <= std::max(1u, std::thread::hardware_concurrency()));
  }
}

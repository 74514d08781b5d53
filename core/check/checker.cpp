#include <algorithm>
#include <chrono>
#include <ctime>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <unordered_map>

#include <citecheck/check.hpp>
#include <citecheck/engine.hpp>
#include <citecheck/sha256.hpp>

#include "check/classify.hpp"
#include "check/fingerprint.hpp"
#include "check/host_turns.hpp"
#include "check/page.hpp"
#include "check/refresh.hpp"
#include "check/url_rules.hpp"

namespace citecheck {
namespace {

constexpr const char* k_probe_plugin = "citecheck.soft404-probe";
constexpr auto k_probe_max_age = std::chrono::hours(24 * 7);
/// Results reach the cache in transactions of this many, so that a killed run keeps what
/// it had checked, without paying one transaction per link.
constexpr std::size_t k_record_batch = 256;
constexpr std::size_t k_lookup_batch = 256;
/// The classifier reads at most this much of a body (challenge markup); a page waiting
/// for its host's probe keeps no more.
constexpr std::size_t k_classify_prefix = 64 * 1024;
/// Refreshes followed per link, and hops in all (redirects and refreshes) past which a
/// refresh is no longer followed: the page is judged as it is.
constexpr int k_max_refreshes = 3;
constexpr std::size_t k_max_hops = 11;

std::string now_iso8601() {
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buffer;
}

// An answer waiting to be judged, with what was read from its page.
struct Answer {
  HttpResponse response;
  check::PageSignals page;
};

// One distinct URL under check. The answer is held (off the entry, which lives for the
// whole run) only until the link is judged.
struct Entry {
  std::string fetch;  ///< what is requested; the URL as cited is check.url
  LinkCheck check;
  std::unique_ptr<Answer> answer;
  /// While a page's refresh is followed: that page's answer, judged instead when the
  /// refresh leads nowhere (no answer at all), so a live stub is never called dead.
  std::unique_ptr<Answer> refreshed_from;
  int refreshes = 0;
  std::string refresh_note;  ///< said after the signal when a refresh was followed or failed
};

HttpRequest make_request(const std::string& url, const CheckRules& rules) {
  HttpRequest request;
  request.url = url;
  request.method = rules.head_first && check::looks_like_file(url) ? "HEAD" : "GET";
  // Each link is judged on its own answers: never on its host's failures with other links.
  request.fail_fast_when_host_down = false;
  return request;
}

bool no_answer_from_network(const HttpResponse& r) {
  return r.status == 0 && (r.error == NetError::dns || r.error == NetError::no_network);
}

// Finished checks on their way to the cache, in batches.
class Recorder {
 public:
  explicit Recorder(LinkCheckCache* cache) : m_cache(cache) {}
  Recorder(const Recorder&) = delete;
  Recorder& operator=(const Recorder&) = delete;
  ~Recorder() { flush(); }

  void add(const LinkCheck& check) {
    if (m_cache == nullptr || check.state == LinkState::unknown)
      return;
    m_pending.push_back(check);
    if (m_pending.size() >= k_record_batch)
      flush();
  }

  void flush() {
    if (m_cache != nullptr && !m_pending.empty())
      m_cache->record_batch(m_pending);
    m_pending.clear();
  }

 private:
  LinkCheckCache* m_cache;
  std::vector<LinkCheck> m_pending;
};

// The soft-404 fingerprints of hosts: from the store when probed on an earlier run, else
// probed once here.
class Fingerprints {
 public:
  explicit Fingerprints(ResolutionStore* store) : m_store(store) {}

  /// Known fingerprint of `origin`, or nullptr when it has not been probed (yet).
  const check::HostFingerprint* known(const std::string& origin) {
    if (auto it = m_known.find(origin); it != m_known.end())
      return &it->second;
    if (m_store == nullptr || !m_looked_up.insert(origin).second)
      return nullptr;
    if (auto cached = m_store->get(k_probe_plugin, origin)) {
      if (auto fp = check::fingerprint_from_json(*cached))
        return &(m_known[origin] = *fp);
    }
    return nullptr;
  }

  /// A request for a path on `origin` that cannot exist; `salt` makes it unguessable.
  static HttpRequest probe_request(const std::string& origin, unsigned long long salt) {
    HttpRequest request;
    request.url = origin + check::probe_path(salt);
    request.first_in_line = true;  // the host's pages wait for it
    return request;
  }

  /// Takes the probe's answer in: the host's fingerprint, kept here and in the store.
  void learn(const std::string& origin, const HttpResponse& answer) {
    if (answer.status == 0)
      return;  // the probe itself failed: no comparison for this host
    const auto page = check::read_page(answer.header("content-type"), answer.body);
    const check::HostFingerprint fp = check::make_fingerprint(answer, page);
    m_known[origin] = fp;
    if (m_store != nullptr) {
      m_store->put(k_probe_plugin, origin, check::to_json_text(fp),
                   std::chrono::duration_cast<std::chrono::seconds>(k_probe_max_age));
    }
  }

 private:
  ResolutionStore* m_store;
  std::map<std::string, check::HostFingerprint> m_known;
  std::set<std::string> m_looked_up;
};

// Takes what it keeps out of the answer (hops and headers are the bulk of a check).
void fill_evidence(LinkCheck& c, HttpResponse&& r, const check::PageSignals& page,
                   const check::Verdict& verdict, const std::string& tool_version) {
  c.state = verdict.state;
  c.status = r.status;
  c.final_url = std::move(r.final_url);
  c.moved_to = verdict.moved_to;
  c.error = r.error == NetError::none ? "" : r.error_text;
  c.checked_at = now_iso8601();
  c.from_cache = r.from_cache;
  c.evidence.method = std::move(r.method);
  c.evidence.request_headers = std::move(r.request_headers);
  c.evidence.hops = std::move(r.hops);
  c.evidence.title = page.raw_title;
  c.evidence.seconds = r.seconds;
  c.evidence.attempts = r.attempts;
  c.evidence.signal = verdict.signal;
  c.evidence.tool_version = tool_version;
}

// Judges one link from its answer and lets the answer go.
void judge(Entry& e, const check::HostFingerprint* fingerprint, const CheckRules& rules,
           const std::string& tool_version, Recorder& recorder) {
  check::Verdict verdict = check::classify(e.answer->response, e.answer->page, rules, fingerprint);
  verdict.signal += e.refresh_note;
  fill_evidence(e.check, std::move(e.answer->response), e.answer->page, verdict, tool_version);
  e.answer.reset();
  recorder.add(e.check);
}

// Takes an answer in: the body's digest and signals are read, the body cut to what the
// classifier reads.
void take_answer(Entry& e, HttpResponse&& response, const CheckContext& context) {
  if (context.observe_answer && response.method == "GET" && response.status != 0)
    context.observe_answer(response);
  e.check.evidence.body_sha256 = sha256_hex(response.body);
  e.check.evidence.body_bytes = response.body.size();
  e.answer = std::make_unique<Answer>();
  e.answer->page = check::read_page(response.header("content-type"), response.body);
  if (response.body.size() > k_classify_prefix) {
    response.body.resize(k_classify_prefix);
    response.body.shrink_to_fit();
  }
  e.answer->response = std::move(response);
}

// The URL the page just taken in refreshes to, when the checker should go on there.
std::optional<std::string> refresh_to_follow(const Entry& e) {
  const HttpResponse& r = e.answer->response;
  if (e.refreshes >= k_max_refreshes || r.hops.size() >= k_max_hops)
    return std::nullopt;
  auto target = check::refresh_target(r, e.answer->page);
  if (!target || *target == r.url)
    return std::nullopt;
  for (const Hop& hop : r.hops) {
    if (hop.url == *target)
      return std::nullopt;  // a refresh loop: the pages are there; judged as it is
  }
  return target;
}

// The refreshed-to page's answer as the cited URL's: the stub's hops first (the stub's own
// hop pointing on to where it refreshed), then the new ones.
HttpResponse after_refresh(Answer& stub, HttpResponse&& next) {
  std::vector<Hop> hops = std::move(stub.response.hops);
  if (!hops.empty())
    hops.back().location = next.url;
  hops.insert(hops.end(), std::make_move_iterator(next.hops.begin()),
              std::make_move_iterator(next.hops.end()));
  next.hops = std::move(hops);
  next.url = std::move(stub.response.url);
  next.seconds += stub.response.seconds;
  return std::move(next);
}

}  // namespace

CheckReport check_links(const std::vector<std::string>& urls, const CheckRules& rules,
                        CheckContext& context, const CheckProgress& progress) {
  const check::UrlRules url_rules(rules);
  // Sized once: a growing vector of entries holds twice their size while it moves them.
  std::vector<Entry> entries;
  entries.reserve(urls.size());
  std::unordered_map<std::string, std::size_t> seen;
  seen.reserve(urls.size());
  for (const auto& url : urls) {
    const std::string fetch = fetchable_url(url);
    const std::string key = check_key(url, fetch);
    if (!seen.emplace(key, entries.size()).second) {
      continue;
    }
    Entry e;
    e.fetch = fetch;
    e.check.url = url;
    e.check.normalized_url = key;
    entries.push_back(std::move(e));
  }

  const std::size_t total = entries.size();
  std::size_t done = 0;
  const auto tick = [&] {
    ++done;
    if (progress) {
      progress(done, total);
    }
  };

  std::vector<Entry*> todo;
  std::vector<Entry*> to_look_up;
  for (auto& e : entries) {
    bool invalid = false;
    if (auto reason = check::unfetchable_reason(e.fetch, invalid)) {
      e.check.state = invalid ? LinkState::invalid : LinkState::skipped;
      e.check.evidence.signal = *reason;
      e.check.checked_at = now_iso8601();
      tick();
      continue;
    }
    if (auto reason = url_rules.skip_reason(e.fetch)) {
      e.check.state = LinkState::skipped;
      e.check.evidence.signal = *reason;
      e.check.checked_at = now_iso8601();
      tick();
      continue;
    }
    to_look_up.push_back(&e);
  }
  // Looked up in batches: one read transaction each instead of one per link, and no more
  // than a batch of cached results held twice while they move into their entries.
  for (std::size_t from = 0; from < to_look_up.size(); from += k_lookup_batch) {
    const std::size_t to = std::min(to_look_up.size(), from + k_lookup_batch);
    std::vector<std::optional<LinkCheck>> cached;
    if (context.cache != nullptr) {
      std::vector<std::string> keys;
      keys.reserve(to - from);
      for (std::size_t i = from; i < to; ++i)
        keys.push_back(to_look_up[i]->check.normalized_url);
      cached = context.cache->fresh_batch(keys);
    }
    for (std::size_t i = from; i < to; ++i) {
      Entry& e = *to_look_up[i];
      if (i - from < cached.size() && cached[i - from]) {
        std::string cited = std::move(e.check.url);
        // The cache says whether the result is its own (from_cache) or one this run made
        // earlier and handed back (a later batch citing the URL again).
        e.check = std::move(*cached[i - from]);
        e.check.url = std::move(cited);
        tick();
        continue;
      }
      todo.push_back(&e);
    }
  }

  // Each answer is judged as it arrives, except: no answer from the network (judged once
  // every answer is in: the machine may have no network at all), and a 2xx page from a
  // host whose soft-404 fingerprint is not known yet (judged when the host's probe, sent
  // by the first HTML page it serves, answers; or at the end if no probe was sent).
  Recorder recorder(context.cache);
  Fingerprints fingerprints(context.probe_store);
  const std::unique_ptr<FetchSession> session = context.engine.open_session();
  // What each request of the session was for: an entry, or a host's probe.
  struct Asked {
    Entry* entry = nullptr;
    std::string probed_origin;
    bool windowed = false;  ///< counted in the send window (see feed)
  };
  std::vector<Asked> asked;
  const auto ask = [&](HttpRequest request, Asked what) {
    session->add(std::move(request));
    asked.push_back(std::move(what));
  };
  // Origin -> entries that wait for its probe (or for the end, when it has no probe).
  std::map<std::string, std::vector<Entry*>> waiting_for_probe;
  std::set<std::string> probe_sent;
  std::set<std::string> probe_answered;
  const auto salt =
      static_cast<unsigned long long>(std::chrono::steady_clock::now().time_since_epoch().count());
  std::vector<Entry*> no_answer;
  bool counting = true;
  const auto on_answer = [&](Entry& e, HttpResponse&& response) {
    if (e.refreshed_from != nullptr && response.status == 0) {
      e.refresh_note =
          " (its refresh to " + response.url + " got no answer: " + response.error_text + ")";
      e.answer = std::move(e.refreshed_from);
    } else {
      if (e.refreshed_from != nullptr)
        response = after_refresh(*e.refreshed_from, std::move(response));
      e.refreshed_from.reset();
      take_answer(e, std::move(response), context);
      if (auto next = refresh_to_follow(e)) {
        if (e.refreshes++ == 0)
          e.refresh_note = " (after the cited page refreshed to " + *next + ")";
        e.refreshed_from = std::move(e.answer);
        ask(make_request(*next, rules), {&e, {}});
        return;
      }
    }
    if (counting)
      tick();
    const HttpResponse& r = e.answer->response;
    if (no_answer_from_network(r)) {
      no_answer.push_back(&e);
      return;
    }
    const check::HostFingerprint* fp = nullptr;
    if (rules.probe_soft_404 && r.status >= 200 && r.status < 300) {
      const std::string origin = check::url_origin(e.fetch);
      fp = fingerprints.known(origin);
      // A host whose probe failed has no fingerprint to wait for.
      if (fp == nullptr && !probe_answered.contains(origin)) {
        waiting_for_probe[origin].push_back(&e);
        if (e.answer->page.html && !origin.empty() && probe_sent.insert(origin).second)
          ask(Fingerprints::probe_request(origin, salt + probe_sent.size() - 1), {nullptr, origin});
        return;
      }
    }
    judge(e, fp, rules, context.tool_version, recorder);
  };
  // Links go to the engine a window at a time, hosts taking turns, and no host more than
  // rules.host_ahead ahead of its answers: the engine holds a bounded number of requests however
  // many links there are, and a slow or paced host cannot fill the window.
  check::HostTurns<Entry*> to_send;
  for (Entry* e : todo)
    to_send.add(check::url_origin(e->fetch), e);
  std::size_t in_session = 0;
  std::unordered_map<std::string, std::size_t> host_in_session;
  const auto feed = [&] {
    while (in_session < std::max<std::size_t>(rules.send_window, 1)) {
      const auto next = to_send.next([&](const std::string& host) {
        return host_in_session[host] < std::max<std::size_t>(rules.host_ahead, 1);
      });
      if (!next)
        break;
      ++in_session;
      ++host_in_session[check::url_origin((*next)->fetch)];
      ask(make_request((*next)->fetch, rules), {*next, {}, true});
    }
  };
  const auto drain = [&] {
    feed();
    while (auto answer = session->next()) {
      // Taken out, not referenced: feed() and on_answer() ask more, which may move `asked`.
      const Asked what = std::move(asked[answer->first]);
      if (what.entry != nullptr) {
        if (what.windowed) {
          --in_session;
          --host_in_session[check::url_origin(what.entry->fetch)];
          feed();
        }
        on_answer(*what.entry, std::move(answer->second));
        continue;
      }
      fingerprints.learn(what.probed_origin, answer->second);
      probe_answered.insert(what.probed_origin);
      auto held = waiting_for_probe.extract(what.probed_origin);
      if (held.empty())
        continue;
      const check::HostFingerprint* fp = fingerprints.known(what.probed_origin);
      for (Entry* e : held.mapped())
        judge(*e, fp, rules, context.tool_version, recorder);
    }
  };
  drain();

  CheckReport report;
  if (!todo.empty() && no_answer.size() == todo.size()) {
    std::set<std::string> hosts;
    for (const Entry* e : todo) {
      hosts.insert(check::url_origin(e->fetch));
    }
    report.no_network = true;
    report.no_network_reason = "none of the " + std::to_string(hosts.size()) +
                               " host(s) could be resolved or reached (" +
                               todo.front()->answer->response.error_text +
                               "): this machine seems to have no network; nothing was judged";
    for (Entry* e : todo) {
      fill_evidence(e->check, std::move(e->answer->response), e->answer->page,
                    {LinkState::unknown, "not checked: no network", {}}, context.tool_version);
      e->answer.reset();
    }
  } else {
    // A name that did not resolve while others did may be a passing resolver fault: ask
    // again once before calling the link dead.
    std::vector<Entry*> held;
    counting = false;
    for (Entry* e : no_answer) {
      const HttpResponse& r = e->answer->response;
      if (r.status == 0 && r.error == NetError::dns)
        ask(make_request(e->fetch, rules), {e, {}});
      else
        held.push_back(e);
    }
    no_answer.clear();
    drain();
    held.insert(held.end(), no_answer.begin(), no_answer.end());
    for (Entry* e : held)
      judge(*e, nullptr, rules, context.tool_version, recorder);
    // Pages of hosts that served no HTML page, hence were not probed.
    for (auto& [origin, entries_of_origin] : waiting_for_probe) {
      for (Entry* e : entries_of_origin)
        judge(*e, fingerprints.known(origin), rules, context.tool_version, recorder);
    }
  }
  recorder.flush();
  seen = {};
  report.checks.reserve(entries.size());
  for (auto& e : entries) {
    report.checks.push_back(std::move(e.check));
  }
  return report;
}

}  // namespace citecheck

#include <chrono>
#include <ctime>
#include <map>
#include <set>
#include <unordered_map>

#include <citecheck/check.hpp>
#include <citecheck/sha256.hpp>
#include <citecheck/engine.hpp>

#include "check/classify.hpp"
#include "check/fingerprint.hpp"
#include "check/page.hpp"
#include "check/url_rules.hpp"

namespace citecheck {
namespace {

// Requests go to the engine in slices so progress can be reported while the engine keeps
// its pipes full; a slice is several times the engine's own concurrency.
constexpr std::size_t k_slice = 512;
constexpr const char* k_probe_plugin = "citecheck.soft404-probe";
constexpr auto k_probe_max_age = std::chrono::hours(24 * 7);

std::string now_iso8601() {
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buffer;
}

// One distinct URL under check.
struct Entry {
  std::string cited;
  std::string fetch;
  LinkCheck check;
  bool needs_network = false;
  HttpResponse response;
  check::PageSignals page;
};

HttpRequest make_request(const std::string& url, const CheckRules& rules) {
  HttpRequest request;
  request.url = url;
  request.method = rules.head_first && check::looks_like_file(url) ? "HEAD" : "GET";
  return request;
}

void fetch_in_slices(std::vector<Entry*>& todo, const CheckRules& rules, CheckContext& context,
                     const std::function<void()>& on_done) {
  for (std::size_t start = 0; start < todo.size(); start += k_slice) {
    const std::size_t end = std::min(todo.size(), start + k_slice);
    std::vector<HttpRequest> requests;
    for (std::size_t i = start; i < end; ++i) {
      requests.push_back(make_request(todo[i]->fetch, rules));
    }
    std::vector<HttpResponse> responses = context.engine.fetch_all(requests);
    for (std::size_t i = start; i < end; ++i) {
      Entry& entry = *todo[i];
      entry.response = std::move(responses[i - start]);
      entry.page = check::read_page(entry.response.header("content-type"), entry.response.body);
      if (on_done) {
        on_done();
      }
    }
  }
}

bool no_answer_from_network(const HttpResponse& r) {
  return r.status == 0 && (r.error == NetError::dns || r.error == NetError::no_network);
}

// Probes each host that served a 2xx HTML page once (cached across runs).
std::map<std::string, check::HostFingerprint> probe_hosts(const std::vector<Entry*>& fetched,
                                                          CheckContext& context) {
  std::map<std::string, check::HostFingerprint> out;
  std::vector<std::string> origins;
  for (const Entry* e : fetched) {
    if (e->response.status < 200 || e->response.status >= 300 || !e->page.html) {
      continue;
    }
    const std::string origin = check::url_origin(e->fetch);
    if (origin.empty() || out.count(origin) != 0 ||
        std::find(origins.begin(), origins.end(), origin) != origins.end()) {
      continue;
    }
    if (context.probe_store != nullptr) {
      if (auto cached = context.probe_store->get(k_probe_plugin, origin)) {
        if (auto fp = check::fingerprint_from_json(*cached)) {
          out[origin] = *fp;
          continue;
        }
      }
    }
    origins.push_back(origin);
  }
  if (origins.empty()) {
    return out;
  }
  std::vector<HttpRequest> requests;
  const auto salt =
      static_cast<unsigned long long>(std::chrono::steady_clock::now().time_since_epoch().count());
  for (std::size_t i = 0; i < origins.size(); ++i) {
    HttpRequest request;
    request.url = origins[i] + check::probe_path(salt + i);
    requests.push_back(std::move(request));
  }
  const std::vector<HttpResponse> answers = context.engine.fetch_all(requests);
  for (std::size_t i = 0; i < origins.size(); ++i) {
    if (answers[i].status == 0) {
      continue;  // the probe itself failed: no comparison for this host
    }
    const auto page = check::read_page(answers[i].header("content-type"), answers[i].body);
    const check::HostFingerprint fp = check::make_fingerprint(answers[i], page);
    out[origins[i]] = fp;
    if (context.probe_store != nullptr) {
      context.probe_store->put(k_probe_plugin, origins[i], check::to_json_text(fp),
                               std::chrono::duration_cast<std::chrono::seconds>(k_probe_max_age));
    }
  }
  return out;
}

void fill_evidence(Entry& e, const check::Verdict& verdict, const std::string& tool_version) {
  LinkCheck& c = e.check;
  const HttpResponse& r = e.response;
  c.state = verdict.state;
  c.status = r.status;
  c.final_url = r.final_url;
  c.moved_to = verdict.moved_to;
  c.error = r.error == NetError::none ? "" : r.error_text;
  c.checked_at = now_iso8601();
  c.from_cache = r.from_cache;
  c.evidence.method = r.method;
  c.evidence.request_headers = r.request_headers;
  c.evidence.hops = r.hops;
  c.evidence.body_sha256 = sha256_hex(r.body);
  c.evidence.body_bytes = r.body.size();
  c.evidence.title = e.page.raw_title;
  c.evidence.seconds = r.seconds;
  c.evidence.attempts = r.attempts;
  c.evidence.signal = verdict.signal;
  c.evidence.tool_version = tool_version;
}

}  // namespace

CheckReport check_links(const std::vector<std::string>& urls, const CheckRules& rules,
                        CheckContext& context, const CheckProgress& progress) {
  const check::UrlRules url_rules(rules);
  std::vector<Entry> entries;
  std::unordered_map<std::string, std::size_t> seen;
  for (const auto& url : urls) {
    const std::string fetch = fetchable_url(url);
    const std::string key = fetch.empty() ? url : normalize_url(fetch);
    if (!seen.emplace(key, entries.size()).second) {
      continue;
    }
    Entry e;
    e.cited = url;
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
    if (context.cache != nullptr) {
      if (auto cached = context.cache->fresh(e.check.normalized_url)) {
        e.check = *cached;
        e.check.url = e.cited;
        e.check.from_cache = true;
        tick();
        continue;
      }
    }
    e.needs_network = true;
    todo.push_back(&e);
  }

  fetch_in_slices(todo, rules, context, tick);

  CheckReport report;
  const bool all_failed_lookup =
      !todo.empty() && std::all_of(todo.begin(), todo.end(), [](const Entry* e) {
        return no_answer_from_network(e->response);
      });
  if (all_failed_lookup) {
    std::set<std::string> hosts;
    for (const Entry* e : todo) {
      hosts.insert(check::url_origin(e->fetch));
    }
    report.no_network = true;
    report.no_network_reason = "none of the " + std::to_string(hosts.size()) +
                               " host(s) could be resolved or reached (" +
                               todo.front()->response.error_text +
                               "): this machine seems to have no network; nothing was judged";
    for (Entry* e : todo) {
      fill_evidence(*e, {LinkState::unknown, "not checked: no network", {}}, context.tool_version);
    }
  } else {
    // A name that did not resolve while others did may be a passing resolver fault: ask
    // again once before calling the link dead.
    std::vector<Entry*> again;
    for (Entry* e : todo) {
      if (e->response.status == 0 && e->response.error == NetError::dns) {
        again.push_back(e);
      }
    }
    fetch_in_slices(again, rules, context, {});
    const auto fingerprints = rules.probe_soft_404
                                  ? probe_hosts(todo, context)
                                  : std::map<std::string, check::HostFingerprint>{};
    for (Entry* e : todo) {
      const auto fp = fingerprints.find(check::url_origin(e->fetch));
      const check::Verdict verdict = check::classify(
          e->response, e->page, rules, fp == fingerprints.end() ? nullptr : &fp->second);
      fill_evidence(*e, verdict, context.tool_version);
      if (context.cache != nullptr && e->check.state != LinkState::unknown) {
        context.cache->record(e->check);
      }
    }
  }
  for (auto& e : entries) {
    report.checks.push_back(std::move(e.check));
  }
  return report;
}

}  // namespace citecheck

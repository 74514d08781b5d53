#pragma once
// The link checker: URLs -> LinkChecks, through an Engine, consulting a cache first.
// It knows HTTP, not citations; reports join checks back to citations by URL.

#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <citecheck/http.hpp>
#include <citecheck/link_check.hpp>
#include <citecheck/plugin.hpp>

namespace citecheck {

/// The user's rules: what to check and which statuses count as fine.
struct CheckRules {
  std::vector<std::string> include;  ///< ECMAScript regexes; when set, only matches are checked
  std::vector<std::string> exclude;  ///< matches are reported `skipped`
  std::vector<int> accept;           ///< statuses treated as `ok` (e.g. 403 for a known site)
  /// Statuses treated as `ok` for the hosts a pattern names ("*.example.org").
  std::map<std::string, std::vector<int>> host_accept;
  bool probe_soft_404 = true;  ///< fetch one random path per host to spot soft 404s
  bool head_first = true;
  /// Requests handed to the engine ahead of their answers, in all and per host: the
  /// checker's memory follows these, not the number of links. Keep them well above the
  /// engine's concurrency limits, or they become the limits.
  std::size_t send_window = 1024;
  std::size_t host_ahead = 256;
};

/// Where the checker keeps and finds earlier results. The SQLite store implements it; the
/// checker asks before it fetches ("a checker that uses a cache").
class LinkCheckCache {
 public:
  virtual ~LinkCheckCache() = default;
  /// A result still fresh by the cache's own age policy, or nullopt. It is marked
  /// from_cache, unless it is one the same run checked and recorded itself.
  virtual std::optional<LinkCheck> fresh(const std::string& normalized_url) = 0;
  /// fresh() for each key, where the cache can, in one read transaction.
  virtual std::vector<std::optional<LinkCheck>> fresh_batch(const std::vector<std::string>& keys) {
    std::vector<std::optional<LinkCheck>> out;
    out.reserve(keys.size());
    for (const std::string& key : keys)
      out.push_back(fresh(key));
    return out;
  }
  virtual void record(const LinkCheck& check) = 0;
  /// As record() for each, where the cache can, in one transaction.
  virtual void record_batch(const std::vector<LinkCheck>& checks) {
    for (const LinkCheck& check : checks)
      record(check);
  }
};

/// A run's outcome. When this machine has no network at all, every link that needed the
/// network is `unknown` and `no_network` says why, once.
struct CheckReport {
  std::vector<LinkCheck> checks;  ///< one per distinct normalized URL, in first-seen order
  bool no_network = false;
  std::string no_network_reason;
};

/// Called after each finished link: (done, total).
using CheckProgress = std::function<void(std::size_t, std::size_t)>;

/// What the checker was given to work with. `cache` and `probe_store` may be null.
struct CheckContext {
  Engine& engine;
  LinkCheckCache* cache = nullptr;
  ResolutionStore* probe_store = nullptr;  ///< per-host soft-404 fingerprints
  std::string tool_version;
  /// Called with each GET answer as it arrives, before its body is cut to what the
  /// classifier reads (the host hands it to plugins when resolution follows).
  std::function<void(const HttpResponse&)> observe_answer;
};

/// Checks each distinct URL once.
CheckReport check_links(const std::vector<std::string>& urls, const CheckRules& rules,
                        CheckContext& context, const CheckProgress& progress = {});

/// The URL as fetched: trimmed, a scheme added to a bare "www." URL. Empty when it is not
/// a URL at all.
std::string fetchable_url(const std::string& url);

/// The key a cited URL's check is kept and found under (LinkCheck::normalized_url): its
/// fetchable form, normalized; the URL as written when it is no URL at all. `fetch` is
/// fetchable_url(url), for callers that have it already.
std::string check_key(const std::string& url, const std::string& fetch);
std::string check_key(const std::string& url);

/// Throws UsageError, naming it, for an include or exclude pattern that is not a regular
/// expression: what check_links would throw, said before any link is checked or reported.
void validate(const CheckRules& rules);

}  // namespace citecheck

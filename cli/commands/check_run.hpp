#pragma once
// What a `check` run keeps across its batches of documents: which distinct URLs it has
// checked (a URL cited again in a later batch is not fetched again), and the run's totals.
// URLs are kept as 64-bit hashes of their keys, about 40 bytes each with the table: two
// distinct keys of one run share a hash with odds of about n²/2⁶⁵ (10⁻¹⁰ for 50,000 URLs).
// The results themselves stay in the store.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <citecheck/check.hpp>
#include <citecheck/store.hpp>

namespace citecheck::cli {

/// A key's hash, as the run keeps it.
std::uint64_t url_key_hash(const std::string& normalized_url);

/// The checker's cache for one run: the store, and which URLs this run recorded in it. A
/// URL this run checked in an earlier batch comes back as this run found it (not "from
/// cache"), whatever the store's age policy says. (A store that fails mid-run keeps
/// nothing: such URLs are checked again.)
class RunMemo final : public LinkCheckCache {
 public:
  explicit RunMemo(Store& store) : m_store(store) {}

  std::optional<LinkCheck> fresh(const std::string& key) override;
  std::vector<std::optional<LinkCheck>> fresh_batch(const std::vector<std::string>& keys) override;
  void record(const LinkCheck& check) override;
  void record_batch(const std::vector<LinkCheck>& checks) override;

 private:
  std::optional<LinkCheck> checked_here(const std::string& key);

  Store& m_store;
  std::unordered_set<std::uint64_t> m_checked;  ///< keys this run recorded
};

/// The run's totals, per distinct URL over every batch.
class RunTotals {
 public:
  /// Takes one batch's report in.
  void add(const CheckReport& report);

  std::map<LinkState, std::size_t> counts() const;
  std::size_t distinct_urls() const { return m_urls.size(); }
  std::size_t from_cache() const { return m_from_cache; }
  bool broken() const { return m_broken; }
  bool no_network() const { return !m_no_network_reason.empty(); }
  const std::string& no_network_reason() const { return m_no_network_reason; }

 private:
  std::unordered_map<std::uint64_t, LinkState> m_urls;
  std::size_t m_from_cache = 0;
  bool m_broken = false;
  std::string m_no_network_reason;
};

}  // namespace citecheck::cli

#include "commands/check_run.hpp"

namespace citecheck::cli {

std::uint64_t url_key_hash(const std::string& normalized_url) {
  // FNV-1a, 64 bits on every platform (std::hash is 32 bits where size_t is).
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (const char c : normalized_url) {
    hash = (hash ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
  }
  return hash;
}

std::optional<LinkCheck> RunMemo::checked_here(const std::string& key) {
  std::optional<LinkCheck> found = m_store.latest(key);
  if (found) {
    found->from_cache = false;  // this run asked for it
  }
  return found;
}

std::optional<LinkCheck> RunMemo::fresh(const std::string& key) {
  if (m_checked.contains(url_key_hash(key))) {
    if (auto found = checked_here(key)) {
      return found;
    }
  }
  return m_store.fresh(key);
}

std::vector<std::optional<LinkCheck>> RunMemo::fresh_batch(const std::vector<std::string>& keys) {
  // The store answers the keys this run has not checked in one read, as before.
  std::vector<std::optional<LinkCheck>> out(keys.size());
  std::vector<std::string> ask;
  std::vector<std::size_t> asked_for;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    if (m_checked.contains(url_key_hash(keys[i]))) {
      if ((out[i] = checked_here(keys[i]))) {
        continue;
      }
    }
    ask.push_back(keys[i]);
    asked_for.push_back(i);
  }
  if (!ask.empty()) {
    std::vector<std::optional<LinkCheck>> answers = m_store.fresh_batch(ask);
    for (std::size_t k = 0; k < answers.size() && k < asked_for.size(); ++k) {
      out[asked_for[k]] = std::move(answers[k]);
    }
  }
  return out;
}

void RunMemo::record(const LinkCheck& check) {
  record_batch({check});
}

void RunMemo::record_batch(const std::vector<LinkCheck>& checks) {
  m_store.record_batch(checks);
  for (const LinkCheck& check : checks) {
    m_checked.insert(url_key_hash(check.normalized_url));
  }
}

void RunTotals::add(const CheckReport& report) {
  if (report.no_network && m_no_network_reason.empty()) {
    m_no_network_reason = report.no_network_reason;
  }
  for (const LinkCheck& check : report.checks) {
    if (m_urls.emplace(url_key_hash(check.normalized_url), check.state).second) {
      m_from_cache += check.from_cache ? 1 : 0;
      m_broken = m_broken || is_broken(check.state);
    }
  }
}

std::map<LinkState, std::size_t> RunTotals::counts() const {
  std::map<LinkState, std::size_t> counts;
  for (const auto& [key, state] : m_urls) {
    ++counts[state];
  }
  return counts;
}

}  // namespace citecheck::cli

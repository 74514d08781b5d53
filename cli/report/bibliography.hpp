#pragma once
// What the bibliography formats (CSL-JSON, BibTeX) share: which citations become entries
// (each cited source once; 'Ibid.' points at an entry rather than being one) and their
// keys (unique, readable: "boas2014guns").

#include <optional>
#include <set>
#include <string>

#include <citecheck/citation.hpp>

namespace citecheck::cli {

/// The entries of one output, in first-cited order.
class Bibliography {
 public:
  /// The key for a new entry, or nullopt when the citation is not an entry of its own
  /// (an ibid, an empty citation) or its source was already added.
  std::optional<std::string> add(const Citation& citation);

 private:
  std::set<std::string> m_identities;
  std::set<std::string> m_keys;
};

/// What makes two citations the same source: DOI, else UN symbol, else URL and title,
/// else title, authors and year. Empty when the citation names nothing.
std::string source_identity(const Citation& citation);

/// The key before uniqueness: first author's family name (or the organisation, symbol,
/// site), year, first significant title word; ASCII letters and digits.
std::string key_base(const Citation& citation);

/// The first UN symbol, its year dropped ("S/RES/2100 (2013)" -> "S/RES/2100").
std::string symbol_without_year(const std::string& symbol);

}  // namespace citecheck::cli

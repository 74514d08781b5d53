#pragma once
// DOIs in citation text, in every form authors print them: bare "10.1080/00396338.2019.
// 1569895", "doi:10...", "DOI: 10...", "https://doi.org/10...", "http://dx.doi.org/10...",
// inside publisher URLs, percent-encoded ("10.1007%2Fs12290-016-0395-5") and broken at a
// line-end hyphen ("s12290- 016-0395-5"). Results are bare DOIs as Crossref writes them.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <citecheck/citation.hpp>

namespace citecheck::plugins::journals {

/// One DOI found: bare and decoded, where it was printed, and any repair made to it.
struct DoiHit {
  std::string doi;
  std::size_t begin = 0;
  std::size_t end = 0;
  std::vector<Repair> repairs;
};

/// DOIs in `text`, in printed order, each once (DOIs compare case-insensitively).
std::vector<DoiHit> find_dois(std::string_view text);

/// Crossref's pattern for modern DOIs, `10.NNNN+/suffix`: a registrant code of four to nine
/// digits and a suffix of letters, digits and -._;()/: (plus the <>[]+ of old SICI DOIs).
bool is_valid_doi(std::string_view doi);

}  // namespace citecheck::plugins::journals

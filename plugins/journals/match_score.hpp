#pragma once
// How well a Crossref work fits a cited one: titles compared token by token with room for
// OCR slips, quotes and diacritics ("Bøås" printed "Bpas"), author family names, year and
// journal. The score decides whether a DOI found by search may be given to a citation.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "common/edit_distance.hpp"
#include "crossref_work.hpp"

namespace citecheck::plugins::journals {

/// Lower-case ASCII letters and digits, words separated by single spaces: Latin letters
/// lose their diacritics ("Bøås" -> "boas"), quotes and punctuation become spaces, Greek
/// and Cyrillic are lower-cased, other scripts kept as they are.
std::string fold_text(std::string_view text);

/// The words of `fold_text(text)`.
std::vector<std::string> word_tokens(std::string_view text);

/// Levenshtein distance over bytes (shared with the other plugins).
using common::edit_distance;

/// Dice similarity of two texts' words (0..1), where words one OCR slip apart count 0.9.
double token_similarity(std::string_view a, std::string_view b);

/// The cited title against the work's title, alone and with its subtitle (0..1). A
/// "RETRACTED:" prefix on the work's title does not count against it.
double title_similarity(std::string_view cited, const CrossrefWork& work);

/// The family name in an author as printed: "Morten Bøås" -> "boas", "Bøås, M." -> "boas",
/// folded.
std::string family_name(std::string_view author);

/// What the citation says about the work.
struct CitedWork {
  std::string title;
  std::vector<std::string> families;  ///< folded
  std::string container;
  int year = 0;
};

/// Each part's score (0..1; -1 where the citation does not say) and the weighted total.
struct MatchScore {
  double total = 0.0;
  double title = 0.0;
  double authors = -1.0;
  double year = -1.0;
  double journal = -1.0;
};

MatchScore score_work(const CitedWork& cited, const CrossrefWork& work);

/// Whether a score is strong enough to give the work's DOI to the citation: the total at
/// least `threshold`, and the title close on its own, so that author, year and journal can
/// never carry a different article.
bool is_confident(const MatchScore& score, double threshold);

inline constexpr double k_min_title_similarity = 0.8;

}  // namespace citecheck::plugins::journals

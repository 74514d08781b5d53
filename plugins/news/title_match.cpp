#include "title_match.hpp"

#include <algorithm>
#include <array>

#include "common/edit_distance.hpp"
#include "text_fold.hpp"

namespace citecheck::plugins::news {

using common::edit_distance;

namespace {

/// Titles longer than this are compared on their first bytes: no real headline is, and
/// it bounds the quadratic edit distance.
constexpr std::size_t k_max_compared = 400;
/// Two words of at least this length count as one word misread when this alike.
constexpr std::size_t k_typo_min_length = 4;
constexpr double k_typo_similarity = 0.75;
/// Containment needs this many words in the shorter title: "Mali" alone proves nothing.
constexpr std::size_t k_containment_min_words = 3;
constexpr double k_containment_coverage = 0.9;
/// What sites put between a title and their name.
constexpr std::array<std::string_view, 9> k_separators = {
    " | ",        " - ",        " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ",
    " \xC2\xB7 ", " \xC2\xBB ", " // ",           " \xE2\x80\xA2 "};
/// A page title splits into at most this many parts around separators.
constexpr std::size_t k_max_parts = 8;

double edit_similarity(std::string_view a, std::string_view b) {
  const std::size_t longest = std::max(a.size(), b.size());
  if (longest == 0) {
    return 0.0;
  }
  return 1.0 - static_cast<double>(edit_distance(a, b)) / static_cast<double>(longest);
}

double word_similarity(const std::string& a, const std::string& b) {
  if (a == b) {
    return 1.0;
  }
  if (a.size() < k_typo_min_length || b.size() < k_typo_min_length) {
    return 0.0;
  }
  const double similarity = edit_similarity(a, b);
  return similarity >= k_typo_similarity ? similarity : 0.0;
}

/// Greedy best-pair matching of words; the sum of the matched pairs' similarities.
double matched_words(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  std::vector<bool> used(b.size(), false);
  double total = 0.0;
  for (const std::string& word : a) {
    double best = 0.0;
    std::size_t best_at = b.size();
    for (std::size_t j = 0; j < b.size() && best < 1.0; ++j) {
      if (!used[j]) {
        const double similarity = word_similarity(word, b[j]);
        if (similarity > best) {
          best = similarity;
          best_at = j;
        }
      }
    }
    if (best_at < b.size()) {
      used[best_at] = true;
      total += best;
    }
  }
  return total;
}

std::string trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) {
    return {};
  }
  const auto last = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(first, last - first + 1));
}

}  // namespace

double title_similarity(std::string_view cited, std::string_view page) {
  std::string a = fold_for_match(cited.substr(0, k_max_compared * 2));
  std::string b = fold_for_match(page.substr(0, k_max_compared * 2));
  a.resize(std::min(a.size(), k_max_compared));
  b.resize(std::min(b.size(), k_max_compared));
  const std::vector<std::string> words_a = folded_words(a);
  const std::vector<std::string> words_b = folded_words(b);
  if (words_a.empty() || words_b.empty()) {
    return 0.0;
  }
  const double edit = edit_similarity(a, b);
  const double shared = words_a.size() <= words_b.size() ? matched_words(words_a, words_b)
                                                         : matched_words(words_b, words_a);
  const auto count_a = static_cast<double>(words_a.size());
  const auto count_b = static_cast<double>(words_b.size());
  const double dice = 2.0 * shared / (count_a + count_b);
  double containment = 0.0;
  const std::size_t shorter = std::min(words_a.size(), words_b.size());
  if (shorter >= k_containment_min_words &&
      shared / static_cast<double>(shorter) >= k_containment_coverage) {
    // The longer title adds a subtitle or a kicker: agreement, a little less sure.
    containment = 0.8 + 0.2 * dice;
  }
  return std::clamp(std::max({edit, dice, containment}), 0.0, 1.0);
}

std::vector<std::string> title_variants(std::string_view page_title) {
  std::vector<std::string> variants{trimmed(page_title)};
  // Cut points: (position, separator length), in order.
  std::vector<std::pair<std::size_t, std::size_t>> cuts;
  for (const std::string_view separator : k_separators) {
    for (std::size_t at = page_title.find(separator); at != std::string_view::npos;
         at = page_title.find(separator, at + 1)) {
      cuts.emplace_back(at, separator.size());
    }
  }
  std::sort(cuts.begin(), cuts.end());
  if (cuts.size() + 1 > k_max_parts) {
    cuts.resize(k_max_parts - 1);
  }
  for (const auto& [at, length] : cuts) {
    for (std::string part :
         {trimmed(page_title.substr(0, at)), trimmed(page_title.substr(at + length))}) {
      if (!part.empty() && std::find(variants.begin(), variants.end(), part) == variants.end()) {
        variants.push_back(std::move(part));
      }
    }
  }
  return variants;
}

std::string strip_site_name(std::string_view title, const std::vector<std::string>& site_names) {
  std::vector<std::string> names;
  for (const std::string& name : site_names) {
    if (std::string folded = fold_for_match(name); !folded.empty()) {
      names.push_back(std::move(folded));
    }
  }
  const auto is_site = [&](std::string_view part) {
    const std::string folded = fold_for_match(part);
    return !folded.empty() && std::find(names.begin(), names.end(), folded) != names.end();
  };
  for (const std::string_view separator : k_separators) {
    if (const auto at = title.rfind(separator);
        at != std::string_view::npos && at > 0 && is_site(title.substr(at + separator.size()))) {
      return trimmed(title.substr(0, at));
    }
    if (const auto at = title.find(separator); at != std::string_view::npos &&
                                               is_site(title.substr(0, at)) &&
                                               at + separator.size() < title.size()) {
      return trimmed(title.substr(at + separator.size()));
    }
  }
  return trimmed(title);
}

TitleMatch best_title_match(std::string_view cited, const std::vector<std::string>& page_titles) {
  TitleMatch best;
  for (const std::string& title : page_titles) {
    for (const std::string& variant : title_variants(title)) {
      const double similarity = title_similarity(cited, variant);
      if (similarity > best.similarity) {
        best.similarity = similarity;
        best.matched = title;
      }
    }
  }
  return best;
}

}  // namespace citecheck::plugins::news

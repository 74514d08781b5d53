#pragma once
// Does the title a footnote gives name the page the link leads to? A fuzzy comparison that
// survives what happens to titles on their way into a footnote (OCR noise, typographic
// quotes, a shortened form) and on their way onto a page (the site's name glued on).

#include <string>
#include <string_view>
#include <vector>

namespace citecheck::plugins::news {

/// At or above: the titles agree.
inline constexpr double k_title_agrees = 0.8;
/// Below: a clear mismatch, the link leads to another story.
inline constexpr double k_title_mismatch = 0.5;

/// How alike two titles are, 0..1, after `fold_for_match`: the best of the edit similarity
/// of the whole strings (OCR noise), the share of words both have, each word allowed a
/// typo (word order, small edits), and the containment of the shorter in the longer (a
/// title cited without its subtitle). 0 when either has no words.
double title_similarity(std::string_view cited, std::string_view page);

/// `page_title` and the forms it takes once a site's name is cut off: every part left or
/// right of a separator (" | ", " - ", " – ", " — ", " :: ", " · ", " » "), so "Title |
/// Site", "Site - Title" and "Title - Section - Site" all yield "Title".
std::vector<std::string> title_variants(std::string_view page_title);

/// `title` without the site's name glued to either end ("Title | UN News" -> "Title"),
/// when the part cut off is one of `site_names` (compared folded); else `title` unchanged.
std::string strip_site_name(std::string_view title, const std::vector<std::string>& site_names);

/// The best agreement between `cited` and any form of any of `page_titles`.
struct TitleMatch {
  double similarity = 0.0;
  std::string matched;  ///< the page title (as given) that matched best
};
TitleMatch best_title_match(std::string_view cited, const std::vector<std::string>& page_titles);

}  // namespace citecheck::plugins::news

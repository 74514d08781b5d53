#pragma once
// Whether a citation is a journal article: the evidence (a volume and issue after a
// container, a DOI, a container named like a journal, a conference's proceedings) against
// the signs of a book, a report, a magazine or a blog.

#include <string_view>

#include <citecheck/citation.hpp>

#include "article_layout.hpp"

namespace citecheck::plugins::journals {

/// The answer: claim or not, as which kind, how sure.
struct KindDecision {
  bool claim = false;
  Kind kind = Kind::other;
  double confidence = 0.0;
};

/// Decides from the layout read from `plain` and whether a DOI was found.
KindDecision decide_kind(const ArticleLayout& layout, std::string_view plain, bool has_doi);

}  // namespace citecheck::plugins::journals

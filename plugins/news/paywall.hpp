#pragma once
// Paywalls and login walls: a fetched page that is the article behind a wall, or the wall
// in the article's place. Either way it is reported as a wall, never as a title mismatch.

#include <string>
#include <vector>

#include <citecheck/http.hpp>

#include "page_metadata.hpp"

namespace citecheck::plugins::news {

/// What the page and its fetch say about a wall.
struct Paywall {
  bool found = false;
  /// The page shown is the wall itself (a login form, a "Subscribe" page): its metadata
  /// says nothing about the article. False when the article's own metadata came through.
  bool replaces_article = false;
  std::string signal;  ///< the evidence, in words
};

/// Looks at the answer's status, the redirect hops (a login or subscribe path), the page's
/// JSON-LD isAccessibleForFree, article:content_tier, wall markup and a wall's title.
Paywall detect_paywall(const HttpResponse& response, const PageMetadata& page);

/// True when a title is a login or subscription form's ("Sign in", "Subscribe to read",
/// "Log in | The Times").
bool is_wall_title(const std::string& title);

}  // namespace citecheck::plugins::news

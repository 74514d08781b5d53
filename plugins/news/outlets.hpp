#pragma once
// Known news outlets: where they publish (domain, optionally a path) and the names they go by.

#include <string_view>

#include "url_parts.hpp"

namespace citecheck::plugins::news {

/// One news outlet. `aliases` holds further names, '|'-separated ("NYT|New York Times").
struct Outlet {
  std::string_view domain;
  std::string_view path_prefix;  ///< "" for the whole domain; "/apps/news" for a section
  std::string_view name;
  std::string_view aliases;
};

/// The outlet that publishes at `url`, the most specific entry winning; nullptr if none.
const Outlet* outlet_for_url(const UrlParts& url);

/// The outlet called `name` as a citation prints it ("The New York Times", "New York Times,",
/// "*WIRED UK*"), ignoring case, a leading "The", markup and surrounding punctuation.
const Outlet* outlet_named(std::string_view name);

/// Hosts that are news sites by their own name ("tradewindsnews.com", "dailytimes.com.pk")
/// though absent from the table. Weaker evidence than the table.
bool host_looks_like_news(std::string_view host);

}  // namespace citecheck::plugins::news

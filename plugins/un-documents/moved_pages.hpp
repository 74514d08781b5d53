#pragma once
// Pages the UN moved when it rebuilt un.org: the peacekeeping mission pages
// (www.un.org/en/peacekeeping/missions/...) now under peacekeeping.un.org, and UN News Centre
// stories (www.un.org/apps/news/story.asp?NewsID=...) now under news.un.org. The old
// addresses still answer with redirects; following them tells where the page lives now.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <citecheck/link_check.hpp>
#include <citecheck/plugin.hpp>

namespace citecheck::plugins::un_documents {

/// Whether `url` is on un.org under one of the sections the UN moved.
bool is_moved_un_page(std::string_view url);

/// Where the redirects of `url` led, read from the hops the engine (or the link check)
/// recorded.
struct MovedPage {
  std::string url;        ///< as cited, fragment dropped
  std::string final_url;  ///< where the chain ended
  int final_status = 0;
  std::vector<Hop> hops;
  std::string title;  ///< <title> of the final page, when it was read
};

/// Resolves a moved page: "resolved" with the new address as identity when the chain ends
/// on a page; "not_found" when it ends on 404/410 or on the site's home page; "unresolved"
/// when the site could not be asked. Answers are cached in `context.store`.
Resolution resolve_moved_page(std::string_view url, ResolveContext& context);

/// The status and reason for a finished chain (exposed for tests).
Resolution judge_moved_page(const MovedPage& page);

}  // namespace citecheck::plugins::un_documents

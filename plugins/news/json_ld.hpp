#pragma once
// schema.org JSON-LD as news sites write it: one or several scripts, a bare object, an
// array, or an @graph (Yoast), types as a string or a list, authors as a string, an object,
// an array or an @id pointing elsewhere in the graph.

#include <optional>
#include <string>
#include <vector>

namespace citecheck::plugins::news {

/// The article a page describes about itself, as far as its JSON-LD says.
struct JsonLdArticle {
  std::string type;      ///< "NewsArticle", "WebPage"...
  bool article = false;  ///< an Article, NewsArticle, BlogPosting, Report... (not a WebPage)
  std::string headline;  ///< headline, else name
  std::vector<std::string> alternative_titles;  ///< alternativeHeadline, name when both given
  std::string date_published;                   ///< as written
  std::vector<std::string> authors;
  std::string publisher;  ///< publisher's name
  std::string site_name;  ///< name of the WebSite node
  std::string url;        ///< url, else mainEntityOfPage
  /// isAccessibleForFree of the article or of one of its parts (hasPart); nullopt if unsaid.
  std::optional<bool> accessible_for_free;
};

/// Reads `scripts` (texts of application/ld+json scripts); the first article node with a
/// headline wins, a WebPage node is the fallback. Broken JSON is skipped, never thrown.
JsonLdArticle read_json_ld(const std::vector<std::string>& scripts);

}  // namespace citecheck::plugins::news

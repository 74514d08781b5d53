#pragma once
// What a web page says about itself, read from its metadata in the order citation managers
// trust it (reference: Zotero's Embedded Metadata translator, Google Scholar's inclusion
// guidelines): Highwire `citation_*` first, then schema.org JSON-LD, OpenGraph and
// `article:*`, Dublin Core as the last structured source, and the <title> as the fallback.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace citecheck::plugins::news {

/// The page's own account of itself; every field may be empty.
struct PageMetadata {
  std::string title;         ///< the most trusted title
  std::string title_source;  ///< "citation_title", "json-ld", "og:title", "dc:title", "title"...
  std::vector<std::string> titles;  ///< every distinct title the page gives, most trusted first
  std::string html_title;           ///< the <title> as written (often "Title | Site")
  std::string site_name;
  std::string published;  ///< ISO date: "2015-03-16", "2015-03" or "2015"
  std::vector<std::string> authors;
  std::string canonical;  ///< absolute URL the page names as its own
  std::string type;       ///< og:type or the JSON-LD @type
  bool article = false;   ///< the page says it is an article (og:type or JSON-LD)
  std::string language;
  /// Paywall evidence: JSON-LD isAccessibleForFree, article:content_tier, wall markup.
  std::optional<bool> accessible_for_free;
  std::string content_tier;
  std::vector<std::string> paywall_markup;
  bool cut = false;  ///< the page nested too deep and was read only in part

  bool empty() const { return titles.empty(); }
};

/// Reads `html` (UTF-8) fetched from `page_url` (to resolve a relative canonical link).
PageMetadata read_page_metadata(std::string_view html, std::string_view page_url);

/// A date as metadata writes it ("2015-03-16T10:25:00Z", "2011/10/17", "20150316",
/// "March 16, 2015", "2015") as an ISO date of the precision given; empty if unreadable.
/// The calendar date is the one written, in the publisher's own time zone.
std::string iso_date(std::string_view text);

}  // namespace citecheck::plugins::news

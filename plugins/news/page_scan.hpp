#pragma once
// One pass of the HTML parser (gumbo) over a fetched page, keeping what metadata readers
// need: meta tags, the <title>, canonical links, JSON-LD scripts, the page's language and
// the markup of paywalls. Interpretation (which tag wins) is page_metadata's job.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace citecheck::plugins::news {

/// A <meta> tag: its name, property or itemprop in canonical form (see
/// `canonical_meta_key`) and its content, entities decoded, white space squeezed.
struct MetaTag {
  std::string key;
  std::string value;
};

/// What the parser saw.
struct PageScan {
  std::vector<MetaTag> metas;
  std::string html_title;                    ///< the first HTML <title>, squeezed
  std::vector<std::string> canonical_links;  ///< <link rel="canonical"> hrefs as written
  std::vector<std::string> json_ld;          ///< texts of application/ld+json scripts
  /// class and id tokens of paywall and login-wall markup ("paywall", "tp-modal").
  std::vector<std::string> paywall_markup;
  std::string language;  ///< <html lang>
  std::size_t parsed_bytes = 0;
  bool cut = false;  ///< the nesting guard cut the page before its end
};

/// Parses `html` (UTF-8; invalid bytes are tolerated) within the nesting guard's bounds.
PageScan scan_page(std::string_view html);

/// A meta key with the forms publishers use brought to one: lower case, and for the known
/// vocabularies ("citation", "dc", "dcterms", "og", "article", "prism", "twitter",
/// "parsely", "sailthru", "eprints", "bepress") the separator after the prefix, which may
/// be '.', ':' or '_', written ':' ("DC.Title" and "dc:title" -> "dc:title";
/// "citation_publication_date" -> "citation:publication_date").
std::string canonical_meta_key(std::string_view name);

/// True when a class or id token marks a paywall or a login wall.
bool is_paywall_token(std::string_view token);

}  // namespace citecheck::plugins::news

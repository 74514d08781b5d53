#include "crossref_requests.hpp"

#include "common/service_answer.hpp"
#include "match_score.hpp"

namespace citecheck::plugins::journals {

using common::percent_encode;

namespace {

std::string mailto_param(const CrossrefSettings& settings) {
  return settings.mailto.empty() ? std::string() : "mailto=" + percent_encode(settings.mailto);
}

}  // namespace

std::string works_search_url(const CrossrefSettings& settings, std::string_view query) {
  std::string url = settings.api + "/works?query.bibliographic=" + percent_encode(query) +
                    "&rows=" + std::to_string(k_search_rows) +
                    "&select=" + percent_encode(k_select, ",");
  if (const std::string mailto = mailto_param(settings); !mailto.empty())
    url += "&" + mailto;
  return url;
}

std::string work_url(const CrossrefSettings& settings, std::string_view doi) {
  std::string url = settings.api + "/works/" + percent_encode(doi, "/");
  if (const std::string mailto = mailto_param(settings); !mailto.empty())
    url += "?" + mailto;
  return url;
}

std::string resolver_url(const CrossrefSettings& settings, std::string_view doi) {
  // The proxy wants the DOI's slash literal (a %2F makes it 404, reference 1.6).
  return settings.resolver + "/" + percent_encode(doi, "/");
}

std::string bibliographic_query(const Citation& citation) {
  std::string query = citation.title;
  for (std::size_t i = 0; i < citation.authors.size() && i < 3; ++i) {
    // The family name as printed: Crossref folds case and accents itself.
    const std::string& author = citation.authors[i];
    const std::size_t comma = author.find(',');
    std::string family = comma != std::string::npos ? author.substr(0, comma) : author;
    if (comma == std::string::npos) {
      const std::size_t space = family.rfind(' ');
      if (space != std::string::npos)
        family = family.substr(space + 1);
    }
    if (!family.empty())
      query += " " + family;
  }
  if (!citation.container_title.empty())
    query += " " + citation.container_title;
  if (citation.issued.size() >= 4)
    query += " " + citation.issued.substr(0, 4);
  return query;
}

}  // namespace citecheck::plugins::journals

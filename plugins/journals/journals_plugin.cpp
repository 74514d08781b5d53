#include "journals_plugin.hpp"

#include <algorithm>

#include "article_layout.hpp"
#include "common/ascii.hpp"
#include "doi.hpp"
#include "journal_resolution.hpp"
#include "journal_signals.hpp"
#include "plain_text.hpp"

namespace citecheck::plugins {

namespace {

bool same_doi(const std::string& a, const std::string& b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return ascii::to_lower(x) == ascii::to_lower(y);
         });
}

void fill_if_empty(std::string& field, const std::string& value) {
  if (field.empty())
    field = value;
}

}  // namespace

PluginInfo JournalsPlugin::info() const {
  PluginInfo info;
  info.name = "journals";
  info.version = "1.0.0";
  info.api_version = k_plugin_api_version;
  info.description =
      "Journal articles and conference papers: authors, year, title, journal, volume, issue, "
      "pages and DOIs, in Chicago, APA, Harvard and MLA styles";
  info.kinds = {Kind::journal_article, Kind::book};
  info.priority = 200;
  // Crossref's published budget for searches since December 2025 (reference 1.1): the
  // public pool allows one list query a second, one at a time (the polite pool three; a
  // user with a mailto may raise it with [hosts."api.crossref.org"]). Its 429s name the
  // x-rate-limit-* budget so the user knows what to set. doi.org is only the fallback.
  info.service_limits = {{"api.crossref.org", 1, 1.0}, {"doi.org", 2, 2.0}};
  return info;
}

Recognition JournalsPlugin::recognize(Citation& citation) const {
  if (citation.raw.empty())
    return Recognition::not_mine;
  const std::vector<journals::DoiHit> dois = journals::find_dois(citation.raw);
  for (const auto& hit : dois) {
    const bool known = std::any_of(citation.dois.begin(), citation.dois.end(),
                                   [&](const std::string& doi) { return same_doi(doi, hit.doi); });
    if (!known)
      citation.dois.push_back(hit.doi);
  }
  const std::string plain = journals::plain_text(citation.raw);
  const journals::ArticleLayout layout = journals::read_article(plain);
  const journals::KindDecision decision =
      journals::decide_kind(layout, plain, !citation.dois.empty());
  if (!decision.claim)
    return Recognition::not_mine;

  for (const auto& hit : dois) {
    citation.repairs.insert(citation.repairs.end(), hit.repairs.begin(), hit.repairs.end());
  }
  citation.kind = decision.kind;
  citation.plugin = "journals";
  citation.confidence = decision.confidence;
  // Ours are read from the article layout; core's generic guesses give way to them.
  if (!layout.title.empty())
    citation.title = layout.title;
  if (!layout.authors.empty())
    citation.authors = layout.authors;
  if (!layout.container.empty())
    citation.container_title = layout.container;
  if (!layout.year.empty() && (citation.issued.empty() || citation.issued.size() == 4)) {
    citation.issued = layout.year;
  }
  fill_if_empty(citation.volume, layout.volume);
  fill_if_empty(citation.issue, layout.issue);
  fill_if_empty(citation.pages, layout.pages);
  return Recognition::recognized;
}

std::optional<Resolution> JournalsPlugin::resolve(const Citation& citation,
                                                  ResolveContext& context) {
  return journals::resolve_journal_citation(citation, context);
}

}  // namespace citecheck::plugins

#ifndef CITECHECK_PLUGIN_STATIC
CITECHECK_PLUGIN(citecheck::plugins::JournalsPlugin)
#endif

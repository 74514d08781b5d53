#pragma once
// The journals plugin: recognizes journal articles and conference papers in the usual
// citation styles (Chicago, APA, Harvard, MLA, Vancouver-like) and fills authors, year,
// title, journal, volume, issue, pages and DOIs. Runs after un-documents (priority 200).

#include <citecheck/plugin.hpp>

namespace citecheck::plugins {

/// Journal articles: offline recognition, and resolution through Crossref
/// (journal_resolution.hpp).
class JournalsPlugin final : public Plugin {
 public:
  PluginInfo info() const override;
  /// Claims journal articles (and books that carry a DOI, which Crossref resolves); fills
  /// `dois` whenever the text holds DOIs.
  Recognition recognize(Citation& citation) const override;
  /// Checks a printed DOI (exists, names the cited title) or finds the DOI of a journal
  /// article by search; reports retractions and corrections. nullopt for other citations.
  std::optional<Resolution> resolve(const Citation& citation, ResolveContext& context) override;
};

}  // namespace citecheck::plugins

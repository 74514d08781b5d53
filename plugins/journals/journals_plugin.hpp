#pragma once
// The journals plugin: recognizes journal articles and conference papers in the usual
// citation styles (Chicago, APA, Harvard, MLA, Vancouver-like) and fills authors, year,
// title, journal, volume, issue, pages and DOIs. Runs after un-documents (priority 200).

#include <citecheck/plugin.hpp>

namespace citecheck::plugins {

/// Offline recognition of journal articles; resolution through Crossref comes later.
class JournalsPlugin final : public Plugin {
 public:
  PluginInfo info() const override;
  /// Claims journal articles (and books that carry a DOI, which Crossref resolves); fills
  /// `dois` whenever the text holds DOIs.
  Recognition recognize(Citation& citation) const override;
};

}  // namespace citecheck::plugins

#pragma once
// The archive plugin: for cited links that no longer deliver the page (or every link, in
// mode "all"), finds the archived copy nearest the date the author cited it, checks that
// the copy is a real page, and reports it. A cited archive URL is read for its original
// address and date. It claims no citation: it only resolves.

#include <citecheck/plugin.hpp>

namespace citecheck::plugins {

/// Finds archived copies of cited URLs (Wayback availability API, CDX, Memento TimeGate).
///
/// Settings: "wayback.endpoint", "cdx.endpoint", "wayback.replay" (replay base; default
/// derived from the CDX endpoint), "memento.timegate" (empty: none), "archive.mode"
/// ("broken": links whose check is not ok; "all": every link).
class ArchivePlugin final : public Plugin {
 public:
  PluginInfo info() const override;
  /// Never claims: archives hold copies of every kind of source.
  Recognition recognize(Citation& citation) const override;
  std::optional<Resolution> resolve(const Citation& citation, ResolveContext& context) override;
};

}  // namespace citecheck::plugins

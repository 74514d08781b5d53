#pragma once
// The un-documents plugin: recognizes citations of UN documents by their symbols
// (S/RES/2100 (2013), A/HRC/28/L.1, NPT/CONF.2000/28 (Parts I and II), ...), printed,
// named in prose ("Security Council resolution 2700 (2023)") or in a UN document URL.
// It runs first (priority 100): a UN symbol is the most specific evidence a citation has.

#include <citecheck/plugin.hpp>

namespace citecheck::plugins {

/// UN document citations: offline recognition, and resolution through the UN Digital
/// Library (un_resolution.hpp).
class UnDocumentsPlugin final : public Plugin {
 public:
  PluginInfo info() const override;
  /// Fills `un_symbols` (normalized, in printed order) whenever the text holds symbols, and
  /// claims the citation as `un_document` when the document is what it cites.
  Recognition recognize(Citation& citation) const override;
  /// Looks the citation's symbols up (title, date, links, PDFs; near symbols when unknown),
  /// or follows a cited un.org page the UN moved. nullopt for citations with neither.
  std::optional<Resolution> resolve(const Citation& citation, ResolveContext& context) override;
};

}  // namespace citecheck::plugins

#pragma once
// Online resolution of UN document citations: each symbol looked up in the UN Digital
// Library (official title, date, the symbol as the library writes it, a PDF per language),
// with its permanent links; a symbol the library does not know reported as "not_found"
// with the nearby symbols it does know. Web and news citations of un.org pages the UN moved
// are followed to where they live now.

#include <optional>

#include <citecheck/plugin.hpp>

namespace citecheck::plugins::un_documents {

/// Most symbols of one citation that are looked up; a footnote listing more cites a
/// series, and the first ones tell whether the symbols are sound.
inline constexpr std::size_t k_max_symbols = 8;
/// Nearby spellings searched for a symbol the library does not know.
inline constexpr std::size_t k_max_variants = 24;

/// The resolution for `citation`, or nullopt when it names no UN symbol and no moved
/// un.org page. Never throws for a bad service: such answers come back "unresolved".
std::optional<Resolution> resolve_un_citation(const Citation& citation, ResolveContext& context);

}  // namespace citecheck::plugins::un_documents

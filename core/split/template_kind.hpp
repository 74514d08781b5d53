#pragma once
// The kind a citation template states: wikitext's {{cite web}}, {{cite news}}, {{cite book}},
// ... and {{citation}} (whose parameters tell the kind), so a wiki reference is not guessed
// from its wording when its author already said what it is.

#include <optional>
#include <string_view>

#include <citecheck/citation.hpp>

namespace citecheck::split {

/// The kind of the first citation template in `raw`; nullopt when there is none, or when it
/// names no kind ({{cite av media}}, a {{citation}} with nothing telling).
std::optional<Kind> template_kind(std::string_view raw);

}  // namespace citecheck::split

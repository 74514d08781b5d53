#pragma once
// JSON forms of the records. Field names match the corpus gold files, so parse output and
// gold compare directly.

#include <nlohmann/json.hpp>

#include <citecheck/citation.hpp>
#include <citecheck/pipeline.hpp>

namespace citecheck {

nlohmann::json to_json(const Repair& repair);
nlohmann::json to_json(const Citation& citation);
nlohmann::json to_json(const Footnote& footnote);
/// {"document", "format", "footnotes": [...], "warnings": [...]}
nlohmann::json to_json(const ParsedDocument& document);

}  // namespace citecheck

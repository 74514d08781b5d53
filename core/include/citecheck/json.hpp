#pragma once
// JSON forms of the records. Field names match the corpus gold files, so parse output and
// gold compare directly.

#include <nlohmann/json.hpp>

#include <string_view>

#include <citecheck/citation.hpp>
#include <citecheck/json_number.hpp>
#include <citecheck/link_check.hpp>
#include <citecheck/pipeline.hpp>

namespace citecheck {

nlohmann::json to_json(const Repair& repair);
nlohmann::json to_json(const Citation& citation);
nlohmann::json to_json(const Footnote& footnote);
/// {"document", "format", "footnotes": [...], "warnings": [...]}
nlohmann::json to_json(const ParsedDocument& document);

/// Evidence as reports, exports and the cache keep it. Headers are [name, value] pairs (order
/// and repeated names are evidence too); request headers that carry credentials are written
/// as "[redacted]", since reports and caches travel further than the settings holding them.
nlohmann::json to_json(const Evidence& evidence);
/// Tolerant: missing or mistyped fields keep their defaults, so old or hand-edited data never
/// stops a run.
Evidence evidence_from_json(const nlohmann::json& json);
/// {"url", "normalized_url", "state", "status", "final_url", "moved_to", "checked_at",
///  "from_cache", "error", "evidence"}
nlohmann::json to_json(const LinkCheck& check);
/// Whether a request header of that name carries a credential.
bool is_secret_header(std::string_view name);

}  // namespace citecheck

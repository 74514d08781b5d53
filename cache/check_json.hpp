#pragma once
// JSON forms of what the store keeps: the evidence column, and export lines.

#include <nlohmann/json.hpp>

#include <citecheck/link_check.hpp>
#include <citecheck/store.hpp>

namespace citecheck::cache {

/// Request headers that carry credentials (Authorization, Cookie, API keys, tokens) are
/// written with their value replaced by "[redacted]": the cache file and its exports are
/// shared more freely than the configuration that holds the secrets.
nlohmann::json evidence_to_json(const Evidence& evidence);
/// Whether a request header of that name carries a credential.
bool is_secret_header(std::string_view name);
/// Tolerant: missing or mistyped fields are left at their defaults, so a hand-edited or
/// older row never stops a run.
Evidence evidence_from_json(const nlohmann::json& json);
/// Evidence from the stored column text; empty evidence when it is not JSON.
Evidence evidence_from_text(const std::string& text);

/// The whole check, evidence included (export lines, `citecheck cache export`).
nlohmann::json check_to_json(const LinkCheck& check);
nlohmann::json run_to_json(const RunRecord& run);

}  // namespace citecheck::cache

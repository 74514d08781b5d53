#pragma once
// JSON forms of what only the store writes: its evidence column read back tolerantly, and
// run export lines. Checks and evidence use core's to_json (citecheck/json.hpp), so a cache
// export and a `check --format json` report describe a check the same way.

#include <nlohmann/json.hpp>

#include <citecheck/json.hpp>
#include <citecheck/link_check.hpp>
#include <citecheck/store.hpp>

namespace citecheck::cache {

/// The evidence column's bytes: core's to_json of the evidence as CBOR (RFC 8949).
/// Binary, because a warm run reads one per cited URL and nlohmann reads CBOR about three
/// times as fast as JSON text (5,000 links' evidence: 21 -> 6.5 ms); `cache export` and
/// `check --format json` still give JSON.
std::string evidence_to_stored(const Evidence& evidence);

/// Evidence from the column (evidence_reader.cpp): CBOR, or JSON text as caches written
/// before held it. Empty evidence when the bytes are neither.
Evidence evidence_from_stored(std::string_view bytes);

nlohmann::json run_to_json(const RunRecord& run);

}  // namespace citecheck::cache

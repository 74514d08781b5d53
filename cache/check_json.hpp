#pragma once
// JSON forms of what only the store writes: its evidence column read back tolerantly, and
// run export lines. Checks and evidence use core's to_json (citecheck/json.hpp), so a cache
// export and a `check --format json` report describe a check the same way.

#include <nlohmann/json.hpp>

#include <citecheck/json.hpp>
#include <citecheck/link_check.hpp>
#include <citecheck/store.hpp>

namespace citecheck::cache {

/// Evidence from the stored column text (evidence_reader.cpp); empty evidence when it is
/// not JSON.
Evidence evidence_from_text(const std::string& text);

nlohmann::json run_to_json(const RunRecord& run);

}  // namespace citecheck::cache

#pragma once
// One checked link as `check --format json` and `jsonl` write it, straight onto a JsonStream.

#include "report/check_report.hpp"
#include "report/json_stream.hpp"

namespace citecheck::cli {

/// Writes `link`'s object: its check, its evidence (secret request headers redacted) and the
/// citation it belongs to, and `document` when given (a JSONL line stands alone). Keys in
/// sorted order, as nlohmann would write them.
void write_link(JsonStream& json, const CheckedLink& link, std::string_view document = {});

}  // namespace citecheck::cli

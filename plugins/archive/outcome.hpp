#pragma once
// What the plugin found for one cited URL, as kept in the resolution store and as shown in
// a Resolution's details.

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "timestamps.hpp"

namespace citecheck::plugins::archive {

/// The answer for one URL.
struct Outcome {
  std::string status;  ///< "resolved", "not_found", "unresolved"
  std::string reason;  ///< why, for anything but "resolved"
  std::string original_url;
  std::string snapshot_url;
  std::optional<Seconds> snapshot_time;
  int snapshot_status = 0;  ///< the replay's status; 0 when the copy was not fetched
  std::string source;       ///< "availability", "cdx", "memento", "cited"
  /// What was tried and set aside, in words ("20190301000000: replays as HTTP 404").
  std::vector<std::string> notes;
};

/// Keeps the note list bounded whatever the archives send.
void add_note(Outcome& outcome, std::string note);

/// How long an answer stays true: a capture does not change (30 days, in case the archive
/// withdraws it); "no copy" may change as archives ingest more (7 days); a failure is not
/// kept at all, so the next run asks again.
std::chrono::seconds max_age(const Outcome& outcome);

nlohmann::json to_json(const Outcome& outcome);
/// nullopt for a damaged or foreign value (the caller asks the services again).
std::optional<Outcome> outcome_from_json(std::string_view text);

}  // namespace citecheck::plugins::archive

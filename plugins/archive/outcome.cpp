#include "outcome.hpp"

#include <citecheck/json_number.hpp>

namespace citecheck::plugins::archive {
namespace {

constexpr std::size_t k_max_notes = 12;
constexpr int k_format = 1;

}  // namespace

void add_note(Outcome& outcome, std::string note) {
  if (outcome.notes.size() < k_max_notes) {
    outcome.notes.push_back(std::move(note));
  }
}

std::chrono::seconds max_age(const Outcome& outcome) {
  using namespace std::chrono;
  if (outcome.status == "resolved") {
    return duration_cast<seconds>(days{30});
  }
  if (outcome.status == "not_found") {
    return duration_cast<seconds>(days{7});
  }
  return seconds{0};
}

nlohmann::json to_json(const Outcome& outcome) {
  return nlohmann::json{
      {"format", k_format},
      {"status", outcome.status},
      {"reason", outcome.reason},
      {"original_url", outcome.original_url},
      {"snapshot_url", outcome.snapshot_url},
      {"snapshot_time",
       outcome.snapshot_time ? wayback_timestamp(*outcome.snapshot_time) : std::string()},
      {"snapshot_status", outcome.snapshot_status},
      {"source", outcome.source},
      {"notes", outcome.notes},
  };
}

std::optional<Outcome> outcome_from_json(std::string_view text) {
  const auto json = nlohmann::json::parse(text, nullptr, false);
  if (json.is_discarded() || !json.is_object() || json_whole_or(json, "format", 0) != k_format) {
    return std::nullopt;
  }
  try {
    Outcome outcome;
    outcome.status = json.at("status").get<std::string>();
    if (outcome.status != "resolved" && outcome.status != "not_found") {
      return std::nullopt;
    }
    outcome.reason = json.value("reason", "");
    outcome.original_url = json.value("original_url", "");
    outcome.snapshot_url = json.value("snapshot_url", "");
    const std::string time = json.value("snapshot_time", "");
    if (!time.empty()) {
      outcome.snapshot_time = parse_wayback_timestamp(time);
    }
    outcome.snapshot_status = json_whole_or(json, "snapshot_status", 0);
    outcome.source = json.value("source", "");
    for (const auto& note : json.value("notes", nlohmann::json::array())) {
      if (note.is_string()) {
        add_note(outcome, note.get<std::string>());
      }
    }
    if (outcome.status == "resolved" && (outcome.snapshot_url.empty() || !outcome.snapshot_time)) {
      return std::nullopt;
    }
    return outcome;
  } catch (const nlohmann::json::exception&) {
    return std::nullopt;
  }
}

}  // namespace citecheck::plugins::archive

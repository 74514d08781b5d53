#pragma once
// Looking at a capture's replay before offering it: an index lists captures of error pages,
// excluded sites and redirects to home pages, none of which is a copy of the cited page.

#include <optional>
#include <string>
#include <string_view>

#include <citecheck/http.hpp>

#include "timestamps.hpp"

namespace citecheck::plugins::archive {

/// What the replay of a capture showed.
struct SnapshotCheck {
  bool answered = false;        ///< the archive gave an HTTP answer
  bool usable = false;          ///< a copy of the page: 2xx, a real capture, the same page
  int status = 0;               ///< final HTTP status of the replay
  std::string final_url;        ///< after the archive's redirects (to the nearest capture)
  std::optional<Seconds> time;  ///< Memento-Datetime, else the time in the final URL
  std::string problem;          ///< why not usable, in words
  std::string link_header;      ///< the replay's Link header (neighbouring mementos)
};

/// Reads a replay answer. `cited_original` is the page the citation names;
/// `require_memento` asks for a Memento-Datetime, the Wayback Machine's mark of a real hit
/// (its page for an excluded site answers 200 without one).
SnapshotCheck read_snapshot(const HttpResponse& response, std::string_view cited_original,
                            bool require_memento);

/// GETs the replay through the engine (redirects followed, small body) and reads it.
SnapshotCheck check_snapshot(Engine& http, const std::string& snapshot_url,
                             std::string_view cited_original, bool require_memento);

}  // namespace citecheck::plugins::archive

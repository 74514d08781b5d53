#pragma once
// One capture an archive index lists, and what an index answered.

#include <string>
#include <string_view>
#include <vector>

#include "timestamps.hpp"

namespace citecheck::plugins::archive {

/// A capture as an index describes it, before anyone has looked at the replay.
struct Capture {
  std::string timestamp;  ///< 14-digit Wayback form
  Seconds time;
  std::string original;      ///< the URL as the archive recorded it
  std::string snapshot_url;  ///< where it replays
  int status = 0;            ///< archived HTTP status; 0 when the index did not say ("-")
  std::string mimetype;
  std::string source;  ///< "availability", "cdx", "memento"
};

/// What an index said. `error` set: the answer could not be read (the captures are empty).
struct IndexAnswer {
  std::vector<Capture> captures;
  std::string error;
};

/// An archived status as indexes write it ("200"); "-" (revisits) or junk: 0.
inline int archived_status(std::string_view text) {
  if (text.size() != 3) {
    return 0;
  }
  int value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') {
      return 0;
    }
    value = value * 10 + (c - '0');
  }
  return value;
}

/// Whether the archived status says the capture is an error page (4xx, 5xx).
inline bool archived_error(const Capture& capture) {
  return capture.status >= 400;
}

}  // namespace citecheck::plugins::archive

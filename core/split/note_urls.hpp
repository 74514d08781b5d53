#pragma once
// The URL step for one note: find the URLs of the joined text, decide each line-end
// hyphen inside them, apply the decisions to the display text, and keep the alternatives
// that were not picked.

#include <map>
#include <string>
#include <vector>

#include "split/evidence.hpp"
#include "split/join_lines.hpp"
#include "split/url_find.hpp"

namespace citecheck::split {

/// URLs of a note after repair.
struct NoteUrls {
  std::vector<UrlMatch> matches;  ///< positions refer to the joined text after repair
  /// Alternatives not picked, by the URL they stand in for.
  std::map<std::string, std::vector<std::string>> candidates;
};

/// Finds and repairs the URLs of `joined`, erasing dropped hyphens from its text and
/// adding the hyphen repairs to `joined.repairs`.
NoteUrls repair_note_urls(JoinedText& joined, const DocumentEvidence& evidence);

}  // namespace citecheck::split

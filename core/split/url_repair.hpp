#pragma once
// Decisions about URLs that layout broke: does a line-end URL go on on the next line, does
// a line-end hyphen inside a URL belong to it, did the extraction drop a hyphen. Each
// answer comes from evidence in the document (same URL or word elsewhere, slug structure),
// never from a list of sites.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "split/evidence.hpp"
#include "split/join_lines.hpp"

namespace citecheck::split {

/// True when a URL that reached the end of its line (`url_so_far`) continues with the next
/// line's first token `next_token`.
bool url_continues(std::string_view url_so_far, std::string_view next_token);

/// Decides the line-end hyphen at `hyphen` (an index into `url`, which holds it).
HyphenChoice decide_url_hyphen(std::string_view url, std::size_t hyphen,
                               const DocumentEvidence& evidence);

/// Where plain extraction dropped a hyphen at a line end inside a slug
/// ("permanent-structured-cooperation-pescofactsheet_en"): the URL with the hyphen put
/// back, when a slug word is unknown to the document but splits into two words it knows.
/// Only asked when the document shows that its line-end hyphens were lost.
std::optional<std::string> restore_lost_hyphen(std::string_view url,
                                               const DocumentEvidence& evidence);

}  // namespace citecheck::split

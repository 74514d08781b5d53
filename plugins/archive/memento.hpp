#pragma once
// Memento (RFC 7089): asking a TimeGate for the capture of a URL nearest a time, and reading
// the Link header that mementos and TimeGates carry.
// GET <timegate><url>, Accept-Datetime: Thu, 31 May 2007 20:35:00 GMT ->
// 302, Location: <URI-M>, Vary: accept-datetime, Link: <URI-R>; rel="original", ...

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <citecheck/http.hpp>

#include "capture.hpp"

namespace citecheck::plugins::archive {

/// One link of a Link header (RFC 8288): target, relation types, and the Memento datetime.
struct Link {
  std::string uri;
  std::vector<std::string> rels;  ///< lower case; rel="first memento" gives two
  std::string datetime;           ///< RFC 1123, as written; empty when absent
  bool has(std::string_view rel) const;
};

/// Tolerant: a damaged entry is skipped, never the whole header.
std::vector<Link> parse_link_header(std::string_view header);

/// The TimeGate request: no redirect following, so the TimeGate's own answer is read.
HttpRequest timegate_request(std::string_view timegate, std::string_view url, Seconds cited);

/// The mementos a Link header names (memento, first/prev/next/last memento), with their
/// times, as captures of the "memento" source. Links without a readable datetime are left.
std::vector<Capture> mementos_of(const std::vector<Link>& links);

}  // namespace citecheck::plugins::archive

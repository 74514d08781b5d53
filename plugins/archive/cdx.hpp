#pragma once
// The Wayback CDX server: the captures of a URL, closest to a time first.
// GET <endpoint>?url=<url>&output=json&fl=timestamp,original,statuscode,mimetype
//     &closest=YYYYMMDD&sort=closest&filter=!statuscode:[45]..&limit=N ->
// [["timestamp","original","statuscode","mimetype"],
//  ["20171124151315","https://www.fws.gov/birds/","200","text/html"], ...]

#include <string_view>

#include <citecheck/http.hpp>

#include "capture.hpp"

namespace citecheck::plugins::archive {

/// How many rows to ask for: enough to step past a few error captures near the date.
inline constexpr int k_cdx_rows = 12;

HttpRequest cdx_request(std::string_view endpoint, std::string_view url, Seconds cited);

/// Every readable row, in the server's order. The field names come from the first row, so a
/// server that ignores `fl` (default order: urlkey timestamp original mimetype statuscode
/// digest length) still reads right. An empty body or `[]` is an answer with no capture;
/// a `[]` row later on starts a resume key and ends the rows.
IndexAnswer parse_cdx(std::string_view body, std::string_view replay_base);

}  // namespace citecheck::plugins::archive

#pragma once
// The three ways archives write time: Wayback timestamps (1-14 digits, YYYYMMDDhhmmss),
// HTTP dates (RFC 1123, used by Memento headers) and ISO 8601 (citations, Time Travel
// JSON). All times are UTC seconds.

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace citecheck::plugins::archive {

using Seconds = std::chrono::sys_seconds;

/// "2019", "2019-05", "2019-05-04" or "2019-05-04T10:20:33Z". A partial date stands for its
/// middle (July 1st, the 15th), the best guess of when within it the author read the page.
/// nullopt for anything else, or a date outside 1900-2199.
std::optional<Seconds> parse_iso_date(std::string_view text);

/// 4 to 14 digits, YYYY[MM[DD[hh[mm[ss]]]]]; missing parts are the start of the period, as
/// the Wayback Machine reads them. nullopt when not digits or not a valid date.
std::optional<Seconds> parse_wayback_timestamp(std::string_view text);

/// "Fri, 24 Nov 2017 15:13:15 GMT"; the weekday is optional and not checked.
std::optional<Seconds> parse_http_date(std::string_view text);

std::string wayback_timestamp(Seconds time);  ///< 14 digits
std::string wayback_day(Seconds time);        ///< 8 digits, YYYYMMDD
std::string http_date(Seconds time);          ///< RFC 1123, GMT
std::string iso_day(Seconds time);            ///< YYYY-MM-DD
std::string iso_datetime(Seconds time);       ///< YYYY-MM-DDThh:mm:ssZ

/// Whole calendar days between the two dates, whichever comes first.
long distance_days(Seconds a, Seconds b);

}  // namespace citecheck::plugins::archive

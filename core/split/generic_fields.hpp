#pragma once
// Fields every kind of citation may carry, found without knowing the source: quoted titles
// (straight, typographic, guillemets, nested), dates of publication and of access, and a
// publisher in parentheses.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <citecheck/citation.hpp>

#include "split/text_util.hpp"

namespace citecheck::split {

/// A quoted passage: `outer` includes the quote marks, `inner` does not.
struct QuotedSpan {
  Range outer;
  Range inner;
};

/// Quoted passages of `text`, outermost only, in order. An apostrophe ('AQIM’s') never
/// closes a quote; a closing mark followed by ',' that nothing else could close ends all
/// open quotes ('… Urges ‘Spirit of Compromise’, 17 October').
std::vector<QuotedSpan> find_quoted_spans(std::string_view text);

/// A date or year found in text.
struct DateHit {
  Range range;
  int year = 0;
  int month = 0;        ///< 0 when not given
  int day = 0;          ///< 0 when not given
  bool access = false;  ///< after "accessed", "retrieved", "last visited", ...
  /// "2014-09-30", "2014-09" or "2014".
  std::string iso() const;
};

/// Dates of `text`, in order, skipping the ranges in `excluded` (URLs, quoted titles).
/// Numbers after labels such as "vol." or "No." and inside identifiers are not years.
std::vector<DateHit> find_dates(std::string_view text, const std::vector<Range>& excluded = {});

/// A publisher read from "(Publisher, date)" or "(City: Publisher, Year)".
struct PublisherInfo {
  std::string publisher;
  std::string city;  ///< set for the book form "(City: Publisher, Year)"
  Range range;
};
std::optional<PublisherInfo> find_publisher(std::string_view text,
                                            const std::vector<Range>& excluded = {});

/// The title from a quoted span: trimmed, trailing ',' or ';' dropped, a " | Site" suffix
/// removed.
std::string clean_title(std::string_view quoted);

/// Fills title, issued, accessed and publisher of `citation` from its `raw` text.
/// `url_ranges` are byte ranges of URLs inside `raw`; `latest_date` picks the last date
/// (interviews on several days) instead of the first.
void fill_generic_fields(Citation& citation, const std::vector<Range>& url_ranges,
                         bool latest_date);

}  // namespace citecheck::split

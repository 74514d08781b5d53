#pragma once
// Finds URLs in display text with hand-written scanning (no std::regex): scheme URLs,
// "www." URLs (kept without a scheme, as printed), mailto: and ftp:. Repairs what layout
// does to a URL inside a line (a stray space after '?', before a '-') and drops sentence
// punctuation after it, recording each repair.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "split/join_lines.hpp"
#include "split/text_util.hpp"

namespace citecheck::split {

/// One URL found in display text.
struct UrlMatch {
  Range range;  ///< display-text range the URL was read from (stripped punctuation excluded)
  std::string url;
  std::vector<std::size_t> text_positions;  ///< display position of each byte of `url`
  std::vector<PositionedRepair> repairs;
};

/// Offset in `token` where a URL starts, or npos.
std::size_t url_start_in(std::string_view token);

/// True for bytes that may stand inside a URL.
bool is_url_byte(std::string_view text, std::size_t pos);

/// All URLs of `text`, in order.
std::vector<UrlMatch> find_urls(std::string_view text);

}  // namespace citecheck::split

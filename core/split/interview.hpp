#pragma once
// Interviews and personal communications: sources no reader can fetch, which are not
// errors for lacking a URL.

#include <string_view>
#include <vector>

#include "split/text_util.hpp"

namespace citecheck::split {

/// True when `raw` reports an interview or personal communication: an interview phrase
/// outside any quoted title, no URL, and no book imprint.
bool is_interview(std::string_view raw, bool has_url);

}  // namespace citecheck::split

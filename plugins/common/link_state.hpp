#pragma once
// The state words of link_check.hpp for plugins: core's to_string is not linked into them.

#include <string_view>

#include <citecheck/link_check.hpp>

namespace citecheck::plugins::common {

/// "ok", "dead", "soft_404", ... as the reports spell them.
std::string_view link_state_name(LinkState state);

}  // namespace citecheck::plugins::common

#include <citecheck/store.hpp>

namespace citecheck {

std::chrono::seconds FreshnessPolicy::max_age_for(LinkState state) const {
  switch (state) {
    case LinkState::ok:
    case LinkState::redirected:
      return ok_max_age;
    case LinkState::unknown:
    case LinkState::skipped:
      return std::chrono::seconds(0);
    default:
      return failure_max_age;
  }
}

}  // namespace citecheck

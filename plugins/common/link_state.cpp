#include "common/link_state.hpp"

namespace citecheck::plugins::common {

std::string_view link_state_name(LinkState state) {
  switch (state) {
    case LinkState::ok:
      return "ok";
    case LinkState::redirected:
      return "redirected";
    case LinkState::dead:
      return "dead";
    case LinkState::soft_404:
      return "soft_404";
    case LinkState::blocked:
      return "blocked";
    case LinkState::server_error:
      return "server_error";
    case LinkState::timeout:
      return "timeout";
    case LinkState::unreachable:
      return "unreachable";
    case LinkState::redirect_loop:
      return "redirect_loop";
    case LinkState::invalid:
      return "invalid";
    case LinkState::skipped:
      return "skipped";
    case LinkState::unknown:
      break;
  }
  return "unknown";
}

}  // namespace citecheck::plugins::common

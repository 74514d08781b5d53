#include <citecheck/link_check.hpp>

#include <array>
#include <utility>

namespace citecheck {
namespace {

constexpr std::array<std::pair<LinkState, std::string_view>, 12> k_state_names{{
    {LinkState::ok, "ok"},
    {LinkState::redirected, "redirected"},
    {LinkState::dead, "dead"},
    {LinkState::soft_404, "soft_404"},
    {LinkState::blocked, "blocked"},
    {LinkState::server_error, "server_error"},
    {LinkState::timeout, "timeout"},
    {LinkState::unreachable, "unreachable"},
    {LinkState::redirect_loop, "redirect_loop"},
    {LinkState::invalid, "invalid"},
    {LinkState::skipped, "skipped"},
    {LinkState::unknown, "unknown"},
}};

}  // namespace

std::string_view to_string(LinkState state) {
  for (const auto& [s, name] : k_state_names) {
    if (s == state) {
      return name;
    }
  }
  return "unknown";
}

std::optional<LinkState> link_state_from_string(std::string_view name) {
  for (const auto& [s, n] : k_state_names) {
    if (n == name) {
      return s;
    }
  }
  return std::nullopt;
}

bool is_broken(LinkState state) {
  switch (state) {
    case LinkState::dead:
    case LinkState::soft_404:
    case LinkState::server_error:
    case LinkState::timeout:
    case LinkState::unreachable:
    case LinkState::redirect_loop:
    case LinkState::invalid:
      return true;
    default:
      return false;
  }
}

}  // namespace citecheck

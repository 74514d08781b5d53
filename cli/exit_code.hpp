#pragma once
// The exit codes, one place (README "Exit codes" documents the same table).

namespace citecheck::cli {

/// What a run ended with. Values are stable: scripts and CI test them.
enum class ExitCode : int {
  ok = 0,
  broken_links = 1,  ///< `check` found at least one broken link
  input_error = 2,   ///< bad usage, or a document could not be read (others still ran)
  no_network = 3,    ///< `check` could not reach the network at all
};

constexpr int to_int(ExitCode code) {
  return static_cast<int>(code);
}

}  // namespace citecheck::cli

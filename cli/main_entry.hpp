#pragma once
// The whole command line as one call, so tests can drive it in-process.

namespace citecheck::cli {

/// Parses argv, runs one command, prints errors once, returns the exit code.
int run(int argc, char** argv);

}  // namespace citecheck::cli

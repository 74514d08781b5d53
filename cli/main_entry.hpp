#pragma once
// The whole command line as one call, so tests can drive it in-process.

#include <iosfwd>

namespace citecheck::cli {

struct Context;

/// Parses argv, runs one command, prints errors once, returns the exit code.
int run(int argc, char** argv);
/// The same with the process given (streams, executable path).
int run(int argc, const char* const* argv, const Context& context);

}  // namespace citecheck::cli

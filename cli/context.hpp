#pragma once
// What every command gets from the process: streams and where the executable lives.
// Passed as a value, so tests can run commands in-process with string streams.

#include <filesystem>
#include <iosfwd>
#include <string>

namespace citecheck::cli {

/// The process seen by a command.
struct Context {
  std::ostream& out;
  std::ostream& err;
  std::filesystem::path executable;  ///< for the plugin search path
  bool out_is_terminal = false;      ///< picks the human format by default
};

/// Prints "citecheck: warning: <text>" on `err`.
void warn(const Context& context, const std::string& text);
/// Prints "citecheck: error: <text>" on `err`.
void error(const Context& context, const std::string& text);

}  // namespace citecheck::cli

#pragma once
// Typed errors. Each names the file (or URL) and what went wrong, in one sentence a user
// can act on. A bad document raises InputError; the run goes on with the next document.

#include <stdexcept>
#include <string>

namespace citecheck {

/// Bad input file: missing, unreadable, binary, empty where that matters, malformed.
class InputError : public std::runtime_error {
 public:
  InputError(std::string path, const std::string& problem)
      : std::runtime_error(path + ": " + problem), m_path(std::move(path)) {}
  const std::string& path() const { return m_path; }

 private:
  std::string m_path;
};

/// Wrong use of the tool (bad option value, bad config file).
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace citecheck

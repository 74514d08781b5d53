#pragma once
// Runs the built citecheck binary and captures what it printed: end-to-end tests drive the
// real executable, the way a user's script does.

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

namespace citecheck::test {

struct RunResult {
  int exit_code = -1;
  std::string out;
};

/// Runs `citecheck ARGS` through the shell with stderr folded into a file; `prefix` goes
/// before the binary (e.g. "unshare -n").
inline RunResult run_citecheck(const std::string& args, const std::string& prefix = "",
                               std::string* err = nullptr) {
  const auto err_file = std::filesystem::temp_directory_path() /
                        ("citecheck-e2e-err-" + std::to_string(std::random_device{}()));
  const std::string command =
      prefix + " " + CITECHECK_BINARY + " " + args + " 2>" + err_file.string();
  RunResult result;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) {
    return result;
  }
  std::array<char, 65536> buffer{};
  std::size_t n = 0;
  while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) {
    result.out.append(buffer.data(), n);
  }
  const int status = pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  if (err != nullptr) {
    std::ifstream in(err_file);
    std::stringstream text;
    text << in.rdbuf();
    *err = text.str();
  }
  std::filesystem::remove(err_file);
  return result;
}

/// A folder under /tmp removed at the end of the test.
class TempDir {
 public:
  TempDir() {
    m_path = std::filesystem::temp_directory_path() /
             ("citecheck-e2e-" + std::to_string(std::random_device{}()));
    std::filesystem::create_directories(m_path);
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(m_path, ignored);
  }
  const std::filesystem::path& path() const { return m_path; }
  std::string file(const std::string& name, const std::string& content) const {
    const auto p = m_path / name;
    std::ofstream(p, std::ios::binary) << content;
    return p.string();
  }

 private:
  std::filesystem::path m_path;
};

}  // namespace citecheck::test

#pragma once
// A fresh directory for one test, removed with everything in it when the test ends.

#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <string_view>

namespace citecheck::test {

class TempDir {
 public:
  TempDir() {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "citecheck-host-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) {
      throw std::runtime_error("cannot create a temporary directory from " + pattern);
    }
    m_path = pattern;
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return m_path; }

  /// Creates `name` (and its parent folders) holding `content`; returns its path.
  std::filesystem::path write(const std::filesystem::path& name, std::string_view content) const {
    const auto file = m_path / name;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream out(file, std::ios::binary);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    return file;
  }

  /// Copies `source` to `name` inside this directory; returns the copy's path.
  std::filesystem::path copy(const std::filesystem::path& source,
                             const std::filesystem::path& name) const {
    const auto file = m_path / name;
    std::filesystem::create_directories(file.parent_path());
    std::filesystem::copy_file(source, file, std::filesystem::copy_options::overwrite_existing);
    return file;
  }

 private:
  std::filesystem::path m_path;
};

/// The fixture plugin library built for `name` (tests/plugin_host/CMakeLists.txt).
inline std::filesystem::path fixture_plugin(std::string_view name) {
  return std::filesystem::path(CITECHECK_FIXTURE_PLUGIN_DIR) /
         ("libcitecheck-" + std::string(name) + ".so");
}

/// Reads a whole file as bytes.
inline std::string read_bytes(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace citecheck::test

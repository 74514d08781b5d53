// reader_identity(): the files whose code reads documents, by path, size and change time.
#include <sys/stat.h>

#include <filesystem>
#include <string>

#include <boost/dll/runtime_symbol_info.hpp>

#include <citecheck/readers.hpp>

#include "readers/pdf_module.hpp"

namespace citecheck {

// A file that appears later ("missing" before) changes the identity too.
std::string file_identity(const std::string& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) {
    return path + " missing";
  }
  return path + " " + std::to_string(info.st_size) + " " + std::to_string(info.st_mtim.tv_sec) +
         "." + std::to_string(info.st_mtim.tv_nsec);
}

std::string reader_identity() {
  std::string out = "citecheck " CITECHECK_VERSION "\n";
  std::error_code error;
  const auto program = boost::dll::program_location(error);
  out += file_identity(error ? std::string("?") : program.string()) + "\n";
  // The module the first PDF would load: the first candidate that exists, as its loader picks.
  for (const std::filesystem::path& candidate : readers::pdf_module_candidates()) {
    std::error_code exists_error;
    if (std::filesystem::exists(candidate, exists_error)) {
      out += file_identity(candidate.lexically_normal().string()) + "\n";
      return out;
    }
  }
  return out + "no PDF module\n";
}

}  // namespace citecheck

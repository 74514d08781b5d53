#pragma once
// A cheap look at a library file before dlopen sees it. dlopen maps segments without
// checking that the file really holds them: a truncated plugin (interrupted copy, full
// disk) can load and then die with SIGBUS when the missing pages are touched. And glibc
// reports a library built for another machine as "No such file or directory". This check
// turns both into plain messages.

#include <filesystem>
#include <optional>
#include <string>

namespace citecheck::plugin_host {

/// nullopt when nothing is wrong that this check can see (dlopen still has the last word).
/// Otherwise the problem as a phrase: not ELF, built for another machine, or truncated.
std::optional<std::string> check_elf_file(const std::filesystem::path& file);

}  // namespace citecheck::plugin_host

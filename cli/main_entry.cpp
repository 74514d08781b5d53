// STUB: replaced by the CLI work.
#include "main_entry.hpp"

#include <CLI/CLI.hpp>

namespace citecheck::cli {

int run(int argc, char** argv) {
  CLI::App app{"citecheck"};
  CLI11_PARSE(app, argc, argv);
  return 0;
}

}  // namespace citecheck::cli

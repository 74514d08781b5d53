// The command line: CLI11 parses, one command runs, errors are printed once, here, and
// mapped to the exit-code table (exit_code.hpp).
#include "main_entry.hpp"

#include <unistd.h>

#include <iostream>
#include <system_error>
#include <vector>

#include <CLI/CLI.hpp>
#include <citecheck/errors.hpp>

#include "commands/commands.hpp"
#include "context.hpp"

namespace citecheck::cli {
namespace {

constexpr const char* k_description =
    "citecheck reads a document's footnotes, turns them into citation records (URLs, UN "
    "symbols, DOIs, titles, authors, 'Ibid.' back references) and writes them as a table, "
    "JSON, CSL-JSON or BibTeX.";

std::filesystem::path executable_path(const char* argv0) {
  std::error_code error;
  auto path = std::filesystem::read_symlink("/proc/self/exe", error);
  if (!error) {
    return path;
  }
  return argv0 != nullptr ? std::filesystem::absolute(argv0, error) : std::filesystem::path();
}

}  // namespace

int run(int argc, const char* const* argv, const Context& context) {
  CLI::App app{k_description, "citecheck"};
  app.set_version_flag("--version", CITECHECK_VERSION);
  app.require_subcommand(1);
  // Usage errors look like every other error: one line, prefixed, then where to look.
  app.failure_message([](const CLI::App*, const CLI::Error& failure) {
    return "citecheck: error: " + std::string(failure.what()) +
           "\nRun 'citecheck --help' or 'citecheck COMMAND --help' for usage.\n";
  });
  app.footer(
      "Exit codes: 0 ok, 1 broken links found, 2 usage or input error, 3 no network.\n"
      "Run 'citecheck COMMAND --help' for a command's options.");

  // The commands, in the order --help lists them. `check`, `fix`, `audit` and `cache`
  // join here, one add_<verb>_command each (commands/commands.hpp).
  const std::vector<Command> commands{
      add_parse_command(app), add_check_command(app),   add_resolve_command(app),
      add_cache_command(app), add_plugins_command(app), add_eval_command(app),
  };

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& parse_error) {
    const int code = app.exit(parse_error, context.out, context.err);
    return code == 0 ? to_int(ExitCode::ok) : to_int(ExitCode::input_error);
  }

  try {
    for (const auto& command : commands) {
      if (command.app->parsed()) {
        return to_int(command.execute(context));
      }
    }
  } catch (const InputError& failure) {
    error(context, failure.what());
  } catch (const UsageError& failure) {
    error(context, failure.what());
  } catch (const std::filesystem::filesystem_error& failure) {
    error(context, failure.what());
  }
  return to_int(ExitCode::input_error);
}

int run(int argc, char** argv) {
  const Context context{std::cout, std::cerr, executable_path(argc > 0 ? argv[0] : nullptr),
                        isatty(STDOUT_FILENO) == 1};
  const int code = run(argc, argv, context);
  std::cout.flush();
  return code;
}

}  // namespace citecheck::cli

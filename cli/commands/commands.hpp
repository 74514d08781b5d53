#pragma once
// One subcommand per file in this folder. Each registers its options on the app and hands
// back the action to run once the command line is parsed (Bear: parse -> command ->
// execute). To add a command (`check`, `fix`, `audit`, `cache`): write commands/<verb>.cpp
// with an `add_<verb>_command`, declare it here, list it in main_entry.cpp.

#include <functional>

#include <CLI/CLI.hpp>

#include "context.hpp"
#include "exit_code.hpp"

namespace citecheck::cli {

/// A registered subcommand and what running it does.
struct Command {
  CLI::App* app = nullptr;
  std::function<ExitCode(const Context&)> execute;
};

Command add_parse_command(CLI::App& app);
Command add_plugins_command(CLI::App& app);
Command add_eval_command(CLI::App& app);
Command add_check_command(CLI::App& app);
Command add_resolve_command(CLI::App& app);
Command add_cache_command(CLI::App& app);

}  // namespace citecheck::cli

// `citecheck cache stats|prune|clear|export`: look after the persistent store.
#include <cstdlib>

#include <citecheck/config.hpp>
#include <citecheck/errors.hpp>
#include <citecheck/store.hpp>

#include "commands/commands.hpp"
#include "commands/report_output.hpp"

namespace citecheck::cli {
namespace {

struct CacheOptions {
  std::string cache;
  bool json = false;
  std::string keep = "90d";
  std::string output;
};

std::string cache_location(const CacheOptions& options) {
  if (!options.cache.empty()) {
    return options.cache;
  }
  const char* xdg = std::getenv("XDG_CACHE_HOME");
  const char* home = std::getenv("HOME");
  std::string path = default_cache_path(xdg ? xdg : "", home ? home : "");
  if (path.empty()) {
    throw UsageError("no cache location: set --cache, XDG_CACHE_HOME or HOME");
  }
  return path;
}

std::unique_ptr<Store> open(const CacheOptions& options) {
  try {
    return open_store(cache_location(options));
  } catch (const StoreError& failure) {
    throw UsageError(failure.what());
  }
}

}  // namespace

Command add_cache_command(CLI::App& app) {
  auto options = std::make_shared<CacheOptions>();
  CLI::App* sub = app.add_subcommand("cache", "Show, prune, clear or export the cache");
  sub->require_subcommand(1);
  sub->add_option("--cache", options->cache,
                  "Cache file (default: $XDG_CACHE_HOME/citecheck/cache.db)");
  CLI::App* stats = sub->add_subcommand("stats", "What the cache holds");
  stats->add_flag("--json", options->json, "As JSON");
  CLI::App* prune = sub->add_subcommand(
      "prune", "Drop stale results, and history older than --keep (default 90d)");
  prune->add_option("--keep", options->keep, "History to keep, e.g. 30d, 12w");
  prune->add_flag("--json", options->json, "As JSON");
  CLI::App* clear = sub->add_subcommand("clear", "Empty the cache (the file stays valid)");
  CLI::App* export_ = sub->add_subcommand(
      "export", "Every latest result, the whole history and the runs, as JSON Lines");
  export_->add_option("-o,--output", options->output, "Write here instead of standard output");

  return {sub, [=](const Context& context) {
            const auto store = open(*options);
            if (stats->parsed()) {
              const StoreStats s = store->stats();
              context.out << (options->json ? to_json(s).dump(2) + "\n" : format_stats(s));
            } else if (prune->parsed()) {
              const auto keep = parse_duration(options->keep);
              if (!keep) {
                throw UsageError("--keep '" + options->keep + "' is not a duration such as 90d");
              }
              const PruneResult r = store->prune(*keep);
              if (options->json) {
                context.out << to_json(r).dump(2) << '\n';
              } else {
                context.out << "pruned " << r.entries << " stale results, " << r.history_rows
                            << " history rows, " << r.resolutions << " resolutions, " << r.responses
                            << " responses, " << r.parsed_documents << " parses, " << r.runs
                            << " runs\n";
              }
            } else if (clear->parsed()) {
              store->clear();
              context.out << "cleared " << store->location() << '\n';
            } else if (export_->parsed()) {
              ReportOutput output(options->output, context.out);
              store->export_jsonl(output.stream());
              output.finish();
            }
            return ExitCode::ok;
          }};
}

}  // namespace citecheck::cli

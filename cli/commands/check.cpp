// `citecheck check FILE...`: parse every document, check each distinct cited URL once
// (cache first), report per citation. Exit: 0 fine, 1 broken links, 2 bad input, 3 no network.
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <limits>

#include <citecheck/engine.hpp>
#include <citecheck/errors.hpp>
#include <citecheck/json.hpp>
#include <citecheck/pipeline.hpp>
#include <citecheck/readers.hpp>
#include <citecheck/resolve.hpp>

#include "commands/check_run.hpp"
#include "commands/commands.hpp"
#include "commands/parse_ahead.hpp"
#include "commands/plugin_loading.hpp"
#include "commands/report_output.hpp"
#include "network/network_options.hpp"
#include "network/service_limits.hpp"
#include "progress.hpp"
#include "report/check_report.hpp"

namespace citecheck::cli {
namespace {

constexpr int k_max_resolve_workers = 64;
/// Documents are checked in batches of at least this many cited links or citations (a
/// document is never split): a run over thousands of documents holds one batch of parsed documents
/// and results at a time, not the whole run's, and each batch still keeps the engine busy.
constexpr std::size_t k_default_batch_links = 4096;

struct CheckOptions {
  bool check_links = true;  ///< false for `resolve`: sources only
  bool resolve = true;      ///< false with --no-resolve
  std::vector<std::string> files;
  std::string format;
  std::string output;
  std::string evidence_dir;
  std::size_t batch_links = k_default_batch_links;
  std::string input_format;
  std::vector<std::string> plugin_dirs;
  NetworkFlags network;
};

// A file name for one URL's evidence: readable, and unique through the key's digest.
std::string evidence_file_name(const LinkCheck& check, std::size_t index) {
  std::string name;
  for (char c : check.normalized_url) {
    if (name.size() >= 80) {
      break;
    }
    name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  }
  return std::to_string(index + 1) + "-" + name + ".json";
}

void write_evidence(const std::string& dir, const CheckReport& report, std::size_t& written) {
  std::error_code error;
  std::filesystem::create_directories(dir, error);
  if (error) {
    throw InputError(dir, "cannot create the evidence folder: " + error.message());
  }
  for (const LinkCheck& check : report.checks) {
    const auto path = std::filesystem::path(dir) / evidence_file_name(check, written++);
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    // Headers and titles are as the server sent them, not always UTF-8.
    out << to_json(check).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    if (!out) {
      throw InputError(path.string(), "cannot write evidence");
    }
  }
}

// Parsed documents waiting to be checked together.
struct Batch {
  std::vector<CheckedDocument> linked;  ///< each document cut down to its links
  std::vector<ParsedDocument> parsed;   ///< kept only when the plugins resolve them
  std::vector<std::string> urls;        ///< every cited link, one per citation
  std::size_t citations = 0;

  /// Full at `most` links, or as many citations: documents that cite by symbol or DOI alone
  /// still go a batch at a time to the plugins.
  bool full(std::size_t most) const { return urls.size() >= most || citations >= most; }
};

// Lets the plugins resolve each parsed document of the batch, and adds what they found to
// its links.
void resolve_batch(Batch& batch, const PluginSet& plugins, ResolveContext& plugin_context,
                   const CheckIndex& checks, std::size_t workers, const Context& context) {
  for (std::size_t i = 0; i < batch.parsed.size(); ++i) {
    ProgressBar resolving(context.err, isatty(STDERR_FILENO) == 1);
    const std::vector<CitationResolutions> resolutions = resolve_document(
        batch.parsed[i], plugins, plugin_context, workers,
        [&resolving](std::size_t done, std::size_t total) { resolving.update(done, total); });
    resolving.finish();
    add_resolved(batch.linked[i], batch.parsed[i], resolutions, checks);
  }
}

ExitCode execute_check(const CheckOptions& options, const Context& context) {
  CheckFormat format =
      context.out_is_terminal && options.output.empty() ? CheckFormat::table : CheckFormat::json;
  if (!options.format.empty()) {
    format = *check_format_from_string(options.format);
  }
  std::optional<Format> forced;
  if (!options.input_format.empty()) {
    forced = format_from_string(options.input_format);
  }
  ReportOutput output(options.output, context.out);
  // Plugins first: they bring the polite request limits of the services they call.
  const PluginSet plugins = load_plugins(options.plugin_dirs, context);
  NetworkSetup network = make_network(options.network, context, service_limits_of(plugins));
  const std::size_t load_errors = plugins.errors().size();

  // Settings mistakes are said before the report begins, not halfway through it.
  validate(network.rules);
  const auto started = std::chrono::steady_clock::now();
  RunRecord run;
  run.id = new_run_id(std::chrono::system_clock::now());
  run.started_at = format_timestamp(std::chrono::system_clock::now());
  run.tool_version = CITECHECK_VERSION;
  for (const auto& path : options.files) {
    run.document += (run.document.empty() ? "" : "\n") + path;
  }
  network.store->begin_run(run);

  const auto reporter = make_check_reporter(format, context.out_is_terminal && !output.to_file());
  reporter->begin(output.stream(), options.check_links);
  ProgressBar progress(context.err, isatty(STDERR_FILENO) == 1);
  RunMemo memo(*network.store);
  RunTotals totals;
  CheckContext check_context{*network.engine, &memo, network.store.get(), CITECHECK_VERSION, {}};
  // What plugins get, first while the links are checked, then to resolve the sources.
  ResolveContext plugin_context{*network.engine, *network.store, network.plugin_settings, {}, {}};
  // Resolution follows: plugins read the pages the check fetches anyway (the news plugin
  // keeps each page's metadata), so no cited site is asked for the same page twice.
  if (options.resolve) {
    check_context.observe_answer = [&plugins, &plugin_context](const HttpResponse& answer) {
      plugins.observe(answer, plugin_context);
    };
  }

  Batch batch;
  std::size_t links_before = 0;  // of earlier batches, for one progress count over the run
  std::size_t evidence_written = 0;
  std::string evidence_failed;
  bool resolved_any = false;
  // Checks a batch's links, lets the plugins resolve its documents, reports them and lets
  // them go: a run holds one batch of parsed documents and results at a time.
  const auto finish_batch = [&] {
    if (batch.linked.empty()) {
      return;
    }
    const CheckReport report =
        options.check_links
            ? check_links(batch.urls, network.rules, check_context,
                          [&](std::size_t done, std::size_t total) {
                            progress.update(links_before + done, links_before + total);
                          })
            : CheckReport{};
    links_before += report.checks.size();
    progress.finish();

    // Resolution after the check, so that plugins see each link's state (the archive plugin
    // looks for copies of what is broken). A service that fails degrades its citations only.
    const CheckIndex checks(report);
    if (options.resolve && !report.no_network) {
      resolved_any = true;
      if (options.check_links) {
        plugin_context.link_check = [&checks](const std::string& url) -> std::optional<LinkCheck> {
          const LinkCheck* check = checks.find(url);
          return check == nullptr ? std::nullopt : std::optional<LinkCheck>(*check);
        };
      }
      // Plugins wait on their requests: as many workers as the engine runs transfers keeps
      // it busy (the per-host limits still pace each service); capped, as each is a thread.
      resolve_batch(batch, plugins, plugin_context, checks,
                    static_cast<std::size_t>(std::clamp(network.engine_options.max_concurrency, 1,
                                                        k_max_resolve_workers)),
                    context);
      plugin_context.link_check = {};
    }
    totals.add(report);
    CheckRun part = join_checks(std::move(batch.linked), report, checks, 0.0);
    part.links_checked = options.check_links;
    reporter->documents(output.stream(), part);
    // Evidence that cannot be written is said once, and the report still runs to its end.
    if (!options.evidence_dir.empty() && options.check_links && evidence_failed.empty()) {
      try {
        write_evidence(options.evidence_dir, report, evidence_written);
      } catch (const InputError& failure) {
        evidence_failed = failure.what();
      }
    }
    batch = Batch{};
  };

  // Files parsed before with the same bytes, readers and plugins are taken from the store:
  // a scheduled audit of unchanged documents does not parse them again.
  ParseFileOptions parse_options;
  parse_options.forced = forced;
  parse_options.cache = network.store.get();
  parse_options.identity = parser_identity(plugins);
  bool input_failed = false;
  // The next documents are parsed while this batch is checked and resolved (at most a batch
  // ahead): a run over many files parses while the network keeps it waiting.
  ParseAhead documents(
      options.files,
      [&](const std::string& path) { return parse_file(path, plugins, parse_options); },
      options.batch_links);
  // Takes the parse by value: unless the plugins resolve it, it is let go here, before its
  // batch is checked (only its links are kept).
  const auto add_to_batch = [&](ParsedDocument parsed) {
    batch.linked.push_back(links_of(parsed));
    for (const auto& link : batch.linked.back().links) {
      batch.urls.push_back(link.url);
    }
    batch.citations += batch.linked.back().citations;
    if (options.resolve) {
      batch.parsed.push_back(std::move(parsed));
    }
  };
  while (std::optional<ParseAhead::Item> document = documents.next()) {
    if (!document->parsed) {
      error(context, document->error);
      input_failed = true;
      continue;
    }
    add_to_batch(std::move(*document->parsed));
    if (batch.full(options.batch_links)) {
      finish_batch();
    }
  }
  finish_batch();
  if (resolved_any) {
    report_plugin_errors(plugins, load_errors, context);
  }

  CheckRun checked;
  checked.links_checked = options.check_links;
  checked.no_network = totals.no_network();
  checked.no_network_reason = totals.no_network_reason();
  checked.counts = totals.counts();
  checked.distinct_urls = totals.distinct_urls();
  checked.from_cache = totals.from_cache();
  checked.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::map<std::string, int> counts;
  for (const auto& [state, n] : checked.counts) {
    counts[std::string(to_string(state))] = static_cast<int>(n);
  }
  network.store->finish_run(run.id, counts);
  reporter->end(output.stream(), checked);
  output.finish();

  if (!evidence_failed.empty()) {
    error(context, evidence_failed);
  }
  if (checked.no_network) {
    // Said once: the table on a terminal says it already; otherwise stderr says it, so that
    // a script reading only the exit code and stderr learns why nothing was judged.
    if (format != CheckFormat::table || !options.output.empty() || !context.out_is_terminal) {
      error(context, "no network: " + checked.no_network_reason);
    }
    return ExitCode::no_network;
  }
  if (input_failed || !evidence_failed.empty()) {
    return ExitCode::input_error;
  }
  return totals.broken() ? ExitCode::broken_links : ExitCode::ok;
}

Command add_networked_command(CLI::App& app, bool check) {
  auto options = std::make_shared<CheckOptions>();
  options->check_links = check;
  CLI::App* sub =
      check ? app.add_subcommand("check",
                                 "Parse documents, check every cited link for rot (each URL once, "
                                 "cache first) and resolve each source")
            : app.add_subcommand("resolve",
                                 "Parse documents and resolve each source (UN Digital Library, "
                                 "Crossref, the page's metadata, archived copies); no link check");
  sub->add_option("FILE", options->files, "Documents to read ('-' reads standard input)")
      ->required();
  sub->add_option("-f,--format", options->format,
                  "Output: table (default on a terminal), json (default otherwise), jsonl, "
                  "markdown, junit, csv")
      ->check(CLI::IsMember(check_format_names()));
  sub->add_option("-o,--output", options->output, "Write the report to this file");
  if (check) {
    sub->add_option(
        "--evidence", options->evidence_dir,
        "Write each link's evidence (request, hops, headers, body digest) as JSON here");
    sub->add_flag(
        "--no-resolve", [options](std::int64_t) { options->resolve = false; },
        "Only check links; do not resolve sources");
  }
  sub->add_option("--batch-links", options->batch_links,
                  "Check documents in batches of at least this many cited links (or "
                  "citations), reporting each batch as it is done (memory follows the batch, "
                  "not the run)")
      ->check(CLI::Range(std::size_t{1}, std::numeric_limits<std::size_t>::max()))
      ->capture_default_str();
  sub->add_option("--input-format", options->input_format,
                  "Read every FILE as this format instead of guessing it");
  sub->add_option("--plugin-dir", options->plugin_dirs,
                  "Also look for plugins here (first; may be repeated)");
  add_network_flags(*sub, options->network);
  return {sub, [options](const Context& context) { return execute_check(*options, context); }};
}

}  // namespace

Command add_check_command(CLI::App& app) {
  return add_networked_command(app, true);
}

Command add_resolve_command(CLI::App& app) {
  return add_networked_command(app, false);
}

}  // namespace citecheck::cli

// `citecheck parse FILE...`: read -> parse -> report, file by file. A bad file is reported
// (naming it) and skipped; the others are still parsed; the exit code says it happened.
#include <memory>

#include <citecheck/errors.hpp>
#include <citecheck/pipeline.hpp>
#include <citecheck/readers.hpp>

#include "commands/commands.hpp"
#include "commands/plugin_loading.hpp"
#include "commands/report_output.hpp"
#include "report/report.hpp"

namespace citecheck::cli {
namespace {

struct ParseOptions {
  std::vector<std::string> files;
  std::string format;  // empty: table on a terminal, else json
  std::string input_format;
  std::vector<std::string> plugin_dirs;
  std::string output;
};

std::vector<std::string> input_format_names() {
  std::vector<std::string> out;
  for (const Format f : {Format::text, Format::markdown, Format::html, Format::wikitext,
                         Format::jats, Format::pdf, Format::docx}) {
    out.emplace_back(to_string(f));
  }
  return out;
}

std::string with_path(const std::string& path, const std::string& warning) {
  return warning.starts_with(path + ":") ? warning : path + ": " + warning;
}

ExitCode execute_parse(const ParseOptions& options, const Context& context) {
  ReportFormat format =
      context.out_is_terminal && options.output.empty() ? ReportFormat::table : ReportFormat::json;
  if (!options.format.empty()) {
    format = *report_format_from_string(options.format);  // CLI11 checked the name
  }
  std::optional<Format> forced;
  if (!options.input_format.empty()) {
    forced = format_from_string(options.input_format);
  }

  ReportOutput output(options.output, context.out);
  std::ostream& out = output.stream();

  const PluginSet plugins = load_plugins(options.plugin_dirs, context);
  const std::size_t plugin_errors = plugins.errors().size();
  const std::unique_ptr<Reporter> reporter = make_reporter(format);

  bool failed = false;
  reporter->begin(out, options.files.size());
  for (const auto& path : options.files) {
    try {
      const ParsedDocument parsed = parse_document(read_document(path, forced), plugins);
      if (!reporter->shows_warnings()) {
        for (const auto& warning : parsed.warnings) {
          warn(context, with_path(path, warning));
        }
      }
      reporter->document(out, parsed);
    } catch (const InputError& failure) {
      error(context, failure.what());
      failed = true;
    } catch (const std::exception& failure) {
      // A parser defect on one document must not stop the others.
      error(context, path + ": could not be parsed: " + failure.what());
      failed = true;
    }
  }
  reporter->end(out);
  report_plugin_errors(plugins, plugin_errors, context);
  output.finish();
  return failed ? ExitCode::input_error : ExitCode::ok;
}

}  // namespace

Command add_parse_command(CLI::App& app) {
  auto options = std::make_shared<ParseOptions>();
  CLI::App* sub = app.add_subcommand(
      "parse", "Read documents, find their footnotes and print the citations they hold");
  sub->add_option("FILE", options->files, "Documents to read ('-' reads standard input)")
      ->required();
  sub->add_option("-f,--format", options->format,
                  "Output: table (default on a terminal), json (default otherwise), jsonl, "
                  "csl-json, bibtex")
      ->check(CLI::IsMember(report_format_names()));
  sub->add_option("--input-format", options->input_format,
                  "Read every FILE as this format instead of guessing it")
      ->check(CLI::IsMember(input_format_names()));
  sub->add_option("--plugin-dir", options->plugin_dirs,
                  "Also look for plugins here (first; may be repeated)");
  sub->add_option("-o,--output", options->output, "Write the report to this file");
  return {sub, [options](const Context& context) { return execute_parse(*options, context); }};
}

}  // namespace citecheck::cli

// `citecheck eval`: parse every gold document of a corpus and compare with its gold.
#include <citecheck/eval.hpp>

#include "commands/commands.hpp"
#include "commands/plugin_loading.hpp"
#include "report/eval_report.hpp"

namespace citecheck::cli {
namespace {

struct EvalOptions {
  std::string corpus = CITECHECK_DEFAULT_CORPUS_DIR;
  std::string format = "table";
  std::vector<std::string> plugin_dirs;
};

ExitCode execute_eval(const EvalOptions& options, const Context& context) {
  const PluginSet plugins = load_plugins(options.plugin_dirs, context);
  const eval::CorpusResult result = eval::evaluate_corpus(options.corpus, plugins);
  if (options.format == "json") {
    write_eval_json(context.out, result);
  } else {
    write_eval_table(context.out, result);
  }
  for (const auto& document : result.documents) {
    if (document.outcome == eval::Outcome::failed) {
      warn(context, document.reason);
    }
  }
  return ExitCode::ok;
}

}  // namespace

Command add_eval_command(CLI::App& app) {
  auto options = std::make_shared<EvalOptions>();
  CLI::App* sub = app.add_subcommand(
      "eval", "Measure parsing accuracy against hand-checked gold files (*.gold.json)");
  sub->add_option("--corpus", options->corpus, "Folder of documents and their *.gold.json")
      ->capture_default_str();
  sub->add_option("-f,--format", options->format, "Output: table or json")
      ->check(CLI::IsMember({"table", "json"}))
      ->capture_default_str();
  sub->add_option("--plugin-dir", options->plugin_dirs,
                  "Also look for plugins here (first; may be repeated)");
  return {sub, [options](const Context& context) { return execute_eval(*options, context); }};
}

}  // namespace citecheck::cli

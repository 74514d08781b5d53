// The built binary, run as a user would: arguments, standard input, files in a temporary
// folder; standard output, standard error and the exit code captured.
#include <doctest/doctest.h>

#include <sys/wait.h>

#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>

#include <citecheck/eval.hpp>

#include "format_checks.hpp"

namespace {

namespace fs = std::filesystem;

struct Run {
  int code = -1;
  std::string out;
  std::string err;
};

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string quote(const std::string& arg) {
  std::string out = "'";
  for (const char c : arg) {
    out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  }
  return out + "'";
}

/// A temporary folder for one test; removed at the end.
struct TempDir {
  fs::path path;
  TempDir() {
    std::random_device random;
    path = fs::temp_directory_path() /
           ("citecheck-cli-" + std::to_string(random()) + std::to_string(random()));
    fs::create_directories(path);
  }
  ~TempDir() {
    std::error_code ignored;
    fs::remove_all(path, ignored);
  }
  fs::path write(const std::string& name, const std::string& bytes) const {
    std::ofstream(path / name, std::ios::binary) << bytes;
    return path / name;
  }
};

/// Runs citecheck with `args`; `input` is its standard input. The plugin path from the
/// environment is cleared so only the build's own plugins are found.
Run run_citecheck(const std::vector<std::string>& args, const std::string& input = "") {
  TempDir io;
  const fs::path in = io.write("stdin", input);
  std::string command = "env -u CITECHECK_PLUGIN_PATH " + quote(CITECHECK_BINARY);
  for (const auto& arg : args) {
    command += " " + quote(arg);
  }
  command += " <" + quote(in.string()) + " >" + quote((io.path / "out").string()) + " 2>" +
             quote((io.path / "err").string());
  const int status = std::system(command.c_str());
  Run run;
  run.code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  run.out = slurp(io.path / "out");
  run.err = slurp(io.path / "err");
  return run;
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

const std::string k_corpus = CITECHECK_CORPUS_DIR;
const std::string k_minusma = k_corpus + "/minusma-brief.txt";

}  // namespace

TEST_SUITE("cli") {
  TEST_CASE("parse the reference document as JSON: its 24 footnotes, as the gold has them") {
    const Run run = run_citecheck({"parse", "--format", "json", k_minusma});
    CAPTURE(run.err);
    REQUIRE(run.code == 0);
    const auto parsed = nlohmann::json::parse(run.out);
    CHECK(parsed["document"] == k_minusma);
    CHECK(parsed["format"] == "text");
    std::ifstream gold_in(k_corpus + "/minusma-brief.gold.json");
    const auto gold = nlohmann::json::parse(gold_in);
    REQUIRE(parsed["footnotes"].size() == gold["footnotes"].size());
    CHECK(parsed["footnotes"].size() == 24);
    std::size_t same_text = 0;
    for (std::size_t i = 0; i < gold["footnotes"].size(); ++i) {
      const auto& ours = parsed["footnotes"][i];
      const auto& theirs = gold["footnotes"][i];
      CHECK(ours["number"] == theirs["number"]);
      same_text += citecheck::eval::fold_text(ours["text"].get<std::string>()) ==
                           citecheck::eval::fold_text(theirs["text"].get<std::string>())
                       ? 1
                       : 0;
    }
    CHECK(same_text >= 20);
  }

  TEST_CASE("bad input: exit 2 and a message naming the file") {
    TempDir dir;
    const fs::path binary = dir.write(
        "photo.jpg", std::string("\xff\xd8\xff\xe0\0\x10JFIF\0", 11) + std::string(400, '\0'));
    const fs::path empty = dir.write("empty.txt", "");
    const fs::path folder = dir.path / "folder.txt";
    fs::create_directory(folder);
    const std::string missing = (dir.path / "missing.txt").string();
    for (const std::string& path : {missing, folder.string(), binary.string(), empty.string()}) {
      CAPTURE(path);
      const Run run = run_citecheck({"parse", "--format", "json", path});
      CHECK(run.code == 2);
      CHECK(contains(run.err, path));
      CHECK(contains(run.err, "citecheck: error:"));
    }
  }

  TEST_CASE("invalid UTF-8 never crashes: refused naming the file, or read with a warning") {
    TempDir dir;
    const fs::path latin1 = dir.write("latin1.txt", "Caf\xe9 au lait, M\xf8ller.\n\n1 Ibid.\n");
    const Run run = run_citecheck({"parse", "--format", "json", latin1.string()});
    CAPTURE(run.err);
    CAPTURE(run.out);
    if (run.code == 2) {
      CHECK(contains(run.err, latin1.string()));
    } else {
      REQUIRE(run.code == 0);
      const auto parsed = nlohmann::json::parse(run.out);
      CHECK_FALSE(parsed["warnings"].empty());
    }
  }

  TEST_CASE("a file with no footnotes: empty list, a warning, exit 0") {
    TempDir dir;
    const fs::path prose = dir.write("prose.txt", "A paragraph of prose without any notes.\n");
    const Run json = run_citecheck({"parse", "--format", "json", prose.string()});
    CHECK(json.code == 0);
    const auto parsed = nlohmann::json::parse(json.out);
    CHECK(parsed["footnotes"].empty());
    CHECK_FALSE(parsed["warnings"].empty());
    // Formats with no place for warnings print them on standard error.
    const Run bib = run_citecheck({"parse", "--format", "bibtex", prose.string()});
    CHECK(bib.code == 0);
    CHECK(contains(bib.err, "warning"));
    CHECK(contains(bib.err, prose.string()));
  }

  TEST_CASE("'-' reads standard input") {
    const Run run = run_citecheck({"parse", "--format", "json", "-"}, slurp(k_minusma));
    CAPTURE(run.err);
    REQUIRE(run.code == 0);
    const auto parsed = nlohmann::json::parse(run.out);
    CHECK(parsed["document"] == "-");
    CHECK(parsed["footnotes"].size() == 24);
  }

  TEST_CASE("several files, one bad: the others are parsed, exit 2") {
    TempDir dir;
    const std::string missing = (dir.path / "gone.txt").string();
    const Run run = run_citecheck({"parse", "--format", "json", k_minusma, missing, k_minusma});
    CHECK(run.code == 2);
    CHECK(contains(run.err, missing));
    const auto parsed = nlohmann::json::parse(run.out);
    REQUIRE(parsed.is_array());
    CHECK(parsed.size() == 2);
  }

  TEST_CASE("csl-json of the reference document is valid CSL-JSON") {
    const Run run = run_citecheck({"parse", "--format", "csl-json", k_minusma});
    CAPTURE(run.err);
    REQUIRE(run.code == 0);
    CAPTURE(run.out);
    CHECK(citecheck::test::csl_json_problems(run.out).empty());
    const auto items = nlohmann::json::parse(run.out);
    CHECK(items.size() >= 10);
  }

  TEST_CASE("bibtex of the reference document: balanced entries, unique keys") {
    const Run run = run_citecheck({"parse", "--format", "bibtex", k_minusma});
    CAPTURE(run.err);
    REQUIRE(run.code == 0);
    CAPTURE(run.out);
    const auto check = citecheck::test::check_bibtex(run.out);
    CHECK(check.problems.empty());
    CHECK(check.keys.size() >= 10);
  }

  TEST_CASE("jsonl and table") {
    const Run jsonl = run_citecheck({"parse", "--format", "jsonl", k_minusma});
    REQUIRE(jsonl.code == 0);
    std::istringstream lines(jsonl.out);
    std::string line;
    int count = 0;
    while (std::getline(lines, line)) {
      CHECK(nlohmann::json::parse(line)["document"] == k_minusma);
      ++count;
    }
    CHECK(count >= 24);
    const Run table = run_citecheck({"parse", "--format", "table", k_minusma});
    REQUIRE(table.code == 0);
    CHECK(contains(table.out, "== " + k_minusma + " (text): 24 footnotes"));
  }

  TEST_CASE("-o writes the report to a file") {
    TempDir dir;
    const std::string target = (dir.path / "out.json").string();
    const Run run = run_citecheck({"parse", k_minusma, "-o", target});
    CHECK(run.code == 0);
    CHECK(run.out.empty());
    CHECK(nlohmann::json::parse(slurp(target))["document"] == k_minusma);
    const Run bad = run_citecheck({"parse", k_minusma, "-o", (dir.path / "no/such/dir").string()});
    CHECK(bad.code == 2);
    CHECK(contains(bad.err, "no/such/dir"));
    // check opens the file before any work (no request made); cache export likewise.
    const std::string no_dir = (dir.path / "no/such/dir/report.json").string();
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"check", k_minusma, "--no-cache", "-o", no_dir},
          std::vector<std::string>{"cache", "--cache", (dir.path / "cache.db").string(), "export",
                                   "-o", no_dir}}) {
      const Run failed = run_citecheck(args);
      CAPTURE(failed.err);
      CHECK(failed.code == 2);
      CHECK(contains(failed.err, "report.json: cannot open the output file for writing"));
    }
  }

  TEST_CASE("usage errors exit 2; --help and --version exit 0") {
    struct Case {
      std::vector<std::string> args;
      int code;
    };
    const Case cases[] = {
        {{}, 2},
        {{"frobnicate"}, 2},
        {{"parse"}, 2},
        {{"parse", "--format", "xml", k_minusma}, 2},
        {{"parse", "--input-format", "rtf", k_minusma}, 2},
        {{"parse", "--no-such-option", k_minusma}, 2},
        {{"--help"}, 0},
        {{"parse", "--help"}, 0},
        {{"--version"}, 0},
    };
    for (const auto& c : cases) {
      std::string joined;
      for (const auto& a : c.args) {
        joined += a + " ";
      }
      CAPTURE(joined);
      const Run run = run_citecheck(c.args);
      CHECK(run.code == c.code);
      if (c.code == 2) {
        CHECK_FALSE(run.err.empty());
      }
    }
  }

  TEST_CASE("plugins: the build's four plugins are listed with their files") {
    const Run run = run_citecheck({"plugins", "--plugin-dir", CITECHECK_PLUGIN_DIR});
    CAPTURE(run.out);
    CAPTURE(run.err);
    REQUIRE(run.code == 0);
    CHECK(contains(run.out, "4 plugins loaded"));
    for (const char* name : {"un-documents", "journals", "news", "archive"}) {
      CHECK(contains(run.out, std::string("  ") + name + " "));
    }
    const Run json = run_citecheck({"plugins", "--json", "--plugin-dir", CITECHECK_PLUGIN_DIR});
    const auto listing = nlohmann::json::parse(json.out);
    CHECK(listing["plugins"].size() == 4);
    for (const auto& plugin : listing["plugins"]) {
      CHECK(fs::exists(plugin["path"].get<std::string>()));
      CHECK(plugin["api_version"] == listing["api_version"]);
    }
  }

  TEST_CASE("plugins: a broken plugin file is reported, the rest still load") {
    TempDir dir;
    dir.write("libcitecheck-broken.so", "this is not a shared library");
    const Run run = run_citecheck({"plugins", "--plugin-dir", dir.path.string()});
    CHECK(run.code == 0);
    CHECK(contains(run.out, "libcitecheck-broken.so"));
    CHECK(contains(run.out, "4 plugins loaded"));
    // For other commands a plugin problem is a warning, not a failure.
    const Run parse = run_citecheck({"parse", "--plugin-dir", dir.path.string(), k_minusma});
    CHECK(parse.code == 0);
    CHECK(contains(parse.err, "warning"));
    CHECK(contains(parse.err, "libcitecheck-broken.so"));
  }

  TEST_CASE("eval: per document and per format, unsupported formats listed") {
    const Run run = run_citecheck({"eval", "--corpus", k_corpus});
    CAPTURE(run.out);
    CAPTURE(run.err);
    REQUIRE(run.code == 0);
    CHECK(contains(run.out, "minusma-brief.txt"));
    CHECK(contains(run.out, "Totals"));
    const Run json = run_citecheck({"eval", "--corpus", k_corpus, "--format", "json"});
    REQUIRE(json.code == 0);
    const auto result = nlohmann::json::parse(json.out);
    CHECK(result["documents"].size() >= 6);
    CHECK(result["formats"].contains("text"));
    const Run missing = run_citecheck({"eval", "--corpus", "/nonexistent/corpus"});
    CHECK(missing.code == 2);
    CHECK(contains(missing.err, "/nonexistent/corpus"));
  }
}

// Parse throughput with the real pipeline and plugins, in-process, on one core (--threads:
// more recognition threads per document, 0 for citecheck's own choice, one per core).
//
//   parse_bench [--mb N] [--corpus DIR] [--plugin-dir DIR] [--workload NAME] [--once]
//               [--threads N]
//   parse_bench --file PATH [--plugin-dir DIR] [--threads N]
//
// Two workloads, each at N, 2N and 4N MB (default N = 16) to show whether time and memory
// grow linearly:
//   documents  the corpus's plain-text documents, repeated as many separate documents;
//   one-file   one large synthetic document: pages of body text with footnote markers and
//              footnote blocks whose texts are the corpus gold footnotes, numbered on.
// Each measurement runs in a fresh child process so its peak memory (ru_maxrss) is its own.
// --workload runs one of the two, --once only its N MB size: handy under callgrind.
// --file times parse_document alone on one document of any format (read once, parsed 20 times,
// the fastest run printed): the per-citation cost, without reading or writing any output.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include <citecheck/pipeline.hpp>
#include <citecheck/plugin_host.hpp>
#include <citecheck/readers.hpp>

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

struct Options {
  std::size_t megabytes = 16;
  fs::path corpus = CITECHECK_CORPUS_DIR;
  fs::path plugin_dir = CITECHECK_PLUGIN_DIR;
  std::string workload;  ///< empty: both
  bool once = false;
  fs::path file;                     ///< non-empty: time parse_document on this one document
  citecheck::ParseOptions parse{1};  ///< one recognition thread: figures per core
};

struct Measurement {
  double megabytes = 0;
  double seconds = 0;
  std::size_t documents = 0;
  std::size_t footnotes = 0;
  std::size_t expected = 0;  ///< footnotes the input holds (gold or generated)
  std::size_t citations = 0;
  long peak_rss_kb = 0;
};

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

/// The corpus documents whose gold says plain text, and every gold footnote text.
struct Material {
  std::vector<std::string> text_documents;
  std::vector<std::size_t> gold_footnotes;  ///< per text document
  std::vector<std::string> footnote_texts;
};

Material load_material(const fs::path& corpus) {
  Material material;
  for (const auto& entry : fs::directory_iterator(corpus)) {
    const std::string name = entry.path().filename().string();
    if (!name.ends_with(".gold.json")) {
      continue;
    }
    const auto gold = nlohmann::json::parse(slurp(entry.path()));
    if (gold.value("format", "") != "text") {
      continue;
    }
    material.text_documents.push_back(
        slurp(entry.path().parent_path() / gold["document"].get<std::string>()));
    material.gold_footnotes.push_back(gold["footnotes"].size());
    for (const auto& footnote : gold["footnotes"]) {
      material.footnote_texts.push_back(footnote["text"].get<std::string>());
    }
  }
  return material;
}

/// Wraps `text` to lines of about 90 characters, as PDF extraction does.
void append_wrapped(std::string& out, const std::string& text, const std::string& first_prefix) {
  std::string line = first_prefix;
  std::istringstream words(text);
  std::string word;
  while (words >> word) {
    if (line.size() + word.size() + 1 > 90 && line.size() > first_prefix.size()) {
      out += line + '\n';
      line.clear();
    }
    line += (line.empty() || line == first_prefix ? "" : " ") + word;
  }
  out += line + '\n';
}

constexpr std::size_t k_notes_per_chapter = 300;

/// A document of about `bytes`; `notes` receives how many footnotes it holds.
std::string synthetic_document(const Material& material, std::size_t bytes, std::size_t& notes) {
  static const std::string k_body =
      "The mission was established by the Security Council to support the political "
      "process and carry out a number of security-related tasks. Its mandate was renewed "
      "and expanded in the following years, while the situation on the ground remained "
      "volatile and the peace agreement was only partly implemented by the parties.";
  std::string out;
  out.reserve(bytes + 4096);
  std::size_t next = 1;
  std::size_t source = 0;
  while (out.size() < bytes) {
    // Numbering restarts with each chapter, as in books, so numbers stay printable.
    if (next > k_notes_per_chapter) {
      out += "Chapter\n\n";
      next = 1;
    }
    // A page: two paragraphs with three markers each, then the footnote block.
    const std::size_t first = next;
    for (int paragraph = 0; paragraph < 2; ++paragraph) {
      std::string text;
      for (int sentence = 0; sentence < 3; ++sentence) {
        text += k_body.substr(0, 120 + 40 * sentence) + "." + std::to_string(next++) + " ";
      }
      append_wrapped(out, text, "");
      out += '\n';
    }
    for (std::size_t number = first; number < next; ++number) {
      const std::string& note = material.footnote_texts[source++ % material.footnote_texts.size()];
      append_wrapped(out, note, std::to_string(number) + " ");
      ++notes;
    }
    out += "\f";
  }
  return out;
}

Measurement measure(const std::vector<std::string>& inputs, const citecheck::PluginSet& plugins,
                    const citecheck::ParseOptions& parse) {
  Measurement m;
  std::size_t bytes = 0;
  const auto start = Clock::now();
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    bytes += inputs[i].size();
    const citecheck::Document document = citecheck::read_document_bytes(
        "doc" + std::to_string(i) + ".txt", inputs[i], citecheck::Format::text);
    const citecheck::ParsedDocument parsed = citecheck::parse_document(document, plugins, parse);
    m.footnotes += parsed.footnotes.size();
    for (const auto& footnote : parsed.footnotes) {
      m.citations += footnote.citations.size();
    }
  }
  m.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  m.megabytes = static_cast<double>(bytes) / (1024.0 * 1024.0);
  m.documents = inputs.size();
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  m.peak_rss_kb = usage.ru_maxrss;
  return m;
}

/// Builds the workload and measures it in a child process; the parent reads the figures.
Measurement run_in_child(const std::string& workload, std::size_t bytes, const Material& material,
                         const Options& options) {
  int pipe_fds[2];
  if (pipe(pipe_fds) != 0) {
    throw std::runtime_error("pipe failed");
  }
  const pid_t pid = fork();
  if (pid == 0) {
    close(pipe_fds[0]);
    const citecheck::PluginSet plugins =
        citecheck::PluginSet::load(citecheck::plugin_search_path({options.plugin_dir}, fs::path()));
    std::vector<std::string> inputs;
    std::size_t expected = 0;
    if (workload == "documents") {
      std::size_t total = 0;
      for (std::size_t i = 0; total < bytes; ++i) {
        const std::size_t k = i % material.text_documents.size();
        inputs.push_back(material.text_documents[k]);
        expected += material.gold_footnotes[k];
        total += inputs.back().size();
      }
    } else {
      inputs.push_back(synthetic_document(material, bytes, expected));
    }
    Measurement m = measure(inputs, plugins, options.parse);
    m.expected = expected;
    std::string line;
    for (const double value : {m.megabytes, m.seconds, static_cast<double>(m.documents),
                               static_cast<double>(m.footnotes), static_cast<double>(m.expected),
                               static_cast<double>(m.citations), static_cast<double>(m.peak_rss_kb),
                               static_cast<double>(plugins.plugins().size())}) {
      line += std::to_string(value) + " ";
    }
    line += "\n";
    const ssize_t written = write(pipe_fds[1], line.data(), line.size());
    _exit(written == static_cast<ssize_t>(line.size()) ? 0 : 1);
  }
  close(pipe_fds[1]);
  std::string text;
  char buffer[512];
  ssize_t n = 0;
  while ((n = read(pipe_fds[0], buffer, sizeof buffer)) > 0) {
    text.append(buffer, static_cast<std::size_t>(n));
  }
  close(pipe_fds[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    throw std::runtime_error(workload + " run failed (child status " + std::to_string(status) +
                             ")");
  }
  Measurement m;
  double values[8] = {};
  std::istringstream fields(text);
  for (double& value : values) {
    fields >> value;
  }
  if (!fields) {
    throw std::runtime_error(workload + " run sent no figures");
  }
  m.megabytes = values[0];
  m.seconds = values[1];
  m.documents = static_cast<std::size_t>(values[2]);
  m.footnotes = static_cast<std::size_t>(values[3]);
  m.expected = static_cast<std::size_t>(values[4]);
  m.citations = static_cast<std::size_t>(values[5]);
  m.peak_rss_kb = static_cast<long>(values[6]);
  const auto plugin_count = static_cast<std::size_t>(values[7]);
  if (plugin_count == 0) {
    std::cerr << "parse_bench: warning: no plugins loaded from " << options.plugin_dir << '\n';
  }
  return m;
}

Options parse_options(int argc, char** argv) {
  Options options;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const bool has_value = i + 1 < argc;
    if (arg == "--mb" && has_value) {
      options.megabytes = std::stoul(argv[++i]);
    } else if (arg == "--corpus" && has_value) {
      options.corpus = argv[++i];
    } else if (arg == "--plugin-dir" && has_value) {
      options.plugin_dir = argv[++i];
    } else if (arg == "--workload" && has_value) {
      options.workload = argv[++i];
      if (options.workload != "documents" && options.workload != "one-file") {
        throw std::invalid_argument("--workload is 'documents' or 'one-file', not '" +
                                    options.workload + "'");
      }
    } else if (arg == "--once") {
      options.once = true;
    } else if (arg == "--file" && has_value) {
      options.file = argv[++i];
    } else if (arg == "--threads" && has_value) {
      options.parse.threads = static_cast<unsigned>(std::stoul(argv[++i]));
    } else {
      throw std::invalid_argument(
          "usage: parse_bench [--mb N] [--corpus DIR] [--plugin-dir DIR] [--workload NAME] "
          "[--once] [--threads N] | --file PATH [--threads N]");
    }
  }
  if (options.megabytes == 0) {
    throw std::invalid_argument("--mb must be at least 1");
  }
  return options;
}

/// The fastest of 20 parse_document runs on one document, in milliseconds (the minimum, since
/// the machine is shared and anything else only adds time).
int time_one_file(const Options& options) {
  const citecheck::PluginSet plugins =
      citecheck::PluginSet::load(citecheck::plugin_search_path({options.plugin_dir}, fs::path()));
  const citecheck::Document document = citecheck::read_document(options.file.string());
  double best = 1e9;
  std::size_t footnotes = 0;
  for (int run = 0; run < 20; ++run) {
    const auto start = Clock::now();
    const citecheck::ParsedDocument parsed =
        citecheck::parse_document(document, plugins, options.parse);
    best = std::min(best, std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    footnotes = parsed.footnotes.size();
  }
  std::printf("%s: %zu footnotes, parse_document %.1f ms (fastest of 20)\n",
              options.file.string().c_str(), footnotes, best);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    const Options options = parse_options(argc, argv);
    if (!options.file.empty()) {
      return time_one_file(options);
    }
    const Material material = load_material(options.corpus);
    if (material.text_documents.empty() || material.footnote_texts.empty()) {
      std::cerr << "parse_bench: no plain-text gold documents in " << options.corpus << '\n';
      return 2;
    }
    std::printf("recognition threads per document: %s\n",
                options.parse.threads == 0 ? "one per core (citecheck's own choice)"
                                           : std::to_string(options.parse.threads).c_str());
    std::printf("%-10s %8s %8s %9s %10s %19s %12s %10s\n", "workload", "MB", "seconds", "MB/s",
                "documents", "footnotes found/in", "footnotes/s", "peak MB");
    for (const std::string workload : {"documents", "one-file"}) {
      if (!options.workload.empty() && workload != options.workload) {
        continue;
      }
      for (const std::size_t scale : {1, 2, 4}) {
        if (options.once && scale != 1) {
          continue;
        }
        const std::size_t bytes = options.megabytes * scale * 1024 * 1024;
        const Measurement m = run_in_child(workload, bytes, material, options);
        std::printf("%-10s %8.1f %8.2f %9.1f %10zu %9zu/%-9zu %12.0f %10.1f\n", workload.c_str(),
                    m.megabytes, m.seconds, m.megabytes / m.seconds, m.documents, m.footnotes,
                    m.expected, static_cast<double>(m.footnotes) / m.seconds,
                    static_cast<double>(m.peak_rss_kb) / 1024.0);
        std::fflush(stdout);
      }
    }
    return 0;
  } catch (const std::exception& error) {
    std::cerr << "parse_bench: " << error.what() << '\n';
    return 2;
  }
}

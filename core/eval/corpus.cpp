// A corpus run: every gold file in a folder, its document read and parsed, then scored.
#include <citecheck/errors.hpp>
#include <citecheck/eval.hpp>
#include <citecheck/readers.hpp>

#include <algorithm>
#include <fstream>

namespace citecheck::eval {
namespace {

constexpr std::string_view k_gold_suffix = ".gold.json";

std::vector<std::filesystem::path> gold_files(const std::filesystem::path& corpus) {
  std::error_code error;
  if (!std::filesystem::is_directory(corpus, error)) {
    throw InputError(corpus.string(), "not a folder of *.gold.json files");
  }
  std::vector<std::filesystem::path> out;
  for (const auto& entry : std::filesystem::directory_iterator(corpus, error)) {
    const std::string name = entry.path().filename().string();
    if (entry.is_regular_file() && name.size() > k_gold_suffix.size() &&
        name.ends_with(k_gold_suffix)) {
      out.push_back(entry.path());
    }
  }
  if (error) {
    throw InputError(corpus.string(), "cannot list the folder: " + error.message());
  }
  std::sort(out.begin(), out.end());
  return out;
}

GoldDocument read_gold(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw InputError(path.string(), "cannot open gold file");
  }
  nlohmann::json json = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (json.is_discarded()) {
    throw InputError(path.string(), "gold file is not valid JSON");
  }
  return gold_from_json(json, path.string());
}

DocumentResult evaluate_one(const std::filesystem::path& gold_path, const PluginSet& plugins) {
  DocumentResult result;
  result.gold_path = gold_path.string();
  result.document = gold_path.filename().string();
  GoldDocument gold;
  try {
    gold = read_gold(gold_path);
  } catch (const InputError& error) {
    result.outcome = Outcome::failed;
    result.reason = error.what();
    return result;
  }
  result.document = gold.document;
  result.format = gold.format;
  const std::string document_path = (gold_path.parent_path() / gold.document).string();

  // Read as a user would (format sniffed); when sniffing disagrees with the gold, note it
  // and read again with the gold's format, so the rest of the pipeline is still measured.
  Document document;
  try {
    document = read_document(document_path);
    if (document.format != gold.format) {
      result.notes.push_back("sniffed as " + std::string(to_string(document.format)) +
                             ", gold says " + std::string(to_string(gold.format)));
      document = read_document(document_path, gold.format);
    }
  } catch (const InputError& error) {
    result.outcome =
        std::filesystem::exists(document_path) ? Outcome::not_supported : Outcome::failed;
    result.reason = error.what();
    return result;
  }
  if (document.format != gold.format) {
    result.outcome = Outcome::not_supported;
    result.reason = "no " + std::string(to_string(gold.format)) + " reader: read as " +
                    std::string(to_string(document.format));
    return result;
  }
  try {
    result.score = score_document(parse_document(document, plugins), gold);
  } catch (const std::exception& error) {
    // A parser bug must show up as a failed document, not end the whole evaluation.
    result.outcome = Outcome::failed;
    result.reason = document_path + ": parse failed: " + error.what();
  }
  return result;
}

}  // namespace

std::string_view to_string(Outcome outcome) {
  switch (outcome) {
    case Outcome::scored:
      return "scored";
    case Outcome::not_supported:
      return "not supported yet";
    case Outcome::failed:
      return "failed";
  }
  return "failed";
}

CorpusResult evaluate_corpus(const std::filesystem::path& corpus, const PluginSet& plugins) {
  CorpusResult result;
  result.corpus = corpus;
  for (const auto& gold_path : gold_files(corpus)) {
    result.documents.push_back(evaluate_one(gold_path, plugins));
  }
  for (const auto& document : result.documents) {
    if (document.outcome != Outcome::scored) {
      continue;
    }
    auto total = std::find_if(result.formats.begin(), result.formats.end(),
                              [&](const FormatTotal& t) { return t.format == document.format; });
    if (total == result.formats.end()) {
      result.formats.push_back(FormatTotal{document.format, 0, {}});
      total = result.formats.end() - 1;
    }
    ++total->documents;
    total->score += document.score;
    result.total += document.score;
  }
  std::sort(result.formats.begin(), result.formats.end(),
            [](const FormatTotal& a, const FormatTotal& b) { return a.format < b.format; });
  return result;
}

}  // namespace citecheck::eval

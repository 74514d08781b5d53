#include "report/eval_report.hpp"

#include <cstdio>
#include <iomanip>
#include <ostream>
#include <sstream>

#include <nlohmann/json.hpp>

namespace citecheck::cli {
namespace {

using eval::Counts;
using eval::Outcome;
using eval::Score;

std::string ratio(std::size_t part, std::size_t whole) {
  return std::to_string(part) + "/" + std::to_string(whole);
}

std::string two_digits(double value) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%.2f", value);
  return buffer;
}

std::string precision_recall(const Counts& counts) {
  if (counts.found == 0 && counts.expected == 0) {
    return "-";
  }
  // Precision of nothing found, recall of nothing expected: shown as "-", not as a perfect 1.
  return (counts.found == 0 ? std::string("-") : two_digits(counts.precision())) + "/" +
         (counts.expected == 0 ? std::string("-") : two_digits(counts.recall()));
}

std::string footnotes_cell(const Score& score) {
  std::string out = ratio(score.footnotes_matched, score.footnotes_expected);
  if (score.footnotes_found > score.footnotes_matched) {
    out += " +" + std::to_string(score.footnotes_found - score.footnotes_matched);
  }
  return out;
}

std::string ibid_cell(const Score& score) {
  std::string out = score.ibid_expected == 0 && score.ibid_spurious == 0
                        ? "-"
                        : ratio(score.ibid_correct, score.ibid_expected);
  if (score.ibid_spurious > 0) {
    out += " +" + std::to_string(score.ibid_spurious);
  }
  return out;
}

constexpr int k_name_width = 44;

void header(std::ostream& out) {
  out << std::left << std::setw(k_name_width) << "DOCUMENT" << std::setw(10) << "FORMAT"
      << std::setw(11) << "FOOTNOTES" << std::setw(8) << "TEXT" << std::setw(11) << "URL P/R"
      << std::setw(11) << "UN P/R" << std::setw(11) << "DOI P/R" << std::setw(9) << "IBID"
      << "KIND\n";
}

void row(std::ostream& out, const std::string& name, const std::string& format,
         const Score& score) {
  std::string shown =
      name.size() > k_name_width - 2 ? name.substr(0, k_name_width - 5) + "..." : name;
  out << std::left << std::setw(k_name_width) << shown << std::setw(10) << format << std::setw(11)
      << footnotes_cell(score) << std::setw(8)
      << ratio(score.text_matched, score.footnotes_expected) << std::setw(11)
      << precision_recall(score.urls) << std::setw(11) << precision_recall(score.un_symbols)
      << std::setw(11) << precision_recall(score.dois) << std::setw(9) << ibid_cell(score)
      << ratio(score.kinds_correct, score.kinds_expected) << '\n';
}

nlohmann::json counts_json(const Counts& counts) {
  return {{"matched", counts.matched},
          {"found", counts.found},
          {"expected", counts.expected},
          {"precision", counts.precision()},
          {"recall", counts.recall()}};
}

nlohmann::json score_json(const Score& score) {
  return {{"footnotes",
           {{"found", score.footnotes_found},
            {"expected", score.footnotes_expected},
            {"matched", score.footnotes_matched},
            {"text_matched", score.text_matched}}},
          {"urls", counts_json(score.urls)},
          {"un_symbols", counts_json(score.un_symbols)},
          {"dois", counts_json(score.dois)},
          {"ibid",
           {{"expected", score.ibid_expected},
            {"correct", score.ibid_correct},
            {"spurious", score.ibid_spurious}}},
          {"kind", {{"expected", score.kinds_expected}, {"correct", score.kinds_correct}}}};
}

}  // namespace

void write_eval_table(std::ostream& out, const eval::CorpusResult& result) {
  std::size_t scored = 0;
  for (const auto& document : result.documents) {
    scored += document.outcome == Outcome::scored ? 1 : 0;
  }
  out << "Accuracy on " << result.corpus.string() << ": " << result.documents.size()
      << " gold documents, " << scored << " scored\n"
      << "(FOOTNOTES matched/expected +extra; TEXT equal after folding; P/R precision/recall;"
         " IBID right/expected +spurious; KIND right/expected)\n\n";
  header(out);
  for (const auto& document : result.documents) {
    if (document.outcome == Outcome::scored) {
      row(out, document.document, std::string(to_string(document.format)), document.score);
    }
  }
  for (const auto& document : result.documents) {
    if (document.outcome != Outcome::scored) {
      out << std::left << std::setw(k_name_width) << document.document << std::setw(10)
          << to_string(document.format) << to_string(document.outcome) << ": " << document.reason
          << '\n';
    }
  }
  for (const auto& document : result.documents) {
    for (const auto& note : document.notes) {
      out << "note: " << document.document << ": " << note << '\n';
    }
  }
  out << "\nTotals (scored documents only)\n";
  header(out);
  for (const auto& total : result.formats) {
    row(out,
        "all " + std::string(to_string(total.format)) + " (" + std::to_string(total.documents) +
            " documents)",
        std::string(to_string(total.format)), total.score);
  }
  row(out, "all formats (" + std::to_string(scored) + " documents)", "*", result.total);
}

void write_eval_json(std::ostream& out, const eval::CorpusResult& result) {
  nlohmann::json documents = nlohmann::json::array();
  for (const auto& document : result.documents) {
    nlohmann::json item{{"document", document.document},
                        {"gold", document.gold_path},
                        {"format", to_string(document.format)},
                        {"outcome", to_string(document.outcome)},
                        {"notes", document.notes}};
    if (document.outcome == Outcome::scored) {
      item["score"] = score_json(document.score);
    } else {
      item["reason"] = document.reason;
    }
    documents.push_back(std::move(item));
  }
  nlohmann::json formats = nlohmann::json::object();
  for (const auto& total : result.formats) {
    formats[std::string(to_string(total.format))] = {{"documents", total.documents},
                                                     {"score", score_json(total.score)}};
  }
  out << nlohmann::json{{"corpus", result.corpus.string()},
                        {"documents", documents},
                        {"formats", formats},
                        {"total", score_json(result.total)}}
             .dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
      << '\n';
}

}  // namespace citecheck::cli

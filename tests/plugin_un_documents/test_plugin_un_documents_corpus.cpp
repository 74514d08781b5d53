// The recognizer against the hand-checked gold of the corpus: every gold footnote's text is
// given to the plugin as one citation, and the symbols it finds are compared with the
// union of the footnote's gold un_symbols.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "un_documents_plugin.hpp"

using citecheck::Citation;
using citecheck::Kind;
using citecheck::Recognition;
using citecheck::plugins::UnDocumentsPlugin;

namespace {

nlohmann::json load_gold(const std::string& name) {
  const std::filesystem::path path = std::filesystem::path(CITECHECK_CORPUS_DIR) / name;
  std::ifstream in(path);
  REQUIRE_MESSAGE(in.good(), "cannot read " << path.string());
  return nlohmann::json::parse(in);
}

/// "S/RES/2100 (2013)" -> "S/RES/2100": gold lets a symbol without its year match where
/// the text does not give it.
std::string without_year(const std::string& symbol) {
  const std::size_t open = symbol.rfind(" (");
  if (open != std::string::npos && symbol.size() == open + 8 && symbol.back() == ')') {
    const std::string inner = symbol.substr(open + 2, 4);
    if (std::all_of(inner.begin(), inner.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      return symbol.substr(0, open);
    }
  }
  return symbol;
}

bool same_symbol(const std::string& found, const std::string& gold) {
  if (found == gold)
    return true;
  const bool found_bare = without_year(found) == found;
  const bool gold_bare = without_year(gold) == gold;
  return (found_bare || gold_bare) && without_year(found) == without_year(gold);
}

struct Score {
  int true_positive = 0;
  int false_positive = 0;
  int false_negative = 0;
  int claims_right = 0;
  int claims_total = 0;
  double precision() const {
    const int found = true_positive + false_positive;
    return found == 0 ? 1.0 : static_cast<double>(true_positive) / found;
  }
  double recall() const {
    const int wanted = true_positive + false_negative;
    return wanted == 0 ? 1.0 : static_cast<double>(true_positive) / wanted;
  }
};

Score score_document(const std::string& gold_file) {
  const UnDocumentsPlugin plugin;
  const nlohmann::json gold = load_gold(gold_file);
  Score score;
  for (const auto& footnote : gold.at("footnotes")) {
    std::vector<std::string> wanted;
    std::string notes = footnote.value("note", "");
    bool all_un = !footnote.at("citations").empty();
    bool any_un = false;
    for (const auto& citation : footnote.at("citations")) {
      for (const auto& symbol : citation.at("un_symbols"))
        wanted.push_back(symbol);
      notes += " " + citation.value("note", "");
      const bool un = citation.at("kind") == "un_document";
      all_un = all_un && un;
      any_un = any_un || un;
    }
    Citation citation;
    citation.raw = footnote.at("text").get<std::string>();
    const Recognition answer = plugin.recognize(citation);
    std::vector<bool> matched(wanted.size(), false);
    for (const std::string& found : citation.un_symbols) {
      bool hit = false;
      for (std::size_t i = 0; i < wanted.size() && !hit; ++i) {
        if (!matched[i] && same_symbol(found, wanted[i])) {
          matched[i] = hit = true;
        }
      }
      // Gold's note may allow a symbol that extraction ran in from the next footnote.
      if (!hit && notes.find(without_year(found)) != std::string::npos)
        continue;
      if (hit) {
        ++score.true_positive;
      } else {
        ++score.false_positive;
        MESSAGE(gold_file << " fn " << footnote.at("number") << ": extra symbol " << found);
      }
    }
    for (std::size_t i = 0; i < wanted.size(); ++i) {
      if (!matched[i]) {
        ++score.false_negative;
        MESSAGE(gold_file << " fn " << footnote.at("number") << ": missed " << wanted[i]);
      }
    }
    // Claims: footnotes all of whose citations are UN documents should be claimed, and
    // footnotes with none should not (mixed ones may go either way).
    if (all_un || !any_un) {
      ++score.claims_total;
      const bool claimed = answer == Recognition::recognized && citation.kind == Kind::un_document;
      if (claimed == all_un) {
        ++score.claims_right;
      } else {
        MESSAGE(gold_file << " fn " << footnote.at("number") << ": claim "
                          << (claimed ? "wrong" : "missed"));
      }
    }
  }
  MESSAGE(gold_file << ": symbols P=" << score.precision() << " R=" << score.recall() << " (tp "
                    << score.true_positive << ", fp " << score.false_positive << ", fn "
                    << score.false_negative << "); claims " << score.claims_right << "/"
                    << score.claims_total);
  return score;
}

}  // namespace

TEST_SUITE("plugin_un_documents") {
  TEST_CASE("corpus: symbol precision and recall against gold") {
    const std::string documents[] = {
        "minusma-brief.gold.json",
        "un_S-2025-303_unodc_haiti_7th.gold.json",
        "md_un_A-RES-80-24_nuclear_disarmament.gold.json",
        "md_cyber_uncertain_domain_endnotes.gold.json",
        "mun_pacificmun2019_disec_topicA.gold.json",
        "wikitext_julia_kristeva.gold.json",
    };
    for (const std::string& document : documents) {
      CAPTURE(document);
      const Score score = score_document(document);
      CHECK(score.precision() >= 0.95);
      CHECK(score.recall() >= 0.95);
      CHECK(score.claims_right >= score.claims_total * 95 / 100);
    }
  }
}

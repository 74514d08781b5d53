// The segmenter against the hand-checked gold of the real documents in the corpus.
#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include <citecheck/segment.hpp>

namespace {

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "cannot open " << path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Gold joins lines with spaces; line-break hyphens may or may not be resolved and quotes
// may be typographic. Compare with whitespace, hyphens and quote styles folded away.
std::string fold(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == ' ' || c == '\n' || c == '\t' || c == '-' || c == '\'' || c == '"')
      continue;
    if (s.substr(i).starts_with("\xE2\x80\x98") || s.substr(i).starts_with("\xE2\x80\x99") ||
        s.substr(i).starts_with("\xE2\x80\x9C") || s.substr(i).starts_with("\xE2\x80\x9D")) {
      i += 2;
      continue;
    }
    out.push_back(c);
  }
  return out;
}

struct Score {
  std::size_t expected = 0;
  std::size_t found = 0;   ///< gold numbers we returned
  std::size_t full = 0;    ///< same text
  std::size_t starts = 0;  ///< same first 30 folded characters
  std::size_t extra = 0;   ///< numbers we returned that gold lacks
};

struct Run {
  citecheck::SegmentResult result;
  nlohmann::json gold;
  Score score;
};

Run evaluate(const std::string& name) {
  Run run;
  const std::string dir = CITECHECK_CORPUS_DIR;
  citecheck::Document doc;
  doc.path = dir + "/" + name + ".txt";
  doc.text = read(doc.path);
  doc.line_starts = citecheck::index_lines(doc.text);
  run.result = citecheck::segment(doc);
  run.gold = nlohmann::json::parse(read(dir + "/" + name + ".gold.json"));
  std::map<int, std::string> ours;
  for (const auto& f : run.result.footnotes)
    ours[f.number] = f.text;
  for (const auto& g : run.gold["footnotes"]) {
    ++run.score.expected;
    const auto it = ours.find(g["number"].get<int>());
    if (it == ours.end())
      continue;
    ++run.score.found;
    const std::string a = fold(it->second);
    const std::string b = fold(g["text"].get<std::string>());
    if (a == b)
      ++run.score.full;
    if (a.substr(0, 30) == b.substr(0, 30))
      ++run.score.starts;
  }
  run.score.extra = run.result.footnotes.size() - run.score.found;
  MESSAGE(name << ": footnotes found " << run.score.found << "/" << run.score.expected
               << ", text equal " << run.score.full << ", text start equal " << run.score.starts
               << ", extra " << run.score.extra);
  return run;
}

}  // namespace

TEST_SUITE("segment") {
  TEST_CASE("corpus: minusma-brief, the reference document") {
    const Run run = evaluate("minusma-brief");
    const auto& notes = run.result.footnotes;
    REQUIRE(notes.size() == 24);
    for (std::size_t i = 0; i < notes.size(); ++i) {
      CAPTURE(i);
      CHECK(notes[i].number == static_cast<int>(i) + 1);
      CHECK(fold(notes[i].text) == fold(run.gold["footnotes"][i]["text"].get<std::string>()));
    }
    CHECK(run.score.full == 24);
    CHECK(notes[6].number_inferred);   // 7: printed as '~'
    CHECK(notes[10].number_inferred);  // 11: printed as nothing
    std::size_t inferred = 0;
    std::size_t with_marker = 0;
    for (const auto& f : notes) {
      inferred += f.number_inferred ? 1 : 0;
      with_marker += f.marker ? 1 : 0;
    }
    CHECK(inferred == 2);
    MESSAGE("minusma-brief: markers found for " << with_marker << "/24 footnotes");
    CHECK(with_marker >= 16);
    REQUIRE(notes[0].marker.has_value());
    CHECK(notes[0].marker->glyph == "!");
    CHECK(notes[0].marker->line == 8);
    REQUIRE(notes[1].marker.has_value());
    CHECK(notes[1].marker->glyph == "?");
    CHECK(notes[1].marker->line == 47);
    // Fn 4 keeps the glued tail; fn 6 is its own line.
    CHECK(notes[3].text.find("RES/2100.6 United Nations S/2014/692.") != std::string::npos);
    CHECK(notes[5].text == "United Nations, S/2014/692.");
    // Body text resumed after a block is not glued onto its last note.
    CHECK(notes[10].text.find("military operations") == std::string::npos);
    CHECK(notes[23].text.find("ing its mandate") == std::string::npos);
  }

  TEST_CASE("corpus: documents printed one after another, numbering starting over") {
    // A book's chapters, a report's annexes or several documents in one file: every run of
    // notes is found, each as segmenting its document alone finds it, in order.
    const std::string dir = CITECHECK_CORPUS_DIR;
    const std::vector<std::vector<std::string>> orders = {
        {"minusma-brief", "minusma-brief"},
        {"minusma-brief", "mun_pacificmun2019_disec_topicA"},
        {"un_S-2025-303_unodc_haiti_7th", "minusma-brief", "mun_pacificmun2019_disec_topicA"},
    };
    for (const auto& order : orders) {
      citecheck::Document joined;
      std::vector<std::vector<citecheck::Footnote>> alone;
      for (const std::string& name : order) {
        citecheck::Document doc;
        doc.text = read(dir + "/" + name + ".txt");
        doc.line_starts = citecheck::index_lines(doc.text);
        alone.push_back(citecheck::segment(doc).footnotes);
        joined.text += doc.text + "\f";
      }
      joined.line_starts = citecheck::index_lines(joined.text);
      const auto result = citecheck::segment(joined);
      for (std::size_t d = 0; d < order.size(); ++d) {
        CAPTURE(order[d]);
        std::vector<const citecheck::Footnote*> run;
        for (const auto& f : result.footnotes) {
          if (f.series == static_cast<int>(d) + 1)
            run.push_back(&f);
        }
        REQUIRE(run.size() == alone[d].size());
        std::size_t same = 0;
        for (std::size_t i = 0; i < run.size(); ++i) {
          CHECK(run[i]->number == alone[d][i].number);
          same += fold(run[i]->text) == fold(alone[d][i].text) ? 1 : 0;
        }
        CHECK(static_cast<double>(same) >= 0.95 * static_cast<double>(run.size()));
      }
    }
  }

  TEST_CASE("corpus: UN report from pdftotext -layout") {
    const Run run = evaluate("un_S-2025-303_unodc_haiti_7th");
    CHECK(static_cast<double>(run.score.starts) >= 0.95 * static_cast<double>(run.score.expected));
    CHECK(run.score.extra == 0);
    for (const auto& f : run.result.footnotes) {
      CAPTURE(f.number);
      CHECK(f.text.find("25-06521") == std::string::npos);
      CHECK(f.text.find("S/2025/303") == std::string::npos);
    }
  }

  TEST_CASE("corpus: model-UN guide from plain pdftotext") {
    const Run run = evaluate("mun_pacificmun2019_disec_topicA");
    CHECK(static_cast<double>(run.score.starts) >= 0.95 * static_cast<double>(run.score.expected));
    CHECK(run.score.extra == 0);
  }
}

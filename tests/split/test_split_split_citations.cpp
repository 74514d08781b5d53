// The splitter on real documents: footnotes built from the gold (not from the segmenter),
// split with the real Document as evidence, compared with the gold.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include <citecheck/split.hpp>

#include "corpus_footnotes.hpp"
#include "note_fixture.hpp"

using namespace citecheck;
using namespace citecheck::test_split;

namespace {

struct Score {
  std::size_t gold = 0;
  std::size_t found = 0;
  std::size_t correct = 0;
  std::vector<std::string> misses;
  std::vector<std::string> extras;
  double precision() const { return found == 0 ? 1.0 : double(correct) / double(found); }
  double recall() const { return gold == 0 ? 1.0 : double(correct) / double(gold); }
};

struct Run {
  nlohmann::json gold;
  std::vector<Footnote> notes;
  std::vector<int> missed;
  std::map<int, const Footnote*> by_number;
};

Run run_corpus(const std::string& name, const std::string& gold_name) {
  Run run;
  const Document document = corpus_document(name);
  run.gold = nlohmann::json::parse(read_corpus_file(gold_name));
  run.notes = split_citations(gold_footnotes(document, run.gold, run.missed), document);
  for (const Footnote& f : run.notes)
    run.by_number[f.number] = &f;
  return run;
}

// URLs compared per footnote, without fragment, as multisets.
Score url_score(const Run& run) {
  Score score;
  for (const auto& g : run.gold["footnotes"]) {
    const int number = g["number"].get<int>();
    const auto it = run.by_number.find(number);
    if (it == run.by_number.end())
      continue;  // not built: counted in `missed`
    std::vector<std::string> expected;
    for (const auto& c : g["citations"]) {
      for (const auto& u : c["urls"])
        expected.push_back(without_fragment(u.get<std::string>()));
    }
    std::vector<std::string> got;
    for (const Citation& c : it->second->citations) {
      for (const std::string& u : c.urls)
        got.push_back(without_fragment(u));
    }
    score.gold += expected.size();
    score.found += got.size();
    for (const std::string& u : got) {
      const auto at = std::find(expected.begin(), expected.end(), u);
      if (at != expected.end()) {
        ++score.correct;
        expected.erase(at);
      } else {
        score.extras.push_back(std::to_string(number) + ": " + u);
      }
    }
    for (const std::string& u : expected)
      score.misses.push_back(std::to_string(number) + ": " + u);
  }
  return score;
}

Score ibid_score(const Run& run) {
  Score score;
  for (const auto& g : run.gold["footnotes"]) {
    const auto it = run.by_number.find(g["number"].get<int>());
    if (it == run.by_number.end())
      continue;
    for (const auto& c : g["citations"]) {
      if (c["kind"] != "ibid")
        continue;
      ++score.gold;
      for (const Citation& mine : it->second->citations) {
        if (mine.kind == Kind::ibid && mine.ibid_of && *mine.ibid_of == c["ibid_of"].get<int>()) {
          ++score.correct;
          break;
        }
      }
    }
    for (const Citation& mine : it->second->citations)
      score.found += mine.kind == Kind::ibid;
  }
  return score;
}

void report(const std::string& name, const Run& run, const Score& urls, const Score& ibids) {
  MESSAGE(name << ": URL precision " << urls.precision() << " recall " << urls.recall() << " ("
               << urls.correct << " of " << urls.gold << " gold, " << urls.found << " found); ibid "
               << ibids.correct << "/" << ibids.gold << " (" << ibids.found << " marked); "
               << run.missed.size() << " gold notes not located in the text");
  for (const std::string& m : urls.misses)
    MESSAGE("  missed " << m);
  for (const std::string& e : urls.extras)
    MESSAGE("  extra  " << e);
}

const Footnote& note(const Run& run, int number) {
  const auto it = run.by_number.find(number);
  REQUIRE(it != run.by_number.end());
  return *it->second;
}

}  // namespace

TEST_SUITE("split") {
  TEST_CASE("minusma-brief: URLs, ibid, multi-citation notes, glued number, interviews") {
    const Run run = run_corpus("minusma-brief.txt", "minusma-brief.gold.json");
    REQUIRE(run.missed.empty());
    const Score urls = url_score(run);
    const Score ibids = ibid_score(run);
    report("minusma-brief", run, urls, ibids);
    CHECK(urls.recall() == 1.0);
    CHECK(urls.precision() == 1.0);
    CHECK(ibids.correct == ibids.gold);

    CHECK(note(run, 2).citations.at(0).kind == Kind::ibid);
    CHECK(note(run, 2).citations.at(0).ibid_of == 1);
    CHECK(note(run, 20).citations.at(0).ibid_of == 19);
    for (int n : {4, 5, 14}) {
      CAPTURE(n);
      CHECK(note(run, n).citations.size() == 2);
    }
    for (int n : {3, 10, 18, 21, 22, 24}) {
      CAPTURE(n);
      REQUIRE(note(run, n).citations.size() == 1);
      CHECK(note(run, n).citations[0].kind == Kind::interview);
      CHECK(note(run, n).citations[0].year() == 2014);
    }
    // Footnote 6's number ran into footnote 4: recorded, and its duplicate left out.
    const Footnote& four = note(run, 4);
    const bool glue_recorded =
        std::any_of(four.repairs.begin(), four.repairs.end(),
                    [](const Repair& r) { return r.step == "split_glued_footnote_number"; });
    CHECK(glue_recorded);
    CHECK(four.citations.at(1).raw == "For further information, see United Nations S/RES/2100.");
    CHECK(four.citations.at(1).raw.find("S/2014/692") == std::string::npos);
    CHECK(four.citations.at(0).id == "4.1");
    CHECK(four.citations.at(1).id == "4.2");

    // Titles: nested quotes, a mismatched closing mark, a ’, ending two quotes at once.
    CHECK(note(run, 13).citations.at(0).title ==
          "Peace Process in Mali at \u2018crucial Stage\u2019 UN Peacekeeping Chief Tells Security "
          "Council");
    CHECK(note(run, 14).citations.at(0).title ==
          "With Mali Peace Talks Set to Resume, Security Council Urges \u2018Spirit of Compromise");
    CHECK(note(run, 16).citations.at(0).title ==
          "Guns, money and prayers: AQIM\u2019s blueprint for securing control of Northern Mali");
    CHECK(note(run, 17).citations.at(0).title ==
          "Can MINUSMA\u2019s Mandate Include the People of Mali?");
    CHECK(note(run, 23).citations.at(0).publisher == "Norwegian Refugee Council");
    CHECK(note(run, 23).citations.at(0).issued == "2014-06-19");
    CHECK(note(run, 12).citations.at(0).issued == "2014-09-30");

    // Display text: line-break hyphens resolved on evidence.
    CHECK(note(run, 3).text.find("MINUSMA leadership") != std::string::npos);
    CHECK(note(run, 10).text ==
          "Interview with senior UN staff member, MINUSMA Headquarters in Bamako, May 2014");
  }

  TEST_CASE("un_S-2025-303 (Haiti): URL precision and recall at least 0.95") {
    const Run run =
        run_corpus("un_S-2025-303_unodc_haiti_7th.txt", "un_S-2025-303_unodc_haiti_7th.gold.json");
    const Score urls = url_score(run);
    const Score ibids = ibid_score(run);
    report("un_S-2025-303_unodc_haiti_7th", run, urls, ibids);
    CHECK(urls.precision() >= 0.95);
    CHECK(urls.recall() >= 0.95);
    CHECK(ibids.correct == ibids.gold);
  }

  TEST_CASE("mun_pacificmun2019 (plain pdftotext, lost hyphens): URL figures") {
    const Run run = run_corpus("mun_pacificmun2019_disec_topicA.txt",
                               "mun_pacificmun2019_disec_topicA.gold.json");
    const Score urls = url_score(run);
    const Score ibids = ibid_score(run);
    report("mun_pacificmun2019_disec_topicA", run, urls, ibids);
    CHECK(urls.recall() >= 0.9);
    CHECK(urls.precision() >= 0.9);
    CHECK(ibids.correct == ibids.gold);
  }
}

TEST_SUITE("split") {
  TEST_CASE("a title printed before its URL leaves the URL's bracket to the URL") {
    const std::pair<std::string, std::string> cases[] = {
        {"Border census, part 1, <http://a.example.org/doc/1>.", "Border census, part 1"},
        {"Border census, part 1 (http://a.example.org/doc/1).", "Border census, part 1"},
        {"Border census, part 1, available at <http://a.example.org/doc/1>.",
         "Border census, part 1"},
        {"MINUSMA: Facts and Figures. http://a.example.org/facts", "MINUSMA: Facts and Figures"},
        {"[http://a.example.org/doc/1 Border census]", ""},  // nothing before the URL
        {"Rules of Combat, see http://a.example.org/doc/1", "Rules of Combat"},
    };
    for (const auto& [text, title] : cases) {
      CAPTURE(text);
      const Footnote note = split_note("body", text);
      REQUIRE(note.citations.size() == 1);
      CHECK(note.citations[0].title == title);
    }
  }

  TEST_CASE("bad input: no crash, bounded work") {
    std::string many;
    for (int i = 0; i < 20000; ++i)
      many += "a; 5.6 United (http://x.org/" + std::to_string(i) + " \u2018q ";
    std::string bytes;
    for (int i = 0; i < 5000; ++i)
      bytes.push_back(static_cast<char>((i * 7919) % 256));
    const auto notes = split_notes(
        "body", {"", "   \n  \n", many, bytes, "Ibid.", "-\n-\n-", "http://\nwww.\n"}, 5);
    CHECK(notes.size() == 7);
    CHECK(notes[0].citations.empty());
    CHECK(notes[1].citations.empty());
    CHECK(!notes[2].citations.empty());
    // A span that lies outside the document is ignored, not trusted.
    Document document;
    document.text = "short";
    document.line_starts = index_lines(document.text);
    Footnote odd;
    odd.number = 1;
    odd.text = "Ibid.";
    odd.span.begin = 100;
    odd.span.end = 50;
    const auto out = split_citations({odd}, document);
    CHECK(out.at(0).citations.size() == 1);
  }
}

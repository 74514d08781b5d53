// Display text: line joining and line-end hyphens decided on document evidence.
#include <doctest/doctest.h>

#include <string>

#include "split/evidence.hpp"
#include "split/join_lines.hpp"

using namespace citecheck::split;

namespace {

struct HyphenCase {
  const char* label;
  const char* document;
  const char* left;
  const char* right;
  bool keep;
  bool sure;
};

const HyphenCase k_hyphen_cases[] = {
    {"joined word elsewhere", "The leadership met.", "leader", "ship", false, true},
    {"proper name elsewhere", "Interview in Bamako, May 2014.", "Bama", "ko", false, true},
    {"hyphenated form elsewhere", "Cross-border trade grew.", "cross", "border", true, true},
    {"both forms: ambiguous", "peacekeeping, peacekeeping and Peace-keeping", "Peace", "keeping",
     false, false},
    {"no evidence, capital after", "Nothing here.", "Franco", "German", true, false},
    {"no evidence, digits", "Nothing here.", "2013", "2014", true, false},
    {"no evidence, hyphenating document", "lead-\nership leadership, authori-\nties authorities",
     "organ", "izations", false, false},
    {"no evidence, document never breaks words", "A text without breaks.", "organ", "izations",
     true, false},
};

std::string display(const char* document, const char* note) {
  const DocumentEvidence evidence{std::string_view(document)};
  return join_lines(split_note_lines(note), evidence).text;
}

}  // namespace

TEST_SUITE("split") {
  TEST_CASE("prose line-end hyphens") {
    for (const HyphenCase& c : k_hyphen_cases) {
      SUBCASE(c.label) {
        const DocumentEvidence evidence{std::string_view(c.document)};
        const HyphenChoice choice = decide_prose_hyphen(c.left, c.right, evidence);
        CHECK(choice.keep == c.keep);
        CHECK(choice.sure == c.sure);
        CHECK(!choice.reason.empty());
      }
    }
  }

  TEST_CASE("joining lines") {
    CHECK(display("The leadership.", "MINUSMA leader-\nship, military") ==
          "MINUSMA leadership, military");
    CHECK(display("", "one\ntwo\n\n  three  ") == "one two three");
    CHECK(display("", "United Nations S/\nRES/2100.") == "United Nations S/RES/2100.");
    CHECK(display("Cross-border trade.", "the cross-\nborder problem") ==
          "the cross-border problem");
    CHECK(display("", "") == "");
    CHECK(display("", "a -\nb") == "a - b");
  }

  TEST_CASE("every join decision is a recorded repair at its position") {
    const DocumentEvidence evidence{std::string_view("The leadership.")};
    const JoinedText joined = join_lines(split_note_lines("MINUSMA leader-\nship"), evidence);
    REQUIRE(joined.repairs.size() == 1);
    CHECK(joined.repairs[0].repair.step == "drop_line_break_hyphen");
    CHECK(joined.repairs[0].repair.before == "leader-\nship");
    CHECK(joined.repairs[0].repair.after == "leadership");
  }

  TEST_CASE("document offsets survive joining and erasing") {
    const DocumentEvidence evidence{std::string_view("")};
    std::vector<SourceLine> lines = {{"abc-", 10}, {"def", 20}};
    JoinedText joined = join_lines(lines, evidence);
    CHECK(joined.document_offset(0) == 10u);
    joined.erase_positions({1});
    CHECK(joined.text.find('b') == std::string::npos);
    CHECK(joined.document_offset(1) == 12u);
  }

  TEST_CASE("evidence index counts words, hyphenated pairs and not broken pieces") {
    const DocumentEvidence evidence{
        std::string_view("Peace-keeping and peacekeeping. leader-\nship http://www.un.org/a/b.")};
    CHECK(evidence.word_count("peacekeeping") == 1);
    CHECK(evidence.word_count("PEACEKEEPING") == 1);
    CHECK(evidence.pair_count("peace", "keeping") == 1);
    CHECK(evidence.word_count("leader") == 0);
    CHECK(evidence.word_count("ship") == 0);
    CHECK(evidence.has_url("https://un.org/a/b"));
    CHECK(!evidence.has_url("http://www.un.org/a/c"));
  }
}

// Interviews and personal communications.
#include <doctest/doctest.h>

#include "note_fixture.hpp"
#include "split/interview.hpp"

using namespace citecheck;
using namespace citecheck::split;
using namespace citecheck::test_split;

namespace {

struct InterviewCase {
  const char* raw;
  bool has_url;
  bool interview;
};

const InterviewCase k_cases[] = {
    {"Interview with senior UN staff member, MINUSMA Headquarters in Bamako, May 2014", false,
     true},
    {"Interviews with residents of Gao in 2014.", false, true},
    {"Findings from interviews the author conducted with residents of Northern Mali in 2014.",
     false, true},
    {"During 2013/2014, interviews were conducted with MINUSMA leadership.", false, true},
    {"Key informant K1, interviewed on 27 February 2025.", false, true},
    {"Personal communication, 3 May 2020.", false, true},
    {"John Smith, email to the author, 4 June 2019.", false, true},
    {"Information received by UNODC from the Haitian coast guard.", false, true},
    {"Received from officers of the counter-narcotics bureau.", false, true},
    {"Interview with the minister, https://example.org/interview.", true, false},
    {"Smith, \u201CAn interview with history\u201D, Journal of Things 3 (2001).", false, false},
    {"Fallaci, Interview with History (New York: Liveright, 1976).", false, false},
    {"From the Haitian human rights group, Eyes Wide Open Foundation.", false, false},
    {"United Nations, S/2014/692.", false, false},
};

}  // namespace

TEST_SUITE("split") {
  TEST_CASE("interview forms") {
    for (const InterviewCase& c : k_cases) {
      const std::string shown = c.raw;
      CAPTURE(shown);
      CHECK(is_interview(c.raw, c.has_url) == c.interview);
    }
  }

  TEST_CASE("interviews take the latest date given") {
    const Footnote note = split_note("",
                                     "Key informant K2, interviewed on 12 February 2024, 20 "
                                     "September 2024 and\n11 February 2025.");
    REQUIRE(note.citations.size() == 1);
    CHECK(note.citations[0].kind == Kind::interview);
    CHECK(note.citations[0].issued == "2025-02-11");
    CHECK(note.citations[0].urls.empty());
    const Footnote range =
        split_note("", "During 2013/2014, interviews were conducted with staff.");
    CHECK(range.citations.at(0).issued == "2014");
  }
}

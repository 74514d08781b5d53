#include <doctest/doctest.h>

#include <deque>
#include <string>

#include "segment/continuation.hpp"

using namespace citecheck::segmentation;

namespace {

Line line_of(const std::string& raw) {
  static std::deque<std::string> keep;  // lines view their text; a deque never moves them
  keep.push_back(raw);
  return split_lines(keep.back()).front();
}

}  // namespace

TEST_SUITE("segment") {
  TEST_CASE("continuation or resumed body") {
    struct Case {
      const char* previous;
      const char* next;
      int blanks;
      bool body_open_before;
      bool continues;
    };
    const Case cases[] = {
        {"3 During 2013, interviews were held with leader-", "ship, military and police", 0, false,
         true},
        {"1 MINUSMA. Mission in Mali. http://www.", "un.org/en/peacekeeping/x.shtml", 0, false,
         true},
        {"6  United Nations, S/2014/692.", " political level remain a priority", 0, true, false},
        {"2 Ibid.", "its opportunities as regards supporting", 1, true, false},
        {"10 Interview with a staff member in Bama-", "ko, May 2014", 1, false, true},
        {"12 Security Council Report, Forecast, 30", "September 2014, http://www.x.org/a", 0, false,
         true},
        {"17 People of Mali, http://x.org/mali/.", "will require revised guidance", 3, true, false},
        {"5 See https://a.example/one", "https://b.example/two", 0, false, true},
        {"4 Ends here.", "A new body paragraph starts", 2, false, false},
    };
    for (const Case& c : cases) {
      CAPTURE(c.previous);
      CAPTURE(c.next);
      const Line previous = line_of(c.previous);
      const Line next = line_of(c.next);
      NoteLayout layout;
      layout.number_indent = previous.indent;
      layout.text_indent = 3;
      layout.body_open_before = c.body_open_before;
      CHECK(continues_note(previous, next, c.blanks, layout) == c.continues);
    }
  }

  TEST_CASE("indented layout: a line at another column is body") {
    const Line previous = line_of("                 Key informant K1, interviewed.");
    NoteLayout layout;
    layout.number_indent = 15;
    layout.text_indent = 17;
    CHECK(
        continues_note(previous, line_of("                 The airspace was closed."), 0, layout));
    CHECK_FALSE(continues_note(previous, line_of("      the body resumes here and"), 0, layout));
  }

  TEST_CASE("detached note texts: one per line unless the line goes on") {
    CHECK_FALSE(continues_unit(line_of("https://a.example/x"), line_of("Ibid.")));
    CHECK_FALSE(continues_unit(line_of("https://a.example/x"), line_of("https://b.example/y")));
    CHECK(continues_unit(line_of("http://x.net/447~v~Architecture"),
                         line_of("_-_2010_Assessment_Study.pdf")));
    CHECK(continues_unit(line_of("See the report by the Secretary-"), line_of("General.")));
  }
}

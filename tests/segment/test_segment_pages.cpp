#include <doctest/doctest.h>

#include <string>

#include "segment/pages.hpp"

using namespace citecheck::segmentation;

TEST_SUITE("segment") {
  TEST_CASE("page numbers and running headers next to form feeds are furniture") {
    // Body lines differ; header and footer recur (footer digits vary).
    const char* bodies[] = {"The report opens.", "Seizures rose.", "Routes shifted.",
                            "Courts acted."};
    std::string text;
    for (int page = 1; page <= 4; ++page) {
      if (page > 1)
        text += "\f";
      text += "S/2025/303\n\n" + std::string(bodies[page - 1]) + "\n\n";
      text += "  " + std::to_string(page) + "/21     25-06521\n";
    }
    auto lines = split_lines(text);
    const Pages pages = find_pages(lines);
    CHECK(pages.form_feeds);
    CHECK(pages.first_line.size() == 4);
    for (const Line& line : lines) {
      CAPTURE(line.content);
      const bool furniture =
          line.content == "S/2025/303" || line.content.find("25-06521") != std::string_view::npos;
      CHECK(line.furniture == furniture);
    }
  }

  TEST_CASE("two page bottoms alike but for their numbers are notes, not a running footer") {
    // Two pages, each ending with a note citing the same resolution: only the note numbers
    // differ. A running footer would have to recur on a third page; identical text on two
    // pages still counts.
    const std::string text =
        "Draft report\nBody one.\n\n3 See resolution 2100 (2013).\n\fDraft report\nBody two.\n\n"
        "6 See resolution 2100 (2013).\n";
    auto lines = split_lines(text);
    find_pages(lines);
    for (const Line& line : lines) {
      CAPTURE(line.content);
      CHECK(line.furniture == (line.content == "Draft report"));
    }
  }

  TEST_CASE("bare page numbers follow the page index; a note number above one is kept") {
    const std::string text =
        "1\n\n\fIntro text.\n5\n\nhttp://a.example/x\n\n2\n\n\fMore text.\n\n3\n";
    auto lines = split_lines(text);
    find_pages(lines);
    CHECK(lines[0].furniture);        // "1" opening the file
    CHECK_FALSE(lines[3].furniture);  // "5": a note number
    CHECK(lines[7].furniture);        // "2"
    CHECK(lines[11].furniture);       // "3" closing the file
  }

  TEST_CASE("text without form feeds has one page and no furniture") {
    auto lines = split_lines("1\nSome text\n2\n");
    const Pages pages = find_pages(lines);
    CHECK_FALSE(pages.form_feeds);
    for (const Line& line : lines)
      CHECK_FALSE(line.furniture);
  }
}

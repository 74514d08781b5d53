#include <doctest/doctest.h>

#include <string>

#include "segment/markers.hpp"

using namespace citecheck::segmentation;

namespace {

std::vector<MarkerCandidate> markers_in(const std::string& text) {
  return find_marker_candidates(text, split_lines(text), {});
}

}  // namespace

TEST_SUITE("segment") {
  TEST_CASE("marker candidates: digits and the glyphs OCR prints for them") {
    struct Case {
      const char* text;
      const char* glyph;  // nullptr: no candidate
      int value;
    };
    const Case cases[] = {
        {"as noted by the UN peacekeeping mission,! stemming from", "!", 0},
        {"and protection of civilians.?", "?", 0},
        {"and peaceful elections\xE2\x80\x99.* A rocky first year", "*", 0},
        {"based in the northern regions.\xC2\xAE Additionally", "\xC2\xAE", 0},
        {"implementation of its mandate\xE2\x80\x99.}\xE2\x80\x9D Overcoming", "}", 0},
        {"to themselves so as to be able to continue.\xE2\x80\x99\xC2\xB0", "\xC2\xB0", 0},
        {"adopted by the United Nations.1", "1", 1},
        {"control in these areas. 2", "2", 2},
        {"the situation in Haiti 12 is bad", "12", 12},
        {"Is this a question? Yes", nullptr, 0},
        {"A plain sentence. Another one.", nullptr, 0},
        {"the year 2016-2017 budget", nullptr, 0},
        {"*2506521*", nullptr, 0},
    };
    for (const Case& c : cases) {
      CAPTURE(c.text);
      const auto found = markers_in(c.text);
      if (c.glyph == nullptr) {
        CHECK(found.empty());
        continue;
      }
      REQUIRE(found.size() == 1);
      CHECK(found[0].glyph == c.glyph);
      CHECK(found[0].value == c.value);
      CHECK(std::string(c.text).substr(found[0].offset, found[0].glyph.size()) == c.glyph);
    }
  }

  TEST_CASE("a closing quote with no opening quote is a weak marker") {
    const auto unmatched = markers_in("personnel deployed in Mali.\xE2\x80\x99\nNext");
    REQUIRE(unmatched.size() == 1);
    CHECK(unmatched[0].weight < 0.5);
    CHECK(markers_in("he said \xE2\x80\x98it works.\xE2\x80\x99 Then").empty());
  }

  TEST_CASE("markers are aligned to notes in order, exact digits first") {
    const std::string text =
        "First claim,! then a second.? And 3 more with 2 here.3\n"
        "\n"
        "1 Note one.\n2 Note two.\n3 Note three.\n";
    const auto lines = split_lines(text);
    std::vector<NoteBlock> blocks{{2, 4}};
    std::vector<RawNote> notes(3);
    for (int i = 0; i < 3; ++i) {
      notes[static_cast<std::size_t>(i)].number = i + 1;
      notes[static_cast<std::size_t>(i)].block = 0;
    }
    const auto candidates = find_marker_candidates(text, lines, blocks);
    const auto markers = align_markers(text, notes, blocks, lines, candidates);
    REQUIRE(markers[0].has_value());
    CHECK(markers[0]->glyph == "!");
    REQUIRE(markers[1].has_value());
    CHECK(markers[1]->glyph == "?");
    REQUIRE(markers[2].has_value());
    CHECK(markers[2]->glyph == "3");
    CHECK(markers[2]->offset == text.find(".3") + 1);
  }
}

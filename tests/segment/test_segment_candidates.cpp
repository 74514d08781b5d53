#include <doctest/doctest.h>

#include <string>

#include "segment/candidates.hpp"

using namespace citecheck::segmentation;

namespace {

std::vector<Candidate> candidates_of(const std::string& text) {
  auto lines = split_lines(text);
  const Pages pages = find_pages(lines);
  return find_candidates(lines, pages, find_digit_markers(text, lines));
}

}  // namespace

TEST_SUITE("segment") {
  TEST_CASE("numbered lines become candidates with their style") {
    const auto c = candidates_of("Body.\n\n1 First note.\n2. Dotted\n  3\n2014 a year\n");
    REQUIRE(c.size() == 3);
    CHECK(c[0].number == 1);
    CHECK(c[0].style == Style::spaced);
    CHECK(c[1].style == Style::dotted);
    CHECK(c[2].style == Style::bare);
    CHECK(c[2].number == 3);
  }

  TEST_CASE("a marker in the body and a separator above raise a candidate's score") {
    const auto plain = candidates_of("Body text\n1 A note.\n");
    const auto marked = candidates_of("Body text.1\n1 A note.\n");
    const auto ruled = candidates_of("Body text\n_______\n1 A note.\n");
    REQUIRE(plain.size() == 1);
    REQUIRE(marked.size() == 1);
    REQUIRE(ruled.size() == 1);
    CHECK(marked[0].score > plain[0].score);
    CHECK(ruled[0].score > plain[0].score);
  }

  TEST_CASE("digit markers glued to words") {
    const std::string text = "adopted by the United Nations.1\nbillion,2 and summit.22 A4 paper\n";
    const auto lines = split_lines(text);
    const DigitMarkers markers = find_digit_markers(text, lines);
    CHECK(markers.has(1, text.size(), 1000));
    CHECK(markers.has(2, text.size(), 1000));
    CHECK(markers.has(22, text.size(), 1000));
    CHECK_FALSE(markers.has(4, text.size(), 1000));  // "A4": a code
    CHECK_FALSE(markers.has(1, 5, 1000));            // only before the offset asked
  }
}

#include <doctest/doctest.h>

#include <string>

#include "segment/sequence.hpp"

using namespace citecheck::segmentation;

namespace {

Candidate make(int line, int number, Style style = Style::spaced, double score = 1.5) {
  Candidate c;
  c.line = line;
  c.number = number;
  c.style = style;
  c.score = score;
  return c;
}

std::vector<int> numbers(const Sequence& s) {
  std::vector<int> out;
  for (const Candidate& c : s.starts)
    out.push_back(c.number);
  return out;
}

}  // namespace

TEST_SUITE("segment") {
  TEST_CASE("the sequence skips numbers that do not continue it") {
    struct Case {
      const char* name;
      std::vector<Candidate> input;
      std::vector<int> expected;
    };
    const Case cases[] = {
        {"plain run", {make(1, 1), make(2, 2), make(5, 3)}, {1, 2, 3}},
        {"gap of one lost number", {make(1, 1), make(2, 2), make(9, 4)}, {1, 2, 4}},
        {"body number far off", {make(1, 1), make(3, 25), make(5, 2), make(7, 3)}, {1, 2, 3}},
        {"out of order line dropped", {make(1, 1), make(2, 3), make(3, 2), make(4, 4)}, {1, 3, 4}},
        {"lone number is no note", {make(1, 7)}, {}},
        {"styles do not mix",
         {make(1, 1, Style::dotted), make(2, 1), make(3, 2), make(4, 2, Style::dotted), make(5, 3)},
         {1, 2, 3}},
    };
    for (const Case& c : cases) {
      CAPTURE(c.name);
      CHECK(numbers(choose_sequence(c.input)) == c.expected);
    }
  }

  TEST_CASE("numbering that starts over becomes separate runs") {
    struct Case {
      const char* name;
      std::vector<Candidate> input;
      std::vector<std::vector<int>> expected;
    };
    const Case cases[] = {
        {"two chapters",
         {make(1, 1), make(2, 2), make(3, 3), make(4, 4), make(10, 1), make(11, 2), make(12, 3)},
         {{1, 2, 3, 4}, {1, 2, 3}}},
        {"a lone 1 after the notes is a date, not a chapter",
         {make(1, 1), make(2, 2), make(3, 3), make(9, 1, Style::spaced, 3.5)},
         {{1, 2, 3}}},
        {"two numbered lines after a restart are dropped",
         {make(1, 1), make(2, 2), make(3, 3), make(9, 1, Style::spaced, 3.0),
          make(10, 2, Style::spaced, 3.0)},
         {{1, 2, 3}}},
        {"a run restarting at 13 is page numbers",
         {make(1, 1), make(2, 2), make(3, 3), make(9, 13), make(10, 14), make(11, 15),
          make(12, 16)},
         {{1, 2, 3}}},
        {"another style in the stretch after the best run",
         {make(1, 1), make(2, 2), make(3, 3), make(4, 4), make(10, 1, Style::bare),
          make(11, 2, Style::bare), make(12, 3, Style::bare)},
         {{1, 2, 3, 4}, {1, 2, 3}}},
        {"another style before it",
         {make(1, 1, Style::bare), make(2, 2, Style::bare), make(3, 3, Style::bare), make(10, 1),
          make(11, 2), make(12, 3), make(13, 4)},
         {{1, 2, 3}, {1, 2, 3, 4}}},
    };
    for (const Case& c : cases) {
      CAPTURE(c.name);
      std::vector<std::vector<int>> got;
      for (const Sequence& run : choose_runs(c.input))
        got.push_back(numbers(run));
      CHECK(got == c.expected);
    }
  }

  TEST_CASE("the style with more evidence wins") {
    // Numbered paragraphs (dotted, weak) against notes below a rule (bare, strong).
    std::vector<Candidate> input;
    for (int i = 1; i <= 5; ++i) {
      input.push_back(make(i * 10, i, Style::dotted, 0.5));
      input.push_back(make(i * 10 + 5, i, Style::bare, 2.5));
    }
    const Sequence s = choose_sequence(input);
    CHECK(s.style == Style::bare);
    CHECK(s.starts.size() == 5);
  }
}

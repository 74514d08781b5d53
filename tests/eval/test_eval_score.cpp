#include <doctest/doctest.h>

#include <citecheck/eval.hpp>

using namespace citecheck;
using namespace citecheck::eval;

namespace {

Citation citation(int footnote, Kind kind, std::vector<std::string> urls = {},
                  std::vector<std::string> symbols = {}, std::optional<int> ibid_of = {},
                  std::vector<std::string> dois = {}) {
  Citation c;
  c.footnote = footnote;
  c.kind = kind;
  c.urls = std::move(urls);
  c.un_symbols = std::move(symbols);
  c.ibid_of = ibid_of;
  c.dois = std::move(dois);
  return c;
}

Footnote footnote(int number, std::string text, std::vector<Citation> citations) {
  Footnote f;
  f.number = number;
  f.text = std::move(text);
  f.citations = std::move(citations);
  return f;
}

GoldCitation gold(Kind kind, std::vector<std::string> urls = {},
                  std::vector<std::string> symbols = {}, std::optional<int> ibid_of = {},
                  std::vector<std::string> dois = {}) {
  return GoldCitation{kind, std::move(urls), std::move(dois), std::move(symbols), ibid_of};
}

}  // namespace

TEST_SUITE("eval") {
  TEST_CASE("score_document: per footnote number, every measure") {
    ParsedDocument parsed;
    parsed.footnotes = {
        footnote(1, "A. http://a.org/x#frag",
                 {citation(1, Kind::news, {"http://a.org/x#frag"})}),  // news~web
        footnote(2, "Ibid.", {citation(2, Kind::ibid, {}, {}, 1)}),
        footnote(3, "United Nations, S/RES/2164.",
                 {citation(3, Kind::un_document, {}, {"S/RES/2164"})}),
        // Footnote 4 is missing from the output; footnote 9 is extra.
        footnote(9, "Ibid.", {citation(9, Kind::ibid, {}, {}, 3)}),
        footnote(5, "doi 10.1/ABC", {citation(5, Kind::journal_article, {}, {}, {}, {"10.1/ABC"})}),
    };
    GoldDocument expected;
    expected.footnotes = {
        {1, "A.  http://a.org/x", {gold(Kind::web, {"http://a.org/x"})}},
        {2, "Ibid.", {gold(Kind::ibid, {}, {}, 1)}},
        {3, "United Nations, S/RES/2164.", {gold(Kind::un_document, {}, {"S/RES/2164 (2014)"})}},
        {4, "Ibid.", {gold(Kind::ibid, {}, {}, 3)}},
        {5, "doi 10.1/abc", {gold(Kind::journal_article, {}, {}, {}, {"10.1/abc"})}},
    };
    const Score score = score_document(parsed, expected);
    CHECK(score.footnotes_found == 5);
    CHECK(score.footnotes_expected == 5);
    CHECK(score.footnotes_matched == 4);
    CHECK(score.text_matched == 2);  // 1 differs by its fragment, 5 by case
    CHECK(score.urls.matched == 1);
    CHECK(score.urls.found == 1);
    CHECK(score.urls.expected == 1);
    CHECK(score.un_symbols.matched == 1);
    CHECK(score.dois.matched == 1);
    CHECK(score.ibid_expected == 2);
    CHECK(score.ibid_correct == 1);
    CHECK(score.ibid_spurious == 1);  // footnote 9
    CHECK(score.kinds_expected == 5);
    CHECK(score.kinds_correct == 4);  // footnote 4 missing
  }

  TEST_CASE("score_document: wrong and extra values lower precision, missing lower recall") {
    ParsedDocument parsed;
    parsed.footnotes = {footnote(
        1, "x",
        {citation(1, Kind::web, {"http://a.org", "http://b.org"}, {"S/RES/1 (2000)", "S/2/3"})})};
    GoldDocument expected;
    expected.footnotes = {
        {1,
         "x",
         {gold(Kind::web, {"http://a.org", "http://c.org", "http://d.org"}, {"S/RES/1 (2001)"})}}};
    const Score score = score_document(parsed, expected);
    CHECK(score.urls.precision() == doctest::Approx(0.5));
    CHECK(score.urls.recall() == doctest::Approx(1.0 / 3.0));
    CHECK(score.un_symbols.matched == 0);  // a different year is a different document
    CHECK(score.un_symbols.precision() == doctest::Approx(0.0));
  }

  TEST_CASE("score_document: an exact symbol is not stolen by a year-less one") {
    ParsedDocument parsed;
    parsed.footnotes = {
        footnote(1, "x", {citation(1, Kind::un_document, {}, {"S/RES/5", "S/RES/5 (2001)"})})};
    GoldDocument expected;
    expected.footnotes = {
        {1, "x", {gold(Kind::un_document, {}, {"S/RES/5 (2001)", "S/RES/5 (2002)"})}}};
    const Score score = score_document(parsed, expected);
    CHECK(score.un_symbols.matched == 2);
  }

  TEST_CASE("Counts: empty sides are perfect, sums add") {
    Counts none;
    CHECK(none.precision() == 1.0);
    CHECK(none.recall() == 1.0);
    Counts a{1, 2, 4};
    a += Counts{1, 2, 0};
    CHECK(a.matched == 2);
    CHECK(a.precision() == doctest::Approx(0.5));
    CHECK(a.recall() == doctest::Approx(0.5));
  }
}

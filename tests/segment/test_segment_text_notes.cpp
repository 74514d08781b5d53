#include <doctest/doctest.h>

#include <chrono>
#include <string>
#include <vector>

#include <citecheck/segment.hpp>

namespace {

citecheck::SegmentResult run(const std::string& text) {
  citecheck::Document doc;
  doc.text = text;
  doc.line_starts = citecheck::index_lines(doc.text);
  return citecheck::segment(doc);
}

// "n:text" for each note, texts with '\n' shown as '|', inferred numbers marked '?'.
std::string summary(const citecheck::SegmentResult& result) {
  std::string out;
  for (const auto& f : result.footnotes) {
    if (!out.empty())
      out += " ";
    out += "[" + std::to_string(f.number) + (f.number_inferred ? "?" : "") + ":";
    for (const char c : f.text)
      out += c == '\n' ? '|' : c;
    out += "]";
  }
  return out;
}

}  // namespace

TEST_SUITE("segment") {
  TEST_CASE("plain-text footnote layouts") {
    struct Case {
      const char* name;
      const char* text;
      const char* expected;
    };
    const Case cases[] = {
        {"notes between paragraphs, body resumes with a leading space",
         "The mission was deployed,! as noted, and its staff\n"
         "grew fast.? It stayed\n"
         "\n"
         "1 First source. http://www.\n"
         "example.org/a.html\n"
         "2 Ibid.\n"
         " in the north for two years.\n",
         "[1:First source. http://www.|example.org/a.html] [2:Ibid.]"},
        {"body resumes lowercase after a blank line",
         "A claim made here.1 Another claim.2 And the text\n"
         "\n"
         "1 First note.\n"
         "2 Second note.\n"
         "\n"
         "goes on after the notes in lowercase.\n",
         "[1:First note.] [2:Second note.]"},
        {"note continued across a blank line after a hyphen",
         "Claim one.1 Claim two.2\n"
         "\n"
         "1 Interview with a staff member in Bama-\n"
         "\n"
         "ko, May 2014\n"
         "\n"
         "2 Ibid.\n",
         "[1:Interview with a staff member in Bama-|ko, May 2014] [2:Ibid.]"},
        {"lost number printed as a glyph",
         "Claim one.1 Claim two,* claim three.3 And the\n"
         "\n"
         "1 First.\n"
         " body goes on with a sentence that ends.\n"
         "\n"
         "~\n"
         "\n"
         "United Nations, S/RES/2164.\n"
         "\n"
         "3 Third.\n",
         "[1:First.] [2?:United Nations, S/RES/2164.] [3:Third.]"},
        {"lost number as a paragraph inside the previous note",
         "Claim.1 Claim.2 Claim.3 And the\n"
         "\n"
         "1 Interview with a staff member, May 2014\n"
         "\n"
         "A preliminary deal was signed by the govern-\n"
         "\n"
         "ment in March.\n"
         "\n"
         "3 Third.\n",
         "[1:Interview with a staff member, May 2014] "
         "[2?:A preliminary deal was signed by the govern-|ment in March.] [3:Third.]"},
        {"lost number glued onto the previous note",
         "Claim.1 Claim.2 Claim.3 Text\n"
         "\n"
         "1 See United Nations S/RES/2100.2 United Nations S/2014/692.\n"
         "3 Third note.\n",
         "[1:See United Nations S/RES/2100.] [2:United Nations S/2014/692.] [3:Third note.]"},
        {"years and quantities at line starts are body",
         "Troops arrived in\n"
         "2014 as part of a plan.1 About\n"
         "12,640 staff were there.2\n"
         "\n"
         "1 First.\n"
         "2 Second.\n",
         "[1:First.] [2:Second.]"},
        {"a numbered list the body never points at is not notes",
         "The Assembly:\n"
         "\n"
         "1. Encourages all States to act.\n"
         "2. Requests the Secretary-General to report.\n"
         "3. Decides to remain seized of the matter.\n",
         ""},
        {"numbers printed apart from their texts (plain pdftotext)",
         "Intro text cites a page.1 And a second.2 And a third.3\n"
         "2\n"
         "3\n"
         "\n"
         "http://a.example/two\n"
         "http://b.example/three\n"
         "\n"
         "4\n"
         "\n"
         "\fNext page text.4 More.5\n"
         "4\n"
         "\n"
         "https://c.example/four\n"
         "Ibid.\n"
         "5\n"
         "\n"
         "5\n",
         "[2:http://a.example/two] [3:http://b.example/three] [4:https://c.example/four] "
         "[5:Ibid.]"},
        {"indented layout below a rule, page furniture left out, continued on the next page",
         "S/2025/303\n"
         "      Body text of the first page. 1 More body text here. 2\n"
         "   __________________\n"
         "      1\n"
         "         See the first source.\n"
         "      2\n"
         "         See the second source, which goes on\n"
         "\n"
         "2/21                    25-06521\n"
         "\fS/2025/303\n"
         "      Body text of page two. 3\n"
         "   __________________\n"
         "         on the next page.\n"
         "      3\n"
         "         Third source.\n"
         "\n"
         "25-06521                3/21\n"
         "\fS/2025/303\n"
         "      Last page body.\n"
         "\n"
         "4/21                    25-06521\n",
         "[1:See the first source.] [2:See the second source, which goes on|on the next page.] "
         "[3:Third source.]"},
        {"a numbered list in the body next to real notes",
         "The Assembly, recalling its work,1\n"
         "\n"
         "1. Encourages all States to act;\n"
         "2. Requests the Secretary-General to report.2\n"
         "3. Decides to remain seized.\n"
         "\n"
         "1 A/RES/55/2.\n"
         "2 S/2014/692.\n",
         "[1:A/RES/55/2.] [2:S/2014/692.]"},
        {"dotted notes the body points at",
         "A claim.1 Another claim.2 A third.3\n"
         "\n"
         "1. See the first report.\n"
         "2. Ibid.\n"
         "3. See the third report.\n",
         "[1:See the first report.] [2:Ibid.] [3:See the third report.]"},
        {"bracketed markers and a numbered reference list (web copies, IEEE style)",
         "The mission began in 2013.[1] It was renewed,[2] and again [3] in 2015.\n"
         "\n"
         "References\n"
         "\n"
         "[1] S/RES/2100 (2013).\n"
         "[2] S/RES/2164 (2014);\n"
         "    see also S/2014/692.\n"
         "[3] Reuters, 3 May 2014.\n",
         "[1:S/RES/2100 (2013).] [2:S/RES/2164 (2014);|see also S/2014/692.] "
         "[3:Reuters, 3 May 2014.]"},
        {"a bracketed list the body never points at is not notes",
         "Options:\n"
         "\n"
         "[1] Stay the course.\n"
         "[2] Withdraw.\n"
         "[3] Reinforce.\n",
         ""},
        {"no footnotes at all", "Just a paragraph.\nAnd another line of 2014 text.\n", ""},
        {"empty text", "", ""},
        {"only whitespace", "\n\n   \n\f\n", ""},
    };
    for (const Case& c : cases) {
      CAPTURE(c.name);
      CHECK(summary(run(c.text)) == c.expected);
    }
  }

  TEST_CASE("segment-level repairs are recorded") {
    const auto glyph =
        run("Claim one.1 Claim two,* claim three.3 And the\n\n1 First.\n body goes on.\n\n~\n\n"
            "United Nations, S/RES/2164.\n\n3 Third.\n");
    REQUIRE(glyph.footnotes.size() == 3);
    REQUIRE_FALSE(glyph.footnotes[1].repairs.empty());
    CHECK(glyph.footnotes[1].repairs[0].step == "infer_footnote_number");
    const auto glued =
        run("Claim.1 Claim.2 Claim.3 Text\n\n1 See S/RES/2100.2 United Nations S/2014/692.\n3 "
            "Third.\n");
    REQUIRE(glued.footnotes.size() == 3);
    REQUIRE_FALSE(glued.footnotes[1].repairs.empty());
    CHECK(glued.footnotes[1].repairs[0].step == "split_glued_footnote_number");
    const auto joined = run("Claim.1 Claim.2\n\n1 In Bama-\n\nko, May 2014\n\n2 Ibid.\n");
    REQUIRE(joined.footnotes.size() == 2);
    REQUIRE_FALSE(joined.footnotes[0].repairs.empty());
    CHECK(joined.footnotes[0].repairs[0].step == "join_continued_footnote");
  }

  TEST_CASE("spans point into the text") {
    const std::string text = "Claim.1 Claim.2\n\n1 First note.\n2 Second\nnote.\n";
    const auto result = run(text);
    REQUIRE(result.footnotes.size() == 2);
    const auto& second = result.footnotes[1];
    CHECK(second.span.line == 4);
    CHECK(text.substr(second.span.begin, second.span.end - second.span.begin) == "2 Second\nnote.");
    REQUIRE(second.marker.has_value());
    CHECK(second.marker->line == 1);
    CHECK(second.marker->glyph == "2");
  }

  TEST_CASE("hostile input: huge single line, many numbers, binary noise") {
    const std::string line(5'000'000, 'x');
    CHECK(run(line).footnotes.empty());
    std::string numbers;
    for (int i = 0; i < 200'000; ++i)
      numbers += std::to_string(i % 1000) + "\n";
    CHECK_NOTHROW(run(numbers));
    std::string noise;
    for (int i = 0; i < 100'000; ++i)
      noise += static_cast<char>((i * 7919) % 256);
    CHECK_NOTHROW(run(noise));
  }

  TEST_CASE("speed: a large document is segmented in linear time") {
    // Pages of body text with a footnote block each, numbers running up to 999.
    std::string text;
    int number = 1;
    while (text.size() < 20'000'000) {
      for (int l = 0; l < 30; ++l) {
        text += "Body text of the page runs on with a claim that cites a source.";
        if (l % 10 == 9 && number < 999)
          text += std::to_string(number + l / 10);
        text += "\n";
      }
      text += "\n";
      for (int k = 0; k < 3 && number < 999; ++k, ++number) {
        text += std::to_string(number) + " Source number " + std::to_string(number) +
                ", http://www.example.org/a/b.\n";
      }
      text += "\f";
    }
    const auto start = std::chrono::steady_clock::now();
    const auto result = run(text);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const double mb_per_s = static_cast<double>(text.size()) / 1e6 / seconds;
    MESSAGE("segment speed: " << mb_per_s << " MB/s on " << text.size() / 1000000 << " MB, "
                              << result.footnotes.size() << " footnotes");
    CHECK(result.footnotes.size() == 998);
    CHECK(mb_per_s > 10.0);  // loose bound for shared, debug-ish machines; 50+ in release
  }
}

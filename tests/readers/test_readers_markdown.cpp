#include <doctest/doctest.h>

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include <citecheck/readers.hpp>

using namespace citecheck;

namespace {

Document md(const std::string& source) {
  return read_document_bytes("t.md", source, Format::markdown);
}

std::string span(const Document& d, std::size_t begin, std::size_t end) {
  return d.text.substr(begin, end - begin);
}

// "number|label|text|marker text" per note; the marker as the 8 bytes from its offset.
std::vector<std::string> summary(const Document& d) {
  std::vector<std::string> out;
  for (const ExplicitNote& n : d.notes) {
    out.push_back(std::to_string(n.number) + "|" + n.label + "|" + span(d, n.begin, n.end) + "|" +
                  (n.marker ? d.text.substr(*n.marker, 8) : std::string("-")));
  }
  return out;
}

std::vector<std::string> links(const Document& d) {
  std::vector<std::string> out;
  for (const Link& l : d.links) {
    out.push_back(span(d, l.begin, l.end) + " -> " + l.url);
  }
  return out;
}

using Lines = std::vector<std::string>;

// One string per list, so a failure shows both sides.
std::string joined(const Lines& lines) {
  std::string out;
  for (const auto& line : lines) {
    out += "{" + line + "}\n";
  }
  return out;
}

}  // namespace

TEST_SUITE("readers") {
  TEST_CASE("markdown footnotes") {
    struct Case {
      const char* name;
      std::string source;
      Lines expected;
    };
    const Case cases[] = {
        {"one line each",
         "Text[^1] and more[^2].\n\n[^1]: First.\n[^2]: Second.\n",
         {"1|1|First.|[^1] and", "2|2|Second.|[^2].\n\n["}},
        {"definitions before references", "[^1]: Early.\n\nBody[^1].\n", {"1|1|Early.|[^1].\n"}},
        {"indented continuation",
         "A[^1]\n\n[^1]: Line one\n    line two\n\tline three\n\nNext para\n",
         {"1|1|Line one\n    line two\n\tline three|[^1]\n\n[^"}},
        {"lazy continuation",
         "A[^1]\n\n[^1]: Line one\nline two\n\nNot the note.\n",
         {"1|1|Line one\nline two|[^1]\n\n[^"}},
        {"multi-paragraph",
         "A[^1]\n\n[^1]: Para one.\n\n    Para two.\n\nBody again.\n",
         {"1|1|Para one.\n\n    Para two.|[^1]\n\n[^"}},
        {"a definition ends another",
         "A[^1] B[^2]\n\n[^1]: One\n[^2]: Two\n",
         {"1|1|One|[^1] B[^", "2|2|Two|[^2]\n\n[^"}},
        {"heading ends a definition", "A[^1]\n\n[^1]: One\n# Heading\n", {"1|1|One|[^1]\n\n[^"}},
        {"numeric labels keep their numbers",
         "A[^7] B[^3]\n\n[^3]: Three.\n[^7]: Seven.\n",
         {"3|3|Three.|[^3]\n\n[^", "7|7|Seven.|[^7] B[^"}},
        {"named labels numbered by first reference",
         "A[^b] B[^a] C[^b]\n\n[^a]: Alpha.\n[^b]: Beta.\n[^c]: Unused.\n",
         {"1|b|Beta.|[^b] B[^", "2|a|Alpha.|[^a] C[^", "3|c|Unused.|-"}},
        {"unreferenced definitions have no marker",
         "Text.\n\n[^1]: Only defined.\n",
         {"1|1|Only defined.|-"}},
        {"fenced code holds no definitions",
         "A[^1]\n\n```\n[^1]: not a note\n[^2]: nor this\n```\n\n[^1]: The note.\n",
         {"1|1|The note.|[^1]\n\n``"}},
        {"code spans and escapes hold no references",
         "Use `[^1]` and \\[^1] here, then[^1].\n\n[^1]: N.\n",
         {"1|1|N.|[^1].\n\n["}},
        {"front matter is skipped",
         "---\ntitle: \"[^1] x\"\n---\nA[^1]\n\n[^1]: N.\n",
         {"1|1|N.|[^1]\n\n[^"}},
        {"first definition wins",
         "A[^1]\n\n[^1]: First.\n\n[^1]: Second.\n",
         {"1|1|First.|[^1]\n\n[^"}},
        {"Pandoc inline notes numbered with the others",
         "A^[Inline one.] B[^x] C^[Two [with] brackets].\n\n[^x]: Defined.\n",
         {"1|1|Inline one.|^[Inline", "2|x|Defined.|[^x] C^[", "3|3|Two [with] brackets|^[Two [w"}},
        {"inline notes: unclosed, escaped, in code, across paragraphs",
         "a^[open\n\nclosed] b\\^[no] `^[code]` c^[yes]\n",
         {"1|1|yes|^[yes]\n"}},
        {"CRLF source", "A[^1]\r\n\r\n[^1]: One\r\n    two\r\n", {"1|1|One\n    two|[^1]\n\n[^"}},
    };
    for (const auto& c : cases) {
      CAPTURE(std::string(c.name));
      const Document d = md(c.source);
      CHECK(joined(summary(d)) == joined(c.expected));
      CHECK(d.has_explicit_notes == !c.expected.empty());
    }
  }

  TEST_CASE("markdown footnote problems are warned about") {
    const Document d = md("A[^1] B[^9] C[^1]\n\n[^1]: One.\n[^1]: Again.\n[^2]:\n");
    REQUIRE(d.warnings.size() == 3);
    CHECK(d.warnings[0] == "t.md: footnote references without a definition: [^9] (line 1)");
    CHECK(d.warnings[1] ==
          "t.md: footnotes defined twice (the first definition is used): [^1] (line 4)");
    CHECK(d.warnings[2] == "t.md: empty footnote definitions skipped: [^2] (line 5)");
  }

  TEST_CASE("markdown endnotes") {
    struct Case {
      const char* name;
      std::string source;
      Lines expected;
    };
    const Case cases[] = {
        {"<sup> lines with kramdown attributes",
         "Body<sup>1</sup> and<sup>2</sup>.\n\n## Endnotes\n<sup>1</sup> First note. \n{: .fs-2}\n"
         "<sup>2</sup> Second note\ncontinued.\n{: .fs-2}\n\n***\n",
         {"1|1|First note.|<sup>1</", "2|2|Second note\ncontinued.|<sup>2</"}},
        {"<sup>[N]</sup> and linked numbers",
         "A<sup>[1]</sup> B<sup><a href=\"#n2\">2</a></sup>\n\n<sup>[1]</sup> One.\n"
         "<sup>[2]</sup> Two.\n",
         {"1|1|One.|<sup>[1]", "2|2|Two.|<sup><a "}},
        {"caret superscripts",
         "Text^1^ more^2^\n\n^1^ One.\n^2^ Two.\n",
         {"1|1|One.|^1^ more", "2|2|Two.|^2^\n\n^1^"}},
        {"a <sup> list needs two notes or a heading", "<sup>1</sup> Lonely line.\n", {}},
        {"ordered list under a Notes heading",
         "Text<sup>1</sup>, text<sup>2,3</sup>.\n\n# Notes\n\n1. One.\n2. Two\n   wrapped.\n\n"
         "3. Three.\n\n# After\n\n1. Not a note.\n",
         {"1|1|One.|<sup>1</", "2|2|Two\n   wrapped.|<sup>2,3", "3|3|Three.|<sup>2,3"}},
        {"lazy-numbered list counts up",
         "## References\n1. A.\n1. B.\n1. C.\n",
         {"1|1|A.|-", "2|2|B.|-", "3|3|C.|-"}},
        {"bracketed references",
         "As shown [1] and [2](x).\n\n## References\n[1] Smith 2020.\n"
         "[2] Jones 2021.\n",
         {"1|1|Smith 2020.|[1] and ", "2|2|Jones 2021.|-"}},
        {"numbered list after a rule, pointed at by the body",
         "A^1^ B^2^\n\n---\n\n1. One.\n2. Two.\n",
         {"1|1|One.|^1^ B^2^", "2|2|Two.|^2^\n\n---"}},
        {"an ordinary numbered list is no note list", "Steps:\n\n1. Do this.\n2. Do that.\n", {}},
        {"<sup> in code is no marker",
         "`<sup>1</sup>` x<sup>1</sup>\n\n<sup>1</sup> One.\n<sup>2</sup> Two.\n",
         {"1|1|One.|<sup>1</", "2|2|Two.|-"}},
    };
    for (const auto& c : cases) {
      CAPTURE(std::string(c.name));
      const Document d = md(c.source);
      CHECK(joined(summary(d)) == joined(c.expected));
    }
  }

  TEST_CASE("footnote definitions win over an endnote list") {
    const Document d =
        md("A[^1]<sup>1</sup>\n\n[^1]: Foot.\n\n<sup>1</sup> End.\n<sup>2</sup> E2.\n");
    CHECK(joined(summary(d)) == joined({"1|1|Foot.|[^1]<sup"}));
  }

  TEST_CASE("markdown links") {
    struct Case {
      const char* name;
      std::string source;
      Lines expected;
    };
    const Case cases[] = {
        {"inline with title",
         "See [the report](https://un.org/r \"Title\").\n",
         {"the report -> https://un.org/r"}},
        {"autolink",
         "At <https://example.org/a?b=1&c=2>.\n",
         {"https://example.org/a?b=1&c=2 -> https://example.org/a?b=1&c=2"}},
        {"reference style",
         "See [report][r] and [Other][] and [r].\n\n[r]: https://x.org/r\n"
         "[other]: <https://y.org/o>\n",
         {"report -> https://x.org/r", "Other -> https://y.org/o", "r -> https://x.org/r"}},
        {"entities in destinations",
         "[a](https://x.org/?a=1&amp;b=2)\n",
         {"a -> https://x.org/?a=1&b=2"}},
        {"emphasis in anchor text",
         "[*Wired*, 2019](https://wired.com/s)\n",
         {"*Wired*, 2019 -> https://wired.com/s"}},
        {"links in code are not links",
         "`[a](https://x.org)`\n\n```\n[b](https://y.org)\n```\n",
         {}},
        {"fragment links are dropped",
         "[back](#fnref1) [src](https://z.org)\n",
         {"src -> https://z.org"}},
        {"link inside a multi-paragraph footnote",
         "A[^1]\n\n[^1]: Para.\n\n    See [the source](https://s.org/x).\n",
         {"the source -> https://s.org/x"}},
        {"link in a one-line footnote",
         "A[^1]\n\n[^1]: [Title](https://t.org/p)\n",
         {"Title -> https://t.org/p"}},
        {"raw HTML anchors",
         "<a href=\"https://h.org/a?x=1&amp;y=2\">\nHome</a> <a name=x>no</a>\n",
         {"Home -> https://h.org/a?x=1&y=2"}},
        {"a footnote reference is not a link", "A[^1] and [^note]\n\n[^1]: x\n[^note]: y\n", {}},
    };
    for (const auto& c : cases) {
      CAPTURE(std::string(c.name));
      CHECK(joined(links(md(c.source))) == joined(c.expected));
    }
  }

  TEST_CASE("Markdown reading is fast") {
    std::string source = "---\ntitle: big\n---\n\n# Report\n\n";
    int n = 0;
    while (source.size() < (std::size_t{16} << 20)) {
      ++n;
      source += "Paragraph " + std::to_string(n) + " cites a [source](https://example.org/" +
                std::to_string(n) + ") and a note[^" + std::to_string(n) +
                "] with `code` and *emphasis*, B\xC3\xB8\xC3\xA5s.\n\n";
      source += "[^" + std::to_string(n) + "]: Author, *Title* (2020), " +
                "<https://doi.org/10.1/" + std::to_string(n) + ">.\n    Continued.\n\n";
    }
    const std::size_t size = source.size();
    const auto start = std::chrono::steady_clock::now();
    const Document d = md(std::move(source));
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const double mb_per_s = static_cast<double>(size) / 1e6 / seconds;
    MESSAGE("Markdown reader: " << mb_per_s << " MB/s, " << d.notes.size() << " notes, "
                                << d.links.size() << " links");
    CHECK(d.notes.size() == static_cast<std::size_t>(n));
    CHECK(d.links.size() == static_cast<std::size_t>(2 * n));
    // Shared CI machines are noisy: the bound is loose, the figure is in the log.
    CHECK(mb_per_s > 5.0);
  }

  TEST_CASE("random Markdown-like input keeps every span inside the text") {
    // Syntax fragments shuffled at random: whatever the mix, no crash and no span outside
    // the text.
    const std::vector<std::string> pieces = {"[^1]",
                                             "[^1]: ",
                                             "[^a]:",
                                             "^[",
                                             "]",
                                             "[",
                                             "(",
                                             ")",
                                             "](https://x.org/",
                                             "<sup>",
                                             "</sup>",
                                             "2",
                                             "^3^",
                                             "\n",
                                             "\n\n",
                                             "    ",
                                             "\t",
                                             "```",
                                             "~~~",
                                             "`",
                                             "# Notes\n",
                                             "1. ",
                                             "[4] ",
                                             "{: .fs-2}\n",
                                             "---\n",
                                             "<a href=\"u\">",
                                             "</a>",
                                             "<style>",
                                             "</style>",
                                             "<!--",
                                             "-->",
                                             "\\",
                                             "word ",
                                             "\xC3\xA9",
                                             "\r\n",
                                             "*",
                                             "_",
                                             "<https://y.org>",
                                             "[r]: /z\n"};
    std::uint32_t state = 12345;
    const auto next = [&state]() {
      state = state * 1664525u + 1013904223u;
      return state >> 8;
    };
    for (int round = 0; round < 3000; ++round) {
      std::string source = "x";
      const std::size_t count = 1 + next() % 60;
      for (std::size_t k = 0; k < count; ++k) {
        source += pieces[next() % pieces.size()];
      }
      CAPTURE(source);
      const Document d = md(source);
      for (const ExplicitNote& n : d.notes) {
        REQUIRE(n.begin <= n.end);
        REQUIRE(n.end <= d.text.size());
        if (n.marker) {
          REQUIRE(*n.marker < d.text.size());
        }
      }
      for (const Link& l : d.links) {
        REQUIRE(l.begin <= l.end);
        REQUIRE(l.end <= d.text.size());
      }
    }
  }

  TEST_CASE("pathological Markdown stays linear") {
    // Deep brackets, endless '[^', unclosed fences and tags: must finish quickly.
    std::string nasty;
    for (int i = 0; i < 20000; ++i) {
      nasty += "[^[^[<sup>";
    }
    nasty += "\n```\n";
    for (int i = 0; i < 20000; ++i) {
      nasty += "<a href=x>[[[(((";
    }
    const auto start = std::chrono::steady_clock::now();
    const Document d = md(nasty);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    CHECK(seconds < 2.0);
    CHECK(d.notes.empty());
  }
}

// HTML reader: notes as each generator writes them, visible text, links, bad input.
#include <chrono>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include <citecheck/errors.hpp>
#include <citecheck/readers.hpp>

namespace {

using citecheck::Document;
using citecheck::Format;

Document read_html(std::string html) {
  return citecheck::read_document_bytes("page.html", std::move(html), Format::html);
}

std::string note_text(const Document& doc, std::size_t i) {
  const auto& note = doc.notes.at(i);
  return doc.text.substr(note.begin, note.end - note.begin);
}

std::string marker_text(const Document& doc, std::size_t i) {
  const auto& note = doc.notes.at(i);
  REQUIRE(note.marker.has_value());
  return doc.text.substr(*note.marker, 3);
}

struct NoteCase {
  const char* generator;
  const char* html;
  std::vector<std::string> texts;     // note texts in order
  std::vector<int> numbers;           // printed numbers
  std::vector<std::string> elements;  // ids
  std::string url;                    // a link expected inside the first note ("" = none)
};

const std::vector<NoteCase> k_cases = {
    {"pandoc html5",
     R"(<p>Claim one<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>1</sup></a> and two<a href="#fn2" class="footnote-ref" id="fnref2" role="doc-noteref"><sup>2</sup></a>.</p>
<section id="footnotes" class="footnotes footnotes-end-of-document" role="doc-endnotes"><hr />
<ol>
<li id="fn1"><p>Smith, <em>A Title</em>, <a href="https://example.org/a?x=1&amp;y=2">example.org/a</a>.<a href="#fnref1" class="footnote-back" role="doc-backlink">↩︎</a></p></li>
<li id="fn2"><p>Jones &amp; Co., 2001.<a href="#fnref2" class="footnote-back" role="doc-backlink">↩︎</a></p></li>
</ol></section>)",
     {"Smith, A Title, example.org/a.", "Jones & Co., 2001."},
     {1, 2},
     {"fn1", "fn2"},
     "https://example.org/a?x=1&y=2"},
    {"pandoc old div, unmarked back-link",
     R"(<p>Text<sup><a href="#fn1" class="footnoteRef" id="fnref1">1</a></sup></p>
<div class="footnotes"><hr /><ol><li id="fn1"><p>Old pandoc note.<a href="#fnref1">↩</a></p></li></ol></div>)",
     {"Old pandoc note."},
     {1},
     {"fn1"},
     ""},
    {"pandoc aside (epub)",
     R"(<p>Body<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>1</sup></a></p>
<aside id="footnotes" class="footnotes footnotes-end-of-document" role="doc-endnotes"><hr /><ol>
<li id="fn1"><p>See <a href="http://un.org/x">UN</a>.</p></li></ol></aside>)",
     {"See UN."},
     {1},
     {"fn1"},
     "http://un.org/x"},
    {"wordpress footnotes made easy",
     R"(<p>Claim<sup><a href="#footnote_0_42" id="identifier_0_42" class="footnote-link footnote-identifier-link" title="x">1</a></sup> more<sup><a href="#footnote_1_42" id="identifier_1_42" class="footnote-link footnote-identifier-link">2</a></sup></p>
<ol class="footnotes"><li id="footnote_0_42" class="footnote">First source. [<a href="#identifier_0_42" class="footnote-link footnote-back-link">&#8617;</a>]</li>
<li id="footnote_1_42" class="footnote">Second source, <a href="https://news.example.com/s">link</a>. [<a href="#identifier_1_42" class="footnote-link footnote-back-link">&#8617;</a>]</li></ol>)",
     {"First source.", "Second source, link."},
     {1, 2},
     {"footnote_0_42", "footnote_1_42"},
     ""},
    {"wordpress easy footnotes",
     R"(<p>Claim<span id="easy-footnote-1-7" class="easy-footnote-margin-adjust"></span><span class="easy-footnote"><a href="#easy-footnote-bottom-1-7" title="Note one"><sup>1</sup></a></span></p>
<ol class="easy-footnotes-wrapper"><li class="easy-footnote-single"><span id="easy-footnote-bottom-1-7" class="easy-footnote-margin-adjust"></span>Note one, https://a.example/b<a class="easy-footnote-to-top" href="#easy-footnote-1-7"></a></li></ol>)",
     {"Note one, https://a.example/b"},
     {1},
     {"easy-footnote-bottom-1-7"},
     ""},
    {"wikipedia reference list",
     R"(<p>Fact.<sup id="cite_ref-a_1-0" class="reference"><a href="#cite_note-a-1">[1]</a></sup> Other.<sup class="reference"><a href="#cite_note-2">[2]</a></sup></p>
<div class="reflist"><ol class="references">
<li id="cite_note-a-1"><span class="mw-cite-backlink">^ <a href="#cite_ref-a_1-0"><sup><i><b>a</b></i></sup></a></span> <span class="reference-text"><cite class="citation news">Doe, J. (2020). <a rel="nofollow" class="external text" href="https://www.nytimes.com/2020/a.html">"Headline"</a>. <i>The New York Times</i>.</cite><span title="ctx_ver=Z39.88-2004" class="Z3988">HIDDEN</span><span style="display: none;">ALSO HIDDEN</span></span></li>
<li id="cite_note-2"><span class="mw-cite-backlink"><b><a href="#cite_ref-2">^</a></b></span> <span class="reference-text">Plain note.</span></li>
</ol></div>)",
     {"Doe, J. (2020). \"Headline\". The New York Times.", "Plain note."},
     {1, 2},
     {"cite_note-a-1", "cite_note-2"},
     "https://www.nytimes.com/2020/a.html"},
    {"doc-endnote asides",
     R"(<p>Claim<a href="#en3" role="doc-noteref">3</a></p>
<aside role="doc-endnote" id="en3"><p>Third note.</p></aside>)",
     {"Third note."},
     {3},
     {"en3"},
     ""},
    {"plain sup link to list item",
     R"(<p>Claim<sup><a href="#n1">1</a></sup>, again<sup><a href="#n2">2</a></sup></p><h2>Notes</h2>
<ol start="1"><li id="n1">Alpha.</li><li id="n2">Beta, <a href="//cdn.example.org/p">p</a>.</li></ol>)",
     {"Alpha.", "Beta, p."},
     {1, 2},
     {"n1", "n2"},
     ""},
    {"ol start and li value",
     R"(<p>x<sup><a href="#a">5</a></sup> y<sup><a href="#b">9</a></sup></p><ol class="footnotes" start="5"><li id="a">Five.</li><li value="9" id="b">Nine.</li></ol>)",
     {"Five.", "Nine."},
     {5, 9},
     {"a", "b"},
     ""},
};

}  // namespace

TEST_SUITE("readers_html_wiki") {
  TEST_CASE("html notes per generator") {
    for (const NoteCase& c : k_cases) {
      const std::string generator = c.generator;
      CAPTURE(generator);
      const Document doc = read_html(c.html);
      CHECK(doc.format == Format::html);
      REQUIRE(doc.notes.size() == c.texts.size());
      CHECK(doc.has_explicit_notes);
      for (std::size_t i = 0; i < c.texts.size(); ++i) {
        CAPTURE(i);
        CHECK(note_text(doc, i) == c.texts[i]);
        CHECK(doc.notes[i].number == c.numbers[i]);
        CHECK(doc.notes[i].element == c.elements[i]);
        CHECK(doc.notes[i].marker.has_value());
        if (doc.notes[i].marker) {
          CHECK(*doc.notes[i].marker < doc.notes[0].begin);
        }
      }
      if (!std::string(c.url).empty()) {
        bool found = false;
        for (const auto& link : doc.links) {
          found = found || (link.url == c.url && link.begin >= doc.notes[0].begin &&
                            link.end <= doc.notes[0].end);
        }
        CHECK_MESSAGE(found, "link " << c.url << " inside note 1");
      }
    }
  }

  TEST_CASE("html markers point at the printed reference") {
    const Document doc = read_html(k_cases[5].html);
    REQUIRE(doc.notes.size() == 2);
    CHECK(marker_text(doc, 0) == "[1]");
    CHECK(doc.notes[0].label == "1");
  }

  TEST_CASE("html visible text: blocks, entities, scripts, hidden") {
    const Document doc = read_html(
        "<html><head><title>T</title><style>p{}</style></head><body><p>One&nbsp;&amp;   "
        "two</p><script>var x = '<p>';</script><div hidden>secret</div><p "
        "style=\"display:none\">gone</p><ul><li>a</li><li>b<br>c</li></ul><pre>  x\n  y</pre>"
        "</body></html>");
    CHECK(doc.text == "One\xC2\xA0& two\na\nb\nc\n  x\n  y");
    CHECK(doc.notes.empty());
    CHECK_FALSE(doc.has_explicit_notes);
    CHECK(doc.line_starts.size() == 6);
  }

  TEST_CASE("html links come from href, relative ones resolved only with a base") {
    const Document doc = read_html(
        "<head><base href=\"https://site.example/dir/page\"></head><p><a "
        "href=\"https://x.example/a\">shown text</a> <a href=\"/root\">r</a> <a "
        "href=\"rel\">rel</a> <a href=\"#frag\">f</a></p>");
    REQUIRE(doc.links.size() == 2);
    CHECK(doc.links[0].url == "https://x.example/a");
    CHECK(doc.text.substr(doc.links[0].begin, doc.links[0].end - doc.links[0].begin) ==
          "shown text");
    CHECK(doc.links[1].url == "https://site.example/root");
  }

  TEST_CASE("a table of contents is not a list of notes") {
    const Document doc = read_html(
        "<ul><li><a href=\"#s1\">Intro</a></li></ul><h2 id=\"s1\">Intro</h2><ol><li "
        "id=\"x\">item</li></ol><p>see <a href=\"#x\">the list</a></p>");
    CHECK(doc.notes.empty());
  }

  TEST_CASE("malformed html never crashes") {
    const std::vector<std::string> inputs = {
        "<ol class=footnotes><li id=fn1>unclosed <b>bold <i>both",
        "<a href=\"#fn1\"><sup>1</sup></a><li id=fn1>orphan item",
        "</li></ol></section><<<>>>&#xFFFFFFFF;&bogus;<a href=",
        "<sup><a href=\"#\">1</a></sup><ol class=references><li></li><li id=\"\"> </li></ol>",
        std::string("\xFF\xFE<p>\x80\x81 bad bytes</p>", 18),
        "<table><tr><td>a<td>b<tr><td>c</table><ol class=footnotes><li id=f>n</ol>",
    };
    for (const std::string& input : inputs) {
      CAPTURE(input);
      Document doc;
      CHECK_NOTHROW(doc = read_html(input));
      for (const auto& note : doc.notes) {
        CHECK(note.begin <= note.end);
        CHECK(note.end <= doc.text.size());
      }
    }
    // Deep nesting: every walk is iterative.
    std::string deep;
    for (int i = 0; i < 20000; ++i) {
      deep += "<span><b>";
    }
    deep += "x";
    CHECK_NOTHROW(read_html(deep));
  }

  TEST_CASE("huge html: refused above the cap, large pages parsed in bounded time") {
    std::string huge(std::size_t{100} << 20, ' ');
    huge.replace(0, 6, "<html>");
    const auto start = std::chrono::steady_clock::now();
    CHECK_THROWS_AS(read_html(std::move(huge)), citecheck::InputError);
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(2));

    std::string page = "<html><body>";
    std::string list = "<section class=\"footnotes\"><ol>";
    const int notes = 20000;
    for (int i = 1; i <= notes; ++i) {
      const std::string n = std::to_string(i);
      page += "<p>Paragraph " + n + " with some words in it.<sup><a href=\"#fn" + n + "\">" + n +
              "</a></sup></p>\n";
      list += "<li id=\"fn" + n + "\">Source " + n + ", <a href=\"https://e.example/" + n +
              "\">link</a>.</li>\n";
    }
    page += list + "</ol></section></body></html>";
    const auto t0 = std::chrono::steady_clock::now();
    const Document doc = read_html(page);
    CHECK(std::chrono::steady_clock::now() - t0 < std::chrono::seconds(10));
    REQUIRE(doc.notes.size() == static_cast<std::size_t>(notes));
    CHECK(doc.notes.back().number == notes);
    CHECK(note_text(doc, notes - 1) == "Source 20000, link.");
  }
}

// Wikitext reader: <ref> numbering as MediaWiki renders it, note spans, template links.
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include <citecheck/readers.hpp>

namespace {

using citecheck::Document;
using citecheck::Format;

Document read_wiki(std::string text) {
  return citecheck::read_document_bytes("page.wiki", std::move(text), Format::wikitext);
}

std::vector<std::string> note_texts(const Document& doc) {
  std::vector<std::string> out;
  for (const auto& note : doc.notes) {
    out.push_back(std::to_string(note.number) + ":" +
                  doc.text.substr(note.begin, note.end - note.begin));
  }
  return out;
}

struct RefCase {
  const char* what;
  const char* wikitext;
  std::vector<std::string> notes;  // "number:text"
};

const std::vector<RefCase> k_cases = {
    {"plain refs in order", "A.<ref>One.</ref> B.<ref> Two. </ref>", {"1:One.", "2:Two."}},
    {"named ref reused keeps its number",
     "A<ref name=\"x\">X.</ref> B<ref>Y.</ref> C<ref name=\"x\" />",
     {"1:X.", "2:Y."}},
    {"reuse before definition numbers at first use",
     "A<ref name=x/> B<ref>Y.</ref> C<ref name=x>X.</ref>",
     {"1:X.", "2:Y."}},
    {"single-quoted and spaced names",
     "A<ref name = 'a b'>AB.</ref> B<ref name=\"a b\"/>",
     {"1:AB."}},
    {"comment and nowiki hide refs",
     "A<!-- <ref>hidden</ref> --> B<nowiki><ref>literal</ref></nowiki> C<ref>Real.</ref>",
     {"1:Real."}},
    {"unterminated comment hides the rest", "A<ref>One.</ref><!-- <ref>Two.</ref>", {"1:One."}},
    {"reflist is not a ref",
     "A<ref>One.</ref>\n== References ==\n{{reflist}}\n<references />",
     {"1:One."}},
    {"list-defined refs",
     "A<ref name=b/> C<ref name=a/>\n{{reflist|refs=\n<ref name=a>Alpha.</ref>\n<ref "
     "name=b>Beta.</ref>\n}}",
     {"1:Beta.", "2:Alpha."}},
    {"references block defines",
     "A<ref name=a/>\n<references>\n<ref name=a>Alpha.</ref>\n</references>",
     {"1:Alpha."}},
    {"groups follow the default group",
     "A<ref group=note>N1.</ref> B<ref>R1.</ref> C<ref group=\"note\">N2.</ref>",
     {"1:R1.", "2:N1.", "3:N2."}},
    {"same name in two groups is two refs",
     "A<ref name=x>X.</ref> B<ref group=g name=x>GX.</ref>",
     {"1:X.", "2:GX."}},
    {"undefined named ref keeps the numbering", "A<ref name=u/> B<ref>Two.</ref>", {"2:Two."}},
    {"empty ref skipped", "A<ref></ref> B<ref>One.</ref>", {"1:One."}},
    {"case-insensitive tags", "A<REF>Up.</REF> B<Ref Name=q>Q.</Ref>", {"1:Up.", "2:Q."}},
    {"references tag is not a ref", "<references/> A<ref>One.</ref>", {"1:One."}},
    {"template kept raw",
     "A<ref>{{cite news |url=https://n.example/a |title=T |work=[[The Paper|Paper]] "
     "|date=1 May 2020}}</ref>",
     {"1:{{cite news |url=https://n.example/a |title=T |work=[[The Paper|Paper]] |date=1 May "
      "2020}}"}},
    {"no refs: left to the segmenter", "Just text with [http://x.example a link].", {}},
};

}  // namespace

TEST_SUITE("readers_html_wiki") {
  TEST_CASE("wikitext refs") {
    for (const RefCase& c : k_cases) {
      CAPTURE(c.what);
      const Document doc = read_wiki(c.wikitext);
      CHECK(note_texts(doc) == c.notes);
      CHECK(doc.has_explicit_notes == !c.notes.empty());
    }
  }

  TEST_CASE("wikitext markers and elements") {
    const std::string text = "A<ref name=\"x\">X.</ref> B<ref>Y.</ref> C<ref name=\"x\" />";
    const Document doc = read_wiki(text);
    REQUIRE(doc.notes.size() == 2);
    CHECK(doc.notes[0].marker == text.find("<ref"));
    CHECK(doc.notes[1].marker == text.find("<ref>"));
    CHECK(doc.notes[0].element == "cite_note-x-1");
    CHECK(doc.notes[1].label == "2");
  }

  TEST_CASE("wikitext group labels") {
    const Document doc = read_wiki("A<ref group=lower-alpha>N.</ref>");
    REQUIRE(doc.notes.size() == 1);
    CHECK(doc.notes[0].label == "lower-alpha 1");
  }

  TEST_CASE("wikitext links: template url parameters and external links") {
    const std::string text =
        "A<ref>{{cite web|url=https://w.example/p?a=1|title=T|archive-url=//web.archive.org/web/1/"
        "x|access-date=2020}} and [http://e.example/q Label] and [[Wiki|link]]</ref>";
    const Document doc = read_wiki(text);
    REQUIRE(doc.links.size() == 3);
    CHECK(doc.links[0].url == "https://w.example/p?a=1");
    CHECK(text.substr(doc.links[0].begin, doc.links[0].end - doc.links[0].begin) ==
          "https://w.example/p?a=1");
    CHECK(doc.links[1].url == "https://web.archive.org/web/1/x");
    CHECK(doc.links[2].url == "http://e.example/q");
  }

  TEST_CASE("wikitext warnings name the file") {
    const Document doc = read_wiki("A<ref name=u/> B<ref>unterminated");
    REQUIRE(doc.warnings.size() == 2);
    CHECK(doc.warnings[0].find("page.wiki") == 0);
  }

  TEST_CASE("hostile wikitext stays linear") {
    std::string braces(2'000'000, '{');
    CHECK_NOTHROW(read_wiki("A<ref>" + braces + "</ref>"));
    std::string refs;
    for (int i = 0; i < 100000; ++i) {
      refs += "<ref></ref><ref name=a>x</ref><ref name=a>y</ref>";
    }
    const Document doc = read_wiki(refs);
    CHECK(doc.notes.size() == 1);
    CHECK(doc.warnings.size() <= 12);
  }
}

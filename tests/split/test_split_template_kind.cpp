// The kind a wiki citation template states ({{cite news}}, {{citation|journal=...}}).
#include <doctest/doctest.h>

#include <citecheck/split.hpp>

#include "split/template_kind.hpp"

using citecheck::Citation;
using citecheck::Kind;
using citecheck::split::template_kind;

TEST_SUITE("split") {
  TEST_CASE("template kinds: cite templates, any spelling of the name") {
    CHECK(template_kind("{{cite web |url=https://a.org |title=A}}") == Kind::web);
    CHECK(template_kind("{{Cite news|url=https://a.org}}") == Kind::news);
    CHECK(template_kind("{{ cite_journal | doi=10.1/x}}") == Kind::journal_article);
    CHECK(template_kind("{{cite  report|title=R}}") == Kind::report);
    CHECK(template_kind("{{cite book\n|title=B}}") == Kind::book);
    CHECK(template_kind("{{Cite magazine|title=M}}") == Kind::news);
    CHECK(template_kind("{{cite encyclopedia|title=E}}") == Kind::book);
    CHECK(template_kind("{{cite interview|title=I}}") == Kind::interview);
    CHECK(template_kind("Author, ''Title'' {{ISBN|0-19-927438-X}} {{cite book|title=B}}") ==
          Kind::book);
    // Only books carry an ISBN: the identifier template says as much as {{cite book}}.
    CHECK(template_kind("Chapman, ''Key thinkers'', OUP, 2005, {{ISBN|0-19-927438-X}}") ==
          Kind::book);
  }

  TEST_CASE("template kinds: {{citation}} is told by its parameters") {
    CHECK(template_kind("{{citation|journal=Yale French Studies|title=T}}") ==
          Kind::journal_article);
    CHECK(template_kind("{{Citation | newspaper = The Guardian|url=https://g.co}}") == Kind::news);
    CHECK(template_kind("{{citation|url=http://id.loc.gov/x.html|title=LC}}") == Kind::web);
    CHECK(template_kind("{{citation|title=B|publisher=Routledge|isbn=0-415}}") == Kind::book);
    CHECK(template_kind("{{citation|title=Nothing telling|journal=}}") == std::nullopt);
  }

  TEST_CASE("template kinds: no template, unknown templates, broken wikitext") {
    CHECK(template_kind("Riding, Alan, ''Correcting Her Idea'', 2001") == std::nullopt);
    CHECK(template_kind("{{cite av media|title=Film}}") == std::nullopt);
    CHECK(template_kind("{{") == std::nullopt);
    CHECK(template_kind("{{citation|journal") == std::nullopt);
    CHECK(template_kind("{{citation|journal=X") == Kind::journal_article);
    CHECK(template_kind(std::string(100000, '{')) == std::nullopt);
  }

  TEST_CASE("template kinds decide the generic kind; an ISBN makes a book") {
    Citation citation;
    citation.raw = "{{cite news|url=https://www.theguardian.com/x|title=The ideas interview}}";
    citation.urls = {"https://www.theguardian.com/x"};
    fill_generic_kind(citation);
    CHECK(citation.kind == Kind::news);
    Citation book;
    book.raw = "Humm, Maggie, ''Feminism and Film''. Indiana UP, 1997. {{ISBN|0-253-33334-2}}";
    fill_generic_kind(book);
    CHECK(book.kind == Kind::book);
  }

  TEST_CASE("a stated kind wins over a plugin's claim; ibid stays ibid") {
    Citation claimed;
    claimed.raw = "{{cite book|title=Julia Kristeva|url=https://books.google.com/x}}";
    claimed.kind = Kind::web;
    claimed.plugin = "news";
    CHECK(citecheck::apply_citation_markup(claimed));
    CHECK(claimed.kind == Kind::book);
    CHECK(claimed.plugin == "news");
    Citation plain;
    plain.raw = "Reuters, 'Mali talks', 2015, http://www.reuters.com/x";
    plain.kind = Kind::news;
    CHECK_FALSE(citecheck::apply_citation_markup(plain));
    CHECK(plain.kind == Kind::news);
  }
}

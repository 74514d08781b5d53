#include <doctest/doctest.h>

#include <string>

#include <citecheck/segment.hpp>

TEST_SUITE("segment") {
  TEST_CASE("explicit notes are mapped, not guessed") {
    citecheck::Document doc;
    doc.format = citecheck::Format::markdown;
    doc.text = "Body text[^a] here.\n\n[^a]:   First line  \n   second line\n";
    doc.has_explicit_notes = true;
    citecheck::ExplicitNote note;
    note.number = 1;
    note.label = "a";
    note.begin = doc.text.find("First");
    note.end = doc.text.size();
    note.marker = doc.text.find("[^a]");
    doc.notes.push_back(note);
    const auto result = citecheck::segment(doc);
    REQUIRE(result.footnotes.size() == 1);
    const auto& f = result.footnotes[0];
    CHECK(f.number == 1);
    CHECK(f.text == "First line\nsecond line");
    CHECK(f.span.line == 3);
    REQUIRE(f.marker.has_value());
    CHECK(f.marker->line == 1);
    CHECK(f.marker->glyph == "a");
    CHECK(f.marker->offset == 9);
  }

  TEST_CASE("explicit notes with a span past the text are clipped with a warning") {
    citecheck::Document doc;
    doc.text = "short";
    doc.has_explicit_notes = true;
    doc.notes.push_back({2, "2", 0, 999, std::nullopt, ""});
    const auto result = citecheck::segment(doc);
    REQUIRE(result.footnotes.size() == 1);
    CHECK(result.footnotes[0].text == "short");
    CHECK_FALSE(result.warnings.empty());
  }
}

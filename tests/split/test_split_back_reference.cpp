// Back references: forms, pinpoints, resolution to the original source.
#include <doctest/doctest.h>

#include <string>

#include "note_fixture.hpp"
#include "split/back_reference.hpp"

using namespace citecheck;
using namespace citecheck::split;
using namespace citecheck::test_split;

namespace {

struct BackCase {
  const char* raw;
  bool is_reference;
  const char* author;
  const char* pinpoint;
};

const BackCase k_cases[] = {
    {"Ibid.", true, "", ""},
    {"Ibid", true, "", ""},
    {"ibid.", true, "", ""},
    {"Ibid., p. 4.", true, "", "p. 4"},
    {"Ibid., p. 4", true, "", "p. 4"},
    {"Ibid., vol. 1974, No. 33757.", true, "", "vol. 1974, No. 33757"},
    {"Ibidem, 45-47.", true, "", "45-47"},
    {"Id. at 5.", true, "", "at 5"},
    {"Idem.", true, "", ""},
    {"See ibid., para. 12.", true, "", "para. 12"},
    {"Keegan, op. cit., p. 12.", true, "Keegan", "p. 12"},
    {"John Keegan, op. cit.", true, "John Keegan", ""},
    {"loc. cit.", true, "", ""},
    {"Keegan, 12.", false, "", ""},
    {"Identity and Violence (London: Allen Lane, 2006).", false, "", ""},
    {"Idaho Statutes, 2020.", false, "", ""},
    {"", false, "", ""},
};

}  // namespace

TEST_SUITE("split") {
  TEST_CASE("back reference forms") {
    for (const BackCase& c : k_cases) {
      const std::string shown = c.raw;
      CAPTURE(shown);
      const auto reference = parse_back_reference(c.raw);
      REQUIRE(reference.has_value() == c.is_reference);
      if (reference) {
        CHECK(reference->author == c.author);
        CHECK(reference->pinpoint == c.pinpoint);
      }
    }
  }

  TEST_CASE("Ibid. resolves to the original source through chains") {
    const auto notes = split_notes(
        "", {"Keegan, The Face of Battle (London: Cape, 1976).", "Ibid.", "Ibid., p. 4.",
             "Smith, “A title”, 2001.", "Keegan, op. cit., p. 12.", "Ibid."});
    REQUIRE(notes.size() == 6);
    CHECK(notes[1].citations.at(0).kind == Kind::ibid);
    CHECK(notes[1].citations[0].ibid_of == 1);
    CHECK(notes[2].citations.at(0).ibid_of == 1);
    CHECK(notes[2].citations[0].pinpoint == "p. 4");
    CHECK(notes[4].citations.at(0).kind == Kind::ibid);
    CHECK(notes[4].citations[0].ibid_of == 1);
    CHECK(notes[5].citations.at(0).ibid_of == 1);
  }

  TEST_CASE("Ibid. after a note with two citations points at that note; ibid in the same note") {
    const auto notes = split_notes("", {"See https://a.example.org/x; and https://b.example.org/y.",
                                        "Ibid.", "“A report”, 2019; ibid., p. 3."});
    CHECK(notes.at(1).citations.at(0).ibid_of == 1);
    REQUIRE(notes.at(2).citations.size() == 2);
    CHECK(notes[2].citations[1].kind == Kind::ibid);
    CHECK(notes[2].citations[1].ibid_of == 3);
  }

  TEST_CASE("Ibid. with nothing before it stays unresolved") {
    const auto notes = split_notes("", {"Ibid."});
    CHECK(notes.at(0).citations.at(0).kind == Kind::ibid);
    CHECK(!notes[0].citations[0].ibid_of.has_value());
    CHECK(notes[0].citations[0].confidence < 0.5);
  }

  TEST_CASE("short forms are not Ibid.") {
    const auto notes =
        split_notes("", {"John Keegan, The Face of Battle (London: Cape, 1976).", "Keegan, 12."});
    CHECK(notes.at(1).citations.at(0).kind != Kind::ibid);
    CHECK(!notes[1].citations[0].ibid_of.has_value());
  }
}

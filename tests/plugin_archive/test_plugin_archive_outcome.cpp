#include <doctest/doctest.h>

#include "outcome.hpp"

namespace archive = citecheck::plugins::archive;

TEST_SUITE("plugin_archive") {
  TEST_CASE("outcomes survive the store; damaged values are refused") {
    archive::Outcome outcome;
    outcome.status = "resolved";
    outcome.original_url = "http://a.b/";
    outcome.snapshot_url = "https://web.archive.org/web/20190101000000/http://a.b/";
    outcome.snapshot_time = archive::parse_wayback_timestamp("20190101000000");
    outcome.snapshot_status = 200;
    outcome.source = "cdx";
    archive::add_note(outcome, "20190102000000: archived as HTTP 404 (cdx)");
    const auto back = archive::outcome_from_json(archive::to_json(outcome).dump());
    REQUIRE(back);
    CHECK(back->status == "resolved");
    CHECK(back->snapshot_url == outcome.snapshot_url);
    CHECK(back->snapshot_time == outcome.snapshot_time);
    CHECK(back->snapshot_status == 200);
    CHECK(back->source == "cdx");
    CHECK(back->notes == outcome.notes);

    const char* damaged[] = {
        "",
        "{",
        "[]",
        R"({"format":1})",
        R"({"format":2,"status":"resolved"})",
        R"({"format":1,"status":"unresolved"})",
        R"({"format":1,"status":"resolved","snapshot_url":""})",
        R"({"format":1,"status":"resolved","snapshot_url":"x","snapshot_time":"junk"})",
        R"({"format":1,"status":"not_found","reason":7})",
    };
    for (const char* text : damaged) {
      CAPTURE(text);
      CHECK_FALSE(archive::outcome_from_json(text));
    }
  }

  TEST_CASE("each answer has its own max age; failures are not kept") {
    archive::Outcome outcome;
    outcome.status = "resolved";
    CHECK(archive::max_age(outcome) == std::chrono::hours(24 * 30));
    outcome.status = "not_found";
    CHECK(archive::max_age(outcome) == std::chrono::hours(24 * 7));
    outcome.status = "unresolved";
    CHECK(archive::max_age(outcome).count() == 0);
  }

  TEST_CASE("notes are bounded") {
    archive::Outcome outcome;
    for (int i = 0; i < 100; ++i) {
      archive::add_note(outcome, "note");
    }
    CHECK(outcome.notes.size() == 12);
  }
}

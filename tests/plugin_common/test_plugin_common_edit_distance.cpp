#include <doctest/doctest.h>

#include "common/edit_distance.hpp"

using citecheck::plugins::common::edit_distance;

TEST_SUITE("plugin_common") {
  TEST_CASE("edit_distance: insertions, deletions and substitutions") {
    CHECK(edit_distance("", "") == 0);
    CHECK(edit_distance("", "abc") == 3);
    CHECK(edit_distance("abc", "") == 3);
    CHECK(edit_distance("boas", "bpas") == 1);  // an OCR slip
    CHECK(edit_distance("kitten", "sitting") == 3);
    CHECK(edit_distance("mali", "mail") == 2);
  }
}

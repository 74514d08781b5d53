#include <doctest/doctest.h>

#include "text/entities.hpp"

using namespace citecheck::text;

TEST_SUITE("text") {
  TEST_CASE("entities") {
    struct Case {
      std::string_view in;
      std::string_view out;
    };
    const Case cases[] = {
        {"a&amp;b", "a&b"},
        {"?id=1&amp;lang=en", "?id=1&lang=en"},
        {"&#47;&#x2F;", "//"},
        {"&lt;x&gt;", "<x>"},
        {"&unknown; &", "&unknown; &"},
        {"&#0;", "\xEF\xBF\xBD"},
        {"no entities", "no entities"},
    };
    for (const auto& c : cases) {
      CAPTURE(c.in);
      CHECK(decode_entities(c.in) == c.out);
    }
    CHECK(decode_entity("&quot;") == "\"");
    CHECK_FALSE(decode_entity("&amp").has_value());
  }
}

// The streamed JSON writer against nlohmann's own dump(2) of the same tree.
#include <doctest/doctest.h>

#include <sstream>

#include "report/json_stream.hpp"

using citecheck::cli::JsonStream;

namespace {

// Streams `tree`: containers by hand down to `depth`, their items as whole values below.
void stream(JsonStream& out, const nlohmann::json& tree, int depth) {
  if (depth == 0 || !tree.is_structured()) {
    out.value(tree);
    return;
  }
  if (tree.is_object()) {
    out.begin_object();
    for (const auto& [key, item] : tree.items()) {
      out.key(key);
      stream(out, item, depth - 1);
    }
    out.end_object();
    return;
  }
  out.begin_array();
  for (const auto& item : tree)
    stream(out, item, depth - 1);
  out.end_array();
}

}  // namespace

TEST_SUITE("cli") {
  TEST_CASE("JsonStream writes what dump(2) writes, at every split depth") {
    const nlohmann::json trees[] = {
        nlohmann::json::object(),
        nlohmann::json::array(),
        {{"documents", nlohmann::json::array()}, {"summary", {{"n", 0}}}},
        {{"a", {1, 2, {{"b", "line\nbreak \"quoted\""}}}},
         {"c", nlohmann::json::object()},
         {"d", {nlohmann::json::array(), nlohmann::json::object(), nullptr, 1.5, true}},
         {"e", "\xC3\xA9t\xC3\xA9"}},
    };
    for (const auto& tree : trees) {
      for (int depth = 0; depth <= 4; ++depth) {
        CAPTURE(tree.dump());
        CAPTURE(depth);
        std::ostringstream out;
        JsonStream json(out);
        stream(json, tree, depth);
        CHECK(out.str() == tree.dump(2) + "\n");
      }
    }
  }
}

// The streamed JSON writer against nlohmann's own dump(2) of the same tree.
#include <doctest/doctest.h>

#include <sstream>

#include "report/json_stream.hpp"

using citecheck::cli::JsonStream;

namespace {

// A leaf through the writer's own typed overloads, not as an nlohmann value.
void leaf(JsonStream& out, const nlohmann::json& item) {
  if (item.is_string()) {
    out.value(item.get<std::string>());
  } else if (item.is_boolean()) {
    out.value(item.get<bool>());
  } else if (item.is_number_integer()) {
    out.value(item.get<std::int64_t>());
  } else if (item.is_number_float()) {
    out.value(item.get<double>());
  } else if (item.is_null()) {
    out.null();
  } else {
    out.value(item);
  }
}

// Streams `tree`: containers by hand down to `depth`, their items as whole values below.
void stream(JsonStream& out, const nlohmann::json& tree, int depth) {
  if (!tree.is_structured()) {
    leaf(out, tree);
    return;
  }
  if (depth == 0) {
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
        {{"a", {1, 2, {{"b", "line\nbreak \"quoted\" back\\slash \t\x01\x1f\x7f"}}}},
         {"c", nlohmann::json::object()},
         {"d",
          {nlohmann::json::array(), nlohmann::json::object(), nullptr, 1.5, true, -7, 2.0,
           0.024901807, 1e-05, 12345678901234.5, 1e300}},
         {"e", "\xC3\xA9t\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80"}},
    };
    for (const auto& tree : trees) {
      for (int depth = 0; depth <= 4; ++depth) {
        CAPTURE(tree.dump());
        CAPTURE(depth);
        std::ostringstream pretty;
        {
          JsonStream json(pretty);
          stream(json, tree, depth);
          json.end_document();
        }
        CHECK(pretty.str() == tree.dump(2) + "\n");
        std::ostringstream compact;
        {
          JsonStream json(compact, JsonStream::Layout::compact);
          stream(json, tree, depth);
          json.end_document();
        }
        CHECK(compact.str() == tree.dump() + "\n");
      }
    }
  }

  TEST_CASE("JsonStream turns bytes that are not UTF-8 into U+FFFD instead of failing") {
    const std::string replacement = "\xEF\xBF\xBD";
    const std::pair<std::string, std::string> cases[] = {
        {"caf\xE9", "caf" + replacement},                           // Latin-1 byte
        {"\xC3", replacement},                                      // cut short at the end
        {"\xC0\xAF", replacement + replacement},                    // overlong '/'
        {"\xED\xA0\x80", replacement + replacement + replacement},  // a surrogate
        {"\xF4\x90\x80\x80x", replacement + replacement + replacement + replacement + "x"},
        {"ok \xE2\x82\xAC", "ok \xE2\x82\xAC"},
    };
    for (const auto& [in, expected] : cases) {
      CAPTURE(in);
      std::string out;
      citecheck::cli::append_json_string(out, in);
      CHECK(out == "\"" + expected + "\"");
      CHECK(nlohmann::json::parse(out).get<std::string>() == expected);
    }
  }
}

#include <doctest/doctest.h>

#include <fstream>

#include <citecheck/errors.hpp>
#include <citecheck/eval.hpp>

using namespace citecheck;
using namespace citecheck::eval;
using nlohmann::json;

TEST_SUITE("eval") {
  TEST_CASE("gold_from_json reads the scored fields") {
    const json gold = json::parse(R"({
      "document": "d.txt", "format": "text",
      "footnotes": [
        {"number": 1, "text": "A. http://a.org", "citations": [
          {"kind": "web", "urls": ["http://a.org"], "dois": [], "un_symbols": [], "ibid_of": null}]},
        {"number": 2, "text": "Ibid.", "citations": [{"kind": "ibid", "ibid_of": 1}]},
        {"number": 3, "text": "Just a remark.", "citations": []}
      ]})");
    const GoldDocument doc = gold_from_json(gold, "g.json");
    CHECK(doc.document == "d.txt");
    CHECK(doc.format == Format::text);
    REQUIRE(doc.footnotes.size() == 3);
    CHECK(doc.footnotes[0].citations[0].urls == std::vector<std::string>{"http://a.org"});
    CHECK_FALSE(doc.footnotes[0].citations[0].ibid_of);
    CHECK(doc.footnotes[1].citations[0].kind == Kind::ibid);
    CHECK(doc.footnotes[1].citations[0].ibid_of == 1);
    CHECK(doc.footnotes[2].citations.empty());
  }

  TEST_CASE("gold_from_json names the file and the problem") {
    struct Case {
      const char* json_text;
      const char* message_part;
    };
    const Case cases[] = {
        {R"([])", "not a JSON object"},
        {R"({"format": "text", "footnotes": []})", "\"document\""},
        {R"({"document": "d", "format": "pdfx", "footnotes": []})", "unknown format"},
        {R"({"document": "d", "format": "text"})", "\"footnotes\""},
        {R"({"document": "d", "format": "text", "footnotes": [{"text": "x"}]})", "\"number\""},
        {R"({"document": "d", "format": "text", "footnotes": [{"number": 1, "citations":
            [{"kind": "blog"}]}]})",
         "unknown kind"},
        {R"({"document": "d", "format": "text", "footnotes": [{"number": 1, "citations":
            [{"kind": "web", "urls": "http://a"}]}]})",
         "not a list"},
    };
    for (const auto& c : cases) {
      CAPTURE(c.json_text);
      try {
        gold_from_json(json::parse(c.json_text), "bad.gold.json");
        FAIL("no error");
      } catch (const InputError& error) {
        const std::string message = error.what();
        CHECK(message.find("bad.gold.json") != std::string::npos);
        CHECK(message.find(c.message_part) != std::string::npos);
      }
    }
  }

  TEST_CASE("every gold file of the corpus reads") {
    for (const auto& entry : std::filesystem::directory_iterator(CITECHECK_CORPUS_DIR)) {
      const std::string name = entry.path().filename().string();
      if (!name.ends_with(".gold.json")) {
        continue;
      }
      CAPTURE(name);
      std::ifstream in(entry.path());
      const GoldDocument gold = gold_from_json(json::parse(in), name);
      CHECK_FALSE(gold.footnotes.empty());
      CHECK(std::filesystem::exists(entry.path().parent_path() / gold.document));
    }
  }
}

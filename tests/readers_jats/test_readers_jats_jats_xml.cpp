#include <doctest/doctest.h>

#include <chrono>
#include <string>

#include <citecheck/errors.hpp>
#include <citecheck/readers.hpp>

#include "readers/jats_xml.hpp"
#include "readers/temp_dir.hpp"

using namespace citecheck;

TEST_SUITE("readers_jats") {
  TEST_CASE("malformed XML: InputError naming the file, line and column") {
    struct Case {
      const char* xml;
      const char* where;
    };
    const Case cases[] = {
        {"<article>\n<body>\n<p>open</body>\n</article>", "line 3"},
        {"<article>\n\n\n<p a=\"1>x</p></article>", "line 4"},
        {"<article><body></article>", "line 1"},
        {"<article>\n<!-- unterminated", "line 2"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.xml);
      try {
        (void)read_document_bytes("broken.xml", c.xml, Format::jats);
        FAIL("no error");
      } catch (const InputError& e) {
        const std::string message = e.what();
        CHECK(e.path() == "broken.xml");
        CHECK(message.find("broken.xml") == 0);
        CHECK(message.find("malformed XML") != std::string::npos);
        CHECK(message.find(c.where) != std::string::npos);
      }
    }
  }

  TEST_CASE("offsets to line and column") {
    CHECK(readers::jats::line_column("ab\ncd", 0).line == 1);
    CHECK(readers::jats::line_column("ab\ncd", 4).line == 2);
    CHECK(readers::jats::line_column("ab\ncd", 4).column == 2);
    CHECK(readers::jats::line_column("ab", 99).column == 3);
  }

  TEST_CASE("billion laughs: entities are not expanded, time and size stay bounded") {
    std::string xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE article [\n<!ENTITY lol \"lol\">\n";
    for (int i = 1; i <= 9; ++i) {
      xml += "<!ENTITY lol" + std::to_string(i) + " \"";
      for (int j = 0; j < 10; ++j) {
        xml += "&lol" + (i == 1 ? std::string() : std::to_string(i - 1)) + ";";
      }
      xml += "\">\n";
    }
    xml += "]>\n<article><body><p>&lol9;</p></body></article>\n";
    const auto start = std::chrono::steady_clock::now();
    const Document doc = read_document_bytes("laughs.xml", xml, Format::jats);
    const auto elapsed = std::chrono::steady_clock::now() - start;
    CHECK(elapsed < std::chrono::seconds(2));
    CHECK(doc.text.size() < xml.size());
    CHECK(doc.text.find("&lol9;") != std::string::npos);
    CHECK(doc.text.find("lollol") == std::string::npos);
  }

  TEST_CASE("external entities are never fetched: no file outside is read") {
    const testing::TempDir dir;
    const std::string secret = dir.write("secret.txt", "TOP-SECRET-MARKER");
    for (const std::string& system_id : {"file://" + secret, secret}) {
      const std::string xml =
          "<?xml version=\"1.0\"?>\n<!DOCTYPE article [\n<!ENTITY ext SYSTEM \"" + system_id +
          "\">\n]>\n<article><body><p>x &ext; y</p></body></article>";
      CAPTURE(xml);
      const Document doc = read_document_bytes("ext.xml", xml, Format::jats);
      CHECK(doc.text.find("TOP-SECRET-MARKER") == std::string::npos);
      CHECK(doc.text.find("x &ext; y") != std::string::npos);
    }
    // A DOCTYPE with an external DTD (every real JATS file has one) is not fetched either.
    const std::string xml =
        "<!DOCTYPE article SYSTEM \"" + secret + "\">\n<article><body><p>ok</p></body></article>";
    const Document doc = read_document_bytes(dir.write("a.xml", xml), xml);
    CHECK(doc.format == Format::jats);
    CHECK(doc.text.find("TOP-SECRET-MARKER") == std::string::npos);
  }
}

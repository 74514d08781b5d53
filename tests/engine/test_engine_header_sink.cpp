#include <doctest/doctest.h>

#include <string>

#include "engine/header_sink.hpp"

using citecheck::engine::HeaderSink;

TEST_SUITE("engine") {
  TEST_CASE("HeaderSink keeps the last response's headers only") {
    HeaderSink sink;
    for (const char* line :
         {"HTTP/1.1 100 Continue\r\n", "X-Early: 1\r\n", "\r\n", "HTTP/1.1 200 OK\r\n",
          "Content-Type:  text/html \r\n", "X-Folded: first\r\n", "  second\r\n",
          "Broken line without colon\r\n", "\r\n"}) {
      sink.line(line);
    }
    const auto headers = sink.take();
    REQUIRE(headers.size() == 2);
    CHECK(headers[0] == citecheck::Header{"Content-Type", "text/html"});
    CHECK(headers[1] == citecheck::Header{"X-Folded", "first second"});
  }

  TEST_CASE("HeaderSink is bounded") {
    HeaderSink sink;
    sink.line("HTTP/1.1 200 OK\r\n");
    for (int i = 0; i < 10000; ++i) {
      sink.line("X-Flood-" + std::to_string(i) + ": " + std::string(100, 'v') + "\r\n");
    }
    CHECK(sink.headers().size() <= HeaderSink::k_max_headers);
    CHECK(sink.headers().size() > 100);
  }
}

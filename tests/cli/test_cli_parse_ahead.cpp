// ParseAhead: documents come back in the order given, refused ones with their sentence, the
// parsing thread never runs more than its budget ahead, and stopping half-way does not hang.
#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <thread>

#include <citecheck/errors.hpp>

#include "commands/parse_ahead.hpp"

using citecheck::InputError;
using citecheck::ParsedDocument;
using citecheck::cli::ParseAhead;
using namespace std::chrono_literals;

namespace {

// A document of `n` citations, one link each.
ParsedDocument document_of(const std::string& path, std::size_t n) {
  ParsedDocument parsed;
  parsed.path = path;
  citecheck::Footnote footnote;
  footnote.citations.resize(n);
  for (auto& citation : footnote.citations) {
    citation.urls = {"https://a.example/"};
  }
  parsed.footnotes.push_back(footnote);
  return parsed;
}

std::vector<std::string> paths(std::size_t n) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < n; ++i) {
    out.push_back("doc" + std::to_string(i));
  }
  return out;
}

}  // namespace

TEST_CASE("documents come back in the order given, refused ones with their sentence") {
  ParseAhead ahead(
      {"slow", "bad", "odd", "fast"},
      [](const std::string& path) -> ParsedDocument {
        if (path == "slow") {
          std::this_thread::sleep_for(20ms);
        }
        if (path == "bad") {
          throw InputError(path, "empty file");
        }
        if (path == "odd") {
          throw std::runtime_error("out of luck");
        }
        return document_of(path, 1);
      },
      4);
  std::vector<std::string> order;
  std::vector<std::string> errors;
  while (auto item = ahead.next()) {
    order.push_back(item->path);
    errors.push_back(item->error);
    CHECK(item->parsed.has_value() == item->error.empty());
    if (item->parsed) {
      CHECK(item->parsed->path == item->path);
    }
  }
  CHECK(order == std::vector<std::string>{"slow", "bad", "odd", "fast"});
  CHECK(errors[1] == "bad: empty file");
  CHECK(errors[2] == "odd: could not be parsed: out of luck");
  CHECK_FALSE(ahead.next().has_value());
}

TEST_CASE("the parsing thread stays within its budget of citations ahead") {
  for (const std::size_t citations : {1u, 3u}) {
    CAPTURE(citations);
    std::atomic<std::size_t> parsed{0};
    const std::size_t budget = 6;
    ParseAhead ahead(
        paths(40),
        [&](const std::string& path) {
          ++parsed;
          return document_of(path, citations);
        },
        budget);
    std::size_t taken = 0;
    std::size_t most_ahead = 0;
    while (auto item = ahead.next()) {
      ++taken;
      std::this_thread::sleep_for(1ms);  // the caller is slower: the thread runs ahead
      most_ahead = std::max(most_ahead, parsed.load() - taken);
    }
    CHECK(taken == 40);
    // Documents waiting hold fewer than `budget` units before one more is parsed.
    CHECK(most_ahead <= (budget + citations - 1) / citations + 1);
    CHECK(most_ahead >= 1);  // it did run ahead
  }
}

TEST_CASE("a run that stops half-way stops the parsing thread") {
  std::atomic<std::size_t> parsed{0};
  {
    ParseAhead ahead(
        paths(1000),
        [&](const std::string& path) {
          ++parsed;
          return document_of(path, 1);
        },
        2);
    REQUIRE(ahead.next().has_value());
  }  // destroyed with 999 left: must return, not parse them all
  CHECK(parsed.load() < 10);
}

TEST_CASE("one document is parsed when it is asked for, on the caller's thread") {
  const auto caller = std::this_thread::get_id();
  std::thread::id parsed_on;
  ParseAhead ahead(
      {"only"},
      [&](const std::string& path) {
        parsed_on = std::this_thread::get_id();
        return document_of(path, 1);
      },
      4);
  const auto item = ahead.next();
  REQUIRE(item.has_value());
  CHECK(item->path == "only");
  CHECK(parsed_on == caller);
  CHECK_FALSE(ahead.next().has_value());
}

TEST_CASE("no documents: nothing to take") {
  ParseAhead ahead(
      {}, [](const std::string& path) { return document_of(path, 1); }, 4);
  CHECK_FALSE(ahead.next().has_value());
}

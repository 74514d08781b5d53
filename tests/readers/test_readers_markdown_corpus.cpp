#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include <citecheck/readers.hpp>

#include "text/strings.hpp"

using namespace citecheck;

namespace {

// As the corpus README compares: whitespace folded, typographic quotes made straight.
std::string normalized(std::string_view s) {
  std::string out = text::fold_whitespace(s);
  for (const auto& [curly, straight] :
       {std::pair{"\xE2\x80\x98", "'"}, std::pair{"\xE2\x80\x99", "'"},
        std::pair{"\xE2\x80\x9C", "\""}, std::pair{"\xE2\x80\x9D", "\""}}) {
    for (std::size_t at; (at = out.find(curly)) != std::string::npos;) {
      out = out.substr(0, at) + straight + out.substr(at + 3);
    }
  }
  return out;
}

struct Score {
  std::size_t expected = 0;
  std::size_t found = 0;  // gold number present with a matching text start
  std::size_t exact = 0;  // whole text equal
  std::size_t extra = 0;  // notes gold does not have
  std::size_t with_marker = 0;
};

Score score(const std::string& name) {
  const std::string dir = CITECHECK_CORPUS_DIR;
  const Document doc = read_document(dir + "/" + name + ".md");
  CHECK(doc.format == Format::markdown);
  CHECK(doc.has_explicit_notes);
  std::ifstream in(dir + "/" + name + ".gold.json");
  const nlohmann::json gold = nlohmann::json::parse(in);

  std::map<int, std::string> ours;
  Score s;
  for (const ExplicitNote& note : doc.notes) {
    ours[note.number] =
        normalized(std::string_view(doc.text).substr(note.begin, note.end - note.begin));
    s.with_marker += note.marker ? 1 : 0;
  }
  std::map<int, bool> in_gold;
  for (const auto& footnote : gold["footnotes"]) {
    const int number = footnote["number"].get<int>();
    const std::string expected = normalized(footnote["text"].get<std::string>());
    in_gold[number] = true;
    ++s.expected;
    const auto it = ours.find(number);
    if (it == ours.end()) {
      MESSAGE(name << ": footnote " << number << " missing");
      continue;
    }
    const std::size_t head = std::min<std::size_t>(expected.size(), 40);
    if (it->second.compare(0, head, expected, 0, head) == 0) {
      ++s.found;
    } else {
      MESSAGE(name << ": footnote " << number << " starts differently:\n  got  " << it->second
                   << "\n  gold " << expected);
    }
    s.exact += it->second == expected ? 1 : 0;
  }
  for (const auto& [number, text] : ours) {
    s.extra += in_gold.count(number) ? 0 : 1;
  }
  MESSAGE(name << ": " << s.found << "/" << s.expected << " gold footnotes found (" << s.exact
               << " with identical text), " << s.extra << " extra, " << s.with_marker
               << " with an in-text marker; " << doc.links.size() << " links");
  return s;
}

}  // namespace

TEST_SUITE("readers") {
  TEST_CASE("corpus: Markdown [^n] footnotes (UN resolution A/RES/80/24)") {
    const Score s = score("md_un_A-RES-80-24_nuclear_disarmament");
    CHECK(s.expected == 20);
    CHECK(s.found * 100 >= s.expected * 95);
    CHECK(s.extra == 0);
    // Only [^4], [^17] and [^18] are referenced with footnote syntax in the body; the other
    // markers were flattened into plain digits ("Weapons,5") by the conversion.
    CHECK(s.with_marker == 3);
  }

  TEST_CASE("corpus: Markdown <sup> endnotes (Journal of Strategic Security)") {
    const Score s = score("md_cyber_uncertain_domain_endnotes");
    CHECK(s.expected == 50);
    CHECK(s.found * 100 >= s.expected * 95);
    CHECK(s.extra == 0);
  }
}

#pragma once
// Test helper: footnotes of a corpus document built from its gold, independent of the
// segmenter. Each gold footnote text is found in the document (whitespace, typographic
// quotes and line-break hyphens folded) and handed on as the segmenter would: the
// document's own lines, trimmed, joined by '\n', with the span they cover.

#include <cstddef>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include <citecheck/citation.hpp>
#include <citecheck/document.hpp>

namespace citecheck::test_split {

inline std::string read_corpus_file(const std::string& name) {
  std::ifstream in(std::string(CITECHECK_CORPUS_DIR) + "/" + name, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

inline Document corpus_document(const std::string& name) {
  Document document;
  document.path = name;
  document.format = Format::text;
  document.text = read_corpus_file(name);
  document.line_starts = index_lines(document.text);
  return document;
}

/// One comparable unit: a folded code point and where it starts in the source.
struct Unit {
  char32_t cp = 0;
  std::size_t offset = 0;
  bool line_break_hyphen = false;  ///< a '-' that ends its line
};

inline std::vector<Unit> units_of(const std::string& s) {
  std::vector<Unit> units;
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (i + len > s.size())
      len = 1;
    char32_t cp = c;
    if (len == 2)
      cp = ((c & 0x1F) << 6) | (s[i + 1] & 0x3F);
    if (len == 3)
      cp = ((c & 0x0F) << 12) | ((s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
    if (len == 4)
      cp = ((c & 0x07) << 18) | ((s[i + 1] & 0x3F) << 12) | ((s[i + 2] & 0x3F) << 6) |
           (s[i + 3] & 0x3F);
    if (cp == U'\u2018' || cp == U'\u2019' || cp == U'\u201C' || cp == U'\u201D' || cp == '"')
      cp = '\'';
    if (!(cp == ' ' || cp == '\n' || cp == '\t' || cp == '\r' || cp == '\f')) {
      Unit unit{cp, i, false};
      if (cp == '-') {
        std::size_t j = i + 1;
        while (j < s.size() && (s[j] == ' ' || s[j] == '\r' || s[j] == '\t'))
          ++j;
        unit.line_break_hyphen = j < s.size() && s[j] == '\n';
      }
      units.push_back(unit);
    }
    i += len;
  }
  return units;
}

/// [begin, end) of `gold` in the document from unit `from`, or false.
inline bool match_at(const std::vector<Unit>& doc, std::size_t start, const std::vector<Unit>& gold,
                     std::size_t& end_unit) {
  std::size_t i = 0;
  std::size_t j = start;
  while (i < gold.size()) {
    if (j >= doc.size())
      return false;
    if (doc[j].cp == gold[i].cp) {
      ++i;
      ++j;
    } else if (doc[j].line_break_hyphen) {
      ++j;
    } else {
      return false;
    }
  }
  end_unit = j;
  return true;
}

/// Footnotes built from the gold file; `missed` gets the numbers not found in the text.
inline std::vector<Footnote> gold_footnotes(const Document& document, const nlohmann::json& gold,
                                            std::vector<int>& missed) {
  std::vector<Footnote> notes;
  const std::vector<Unit> doc = units_of(document.text);
  std::size_t cursor = 0;
  for (const auto& g : gold["footnotes"]) {
    const std::vector<Unit> text = units_of(g["text"].get<std::string>());
    if (text.empty())
      continue;
    bool found = false;
    std::size_t begin_unit = 0;
    std::size_t end_unit = 0;
    for (int pass = 0; pass < 2 && !found; ++pass) {
      for (std::size_t s = pass == 0 ? cursor : 0; s < doc.size(); ++s) {
        if (doc[s].cp == text[0].cp && match_at(doc, s, text, end_unit)) {
          begin_unit = s;
          found = true;
          break;
        }
      }
    }
    if (!found) {
      missed.push_back(g["number"].get<int>());
      continue;
    }
    cursor = end_unit;
    const std::size_t begin = doc[begin_unit].offset;
    const std::size_t last = doc[end_unit - 1].offset;
    std::size_t end = last + 1;
    while (end < document.text.size() &&
           (static_cast<unsigned char>(document.text[end]) & 0xC0) == 0x80)
      ++end;
    Footnote note;
    note.number = g["number"].get<int>();
    note.span.begin = begin;
    note.span.end = end;
    note.span.line = document.line_of(begin);
    std::string lines;
    std::size_t pos = begin;
    while (pos < end) {
      std::size_t nl = document.text.find('\n', pos);
      if (nl == std::string::npos || nl > end)
        nl = end;
      std::string line = document.text.substr(pos, nl - pos);
      const auto first = line.find_first_not_of(" \t\r");
      const auto final = line.find_last_not_of(" \t\r");
      if (first != std::string::npos) {
        if (!lines.empty())
          lines.push_back('\n');
        lines += line.substr(first, final - first + 1);
      }
      pos = nl + 1;
    }
    note.text = lines;
    notes.push_back(std::move(note));
  }
  return notes;
}

inline std::string without_fragment(const std::string& url) {
  const std::size_t hash = url.find('#');
  return hash == std::string::npos ? url : url.substr(0, hash);
}

}  // namespace citecheck::test_split

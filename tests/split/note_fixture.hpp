#pragma once
// Test helper: a document made of some context text plus footnotes, each footnote's text
// and span set as the segmenter hands them on.

#include <string>
#include <vector>

#include <citecheck/document.hpp>
#include <citecheck/split.hpp>

namespace citecheck::test_split {

/// `context` is body text (evidence); `notes` are note texts with '\n' line breaks,
/// numbered from `first`.
inline std::vector<Footnote> split_notes(const std::string& context,
                                         const std::vector<std::string>& notes, int first = 1,
                                         Document* out = nullptr) {
  Document document;
  document.path = "test.txt";
  document.text = context + "\n\n";
  std::vector<Footnote> footnotes;
  int number = first;
  for (const std::string& text : notes) {
    Footnote note;
    note.number = number++;
    note.span.begin = document.text.size();
    document.text += text;
    note.span.end = document.text.size();
    document.text += "\n\n";
    note.text = text;
    footnotes.push_back(note);
  }
  document.line_starts = index_lines(document.text);
  std::vector<Footnote> result = split_citations(std::move(footnotes), document);
  if (out != nullptr)
    *out = document;
  return result;
}

inline Footnote split_note(const std::string& context, const std::string& text) {
  return split_notes(context, {text}).at(0);
}

inline bool has_repair(const Citation& citation, const std::string& step) {
  for (const Repair& r : citation.repairs) {
    if (r.step == step)
      return true;
  }
  return false;
}

}  // namespace citecheck::test_split

#include <algorithm>
#include <unordered_map>

#include "readers/markdown_notes.hpp"
#include "text/strings.hpp"

namespace citecheck::readers::markdown {
namespace {

// Enough to show the problem without flooding the report.
constexpr std::size_t k_max_listed = 10;

struct Reference {
  std::string_view label;
  std::size_t offset;
};

bool escaped(std::string_view text, std::size_t at) {
  std::size_t slashes = 0;
  while (at > slashes && text[at - slashes - 1] == '\\') {
    ++slashes;
  }
  return slashes % 2 == 1;
}

// `[^label]` in the body. Definitions are skipped whole: Pandoc does not read references
// inside notes, and a definition's own "[^label]:" is no reference.
std::vector<Reference> find_references(std::string_view text, const BlockMap& blocks,
                                       RangeSet& excluded) {
  std::vector<Reference> refs;
  std::size_t def = 0;
  std::size_t at = 0;
  while ((at = text.find("[^", at)) != std::string_view::npos) {
    while (def < blocks.definitions.size() &&
           blocks.lines[blocks.definitions[def].last_line].end <= at) {
      ++def;
    }
    if (def < blocks.definitions.size() && blocks.definitions[def].start <= at) {
      at = blocks.lines[blocks.definitions[def].last_line].end;
      continue;
    }
    const std::size_t start = at;
    at += 2;
    if (escaped(text, start) || excluded.contains(start)) {
      continue;
    }
    if (const auto label = parse_note_label(text.substr(start))) {
      refs.push_back({label->label, start});
      at = start + label->length;
    }
  }
  return refs;
}

// Pandoc inline notes, "^[note text]": one pass with a stack of open brackets, reset at
// blank lines (a note does not cross paragraphs); notes inside notes are not notes.
struct InlineNote {
  std::size_t marker;
  std::size_t begin;
  std::size_t end;
};

std::vector<InlineNote> find_inline_notes(std::string_view text, const BlockMap& blocks,
                                          RangeSet& excluded) {
  std::vector<InlineNote> notes;
  if (text.find("^[") == std::string_view::npos) {
    return notes;
  }
  struct Open {
    std::size_t at;
    bool note;
  };
  std::vector<Open> stack;
  std::size_t open_notes = 0;
  std::size_t def = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n' && i + 1 < text.size() && text[i + 1] == '\n') {
      stack.clear();
      open_notes = 0;
      continue;
    }
    if (c != '[' && c != ']') {
      continue;
    }
    while (def < blocks.definitions.size() &&
           blocks.lines[blocks.definitions[def].last_line].end <= i) {
      ++def;
    }
    if (def < blocks.definitions.size() && blocks.definitions[def].start <= i) {
      i = blocks.lines[blocks.definitions[def].last_line].end;
      stack.clear();
      open_notes = 0;
      continue;
    }
    if (escaped(text, i) || excluded.contains(i)) {
      continue;
    }
    if (c == '[') {
      const bool note = i > 0 && text[i - 1] == '^' && !escaped(text, i - 1);
      stack.push_back({i, note});
      open_notes += note ? 1 : 0;
    } else if (!stack.empty()) {
      const Open open = stack.back();
      stack.pop_back();
      open_notes -= open.note ? 1 : 0;
      if (open.note && open_notes == 0 && i > open.at + 1) {
        notes.push_back({open.at - 1, open.at + 1, i});
      }
    }
  }
  std::sort(notes.begin(), notes.end(),
            [](const InlineNote& a, const InlineNote& b) { return a.marker < b.marker; });
  return notes;
}

std::string list_labels(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size() && i < k_max_listed; ++i) {
    out += (i ? ", " : "") + items[i];
  }
  if (items.size() > k_max_listed) {
    out += ", ... (" + std::to_string(items.size()) + " in all)";
  }
  return out;
}

}  // namespace

NoteScan footnote_notes(const Document& doc, const BlockMap& blocks, RangeSet& excluded) {
  NoteScan scan;
  const std::string_view text = doc.text;

  // The first definition of a label counts (CommonMark, Pandoc).
  std::unordered_map<std::string_view, const NoteDefinition*> defined;
  defined.reserve(blocks.definitions.size());
  std::vector<const NoteDefinition*> used;
  std::vector<std::string> duplicates;
  std::vector<std::string> empty;
  for (const NoteDefinition& def : blocks.definitions) {
    if (excluded.contains(def.start)) {
      continue;
    }
    if (!defined.emplace(def.label, &def).second) {
      duplicates.push_back("[^" + def.label + "] (line " + std::to_string(doc.line_of(def.start)) +
                           ")");
      continue;
    }
    if (def.text_begin == def.text_end) {
      empty.push_back("[^" + def.label + "] (line " + std::to_string(doc.line_of(def.start)) + ")");
      continue;
    }
    used.push_back(&def);
  }

  std::unordered_map<std::string_view, std::size_t> first_reference;
  first_reference.reserve(blocks.definitions.size());
  std::vector<std::string> undefined;
  const std::vector<Reference> refs = find_references(text, blocks, excluded);
  const std::vector<InlineNote> inline_notes = find_inline_notes(text, blocks, excluded);

  // Numeric labels are the numbers the author printed; otherwise (or with inline notes,
  // which have no label) number as Pandoc renders: by first reference, then unreferenced
  // notes in the order they are defined.
  const bool numeric =
      inline_notes.empty() && std::all_of(used.begin(), used.end(), [](const NoteDefinition* d) {
        return text::parse_small_int(d->label).has_value();
      });
  std::unordered_map<std::string_view, int> rendered;
  rendered.reserve(used.size());
  std::vector<int> inline_numbers;
  int next = 1;
  std::size_t k = 0;
  for (const Reference& ref : refs) {
    while (k < inline_notes.size() && inline_notes[k].marker < ref.offset) {
      inline_numbers.push_back(next++);
      ++k;
    }
    if (!defined.contains(ref.label)) {
      undefined.push_back("[^" + std::string(ref.label) + "] (line " +
                          std::to_string(doc.line_of(ref.offset)) + ")");
      continue;
    }
    if (first_reference.emplace(ref.label, ref.offset).second) {
      rendered.emplace(ref.label, next++);
    }
  }
  for (; k < inline_notes.size(); ++k) {
    inline_numbers.push_back(next++);
  }
  for (const NoteDefinition* def : used) {
    if (rendered.emplace(def->label, next).second) {
      ++next;
    }
  }

  for (const NoteDefinition* def : used) {
    ExplicitNote note;
    note.number = numeric ? *text::parse_small_int(def->label) : rendered.at(def->label);
    note.label = def->label;
    note.begin = def->text_begin;
    note.end = def->text_end;
    if (auto it = first_reference.find(def->label); it != first_reference.end()) {
      note.marker = it->second;
    }
    scan.notes.push_back(std::move(note));
  }
  for (std::size_t n = 0; n < inline_notes.size(); ++n) {
    ExplicitNote note;
    note.number = inline_numbers[n];
    note.label = std::to_string(note.number);
    note.begin = inline_notes[n].begin;
    note.end = inline_notes[n].end;
    note.marker = inline_notes[n].marker;
    scan.notes.push_back(std::move(note));
  }
  std::stable_sort(
      scan.notes.begin(), scan.notes.end(),
      [](const ExplicitNote& a, const ExplicitNote& b) { return a.number < b.number; });

  if (!undefined.empty()) {
    scan.warnings.push_back(
        doc.path + ": footnote references without a definition: " + list_labels(undefined));
  }
  if (!duplicates.empty()) {
    scan.warnings.push_back(
        doc.path +
        ": footnotes defined twice (the first definition is used): " + list_labels(duplicates));
  }
  if (!empty.empty()) {
    scan.warnings.push_back(doc.path +
                            ": empty footnote definitions skipped: " + list_labels(empty));
  }
  return scan;
}

}  // namespace citecheck::readers::markdown

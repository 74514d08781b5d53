#include "readers/html_notes.hpp"

#include <algorithm>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "text/strings.hpp"

namespace citecheck::readers::html {
namespace {

const GumboNode* parent_element(const GumboNode* node) {
  const GumboNode* parent = node->parent;
  return parent != nullptr && parent->type == GUMBO_NODE_ELEMENT ? parent : nullptr;
}

bool is_tag(const GumboNode* node, GumboTag tag) {
  return node != nullptr && node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == tag;
}

// Every element of the tree, in document order, without recursion.
std::vector<const GumboNode*> all_elements(const GumboNode* root) {
  std::vector<const GumboNode*> out;
  std::vector<const GumboNode*> stack;
  const GumboVector& top = root->v.document.children;
  for (unsigned i = top.length; i-- > 0;) {
    stack.push_back(static_cast<const GumboNode*>(top.data[i]));
  }
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    if (node->type != GUMBO_NODE_ELEMENT) {
      continue;
    }
    out.push_back(node);
    const GumboVector& children = node->v.element.children;
    for (unsigned i = children.length; i-- > 0;) {
      stack.push_back(static_cast<const GumboNode*>(children.data[i]));
    }
  }
  return out;
}

// A class or id naming a list of notes ("footnotes", "endnotes-wrapper", "references").
bool notes_name(std::string_view name) {
  const std::string lower = text::to_lower(name);
  for (const std::string_view stem : {"footnotes", "endnotes", "easy-footnotes"}) {
    if (lower.rfind(stem, 0) == 0) {
      return true;
    }
  }
  return lower == "references" || lower == "reflist" || lower == "notes" ||
         lower == "footnote-list" || lower == "fn-list";
}

bool notes_container(const GumboNode* node) {
  const std::string_view role = attribute(node, "role");
  if (text::iequals(role, "doc-endnotes") || text::iequals(role, "doc-footnotes")) {
    return true;
  }
  if (notes_name(attribute(node, "id"))) {
    return true;
  }
  const std::vector<std::string> tokens = class_tokens(node);
  return std::any_of(tokens.begin(), tokens.end(),
                     [](const std::string& t) { return notes_name(t); });
}

bool note_role(const GumboNode* node) {
  const std::string_view role = attribute(node, "role");
  return text::iequals(role, "doc-endnote") || text::iequals(role, "doc-footnote");
}

// What a reference link looks like: in a <sup>, marked as a note reference, or printed as
// a bare number ("3", "[3]", "[a]").
bool reference_like(const Anchor& anchor, std::string_view text) {
  for (const GumboNode* up = anchor.node; up != nullptr; up = parent_element(up)) {
    if (is_tag(up, GUMBO_TAG_SUP)) {
      return true;
    }
    if (is_tag(up, GUMBO_TAG_P) || is_tag(up, GUMBO_TAG_LI) || is_tag(up, GUMBO_TAG_DIV)) {
      break;
    }
  }
  if (text::iequals(attribute(anchor.node, "role"), "doc-noteref")) {
    return true;
  }
  for (const std::string& token : class_tokens(anchor.node)) {
    if (token.find("footnote") != std::string::npos || token.find("noteref") != std::string::npos ||
        token == "reference" || token == "fn-ref") {
      return true;
    }
  }
  std::string_view shown =
      text::trim(text.substr(anchor.span.begin, anchor.span.end - anchor.span.begin));
  if (shown.size() >= 2 && shown.front() == '[' && shown.back() == ']') {
    shown = shown.substr(1, shown.size() - 2);
  }
  return !shown.empty() && shown.size() <= 4 &&
         std::all_of(shown.begin(), shown.end(), [](char c) { return text::is_digit(c); });
}

// Back-link glyphs older generators print without marking them (Pandoc < 2.11: "↩").
constexpr std::string_view k_backlink_glyphs[] = {
    "\xEF\xB8\x8E", "\xE2\x86\xA9", "\xE2\x86\x91", "^", "[ ]", "[]"};

Span trimmed(std::string_view text, Span span) {
  span.end = std::min(span.end, text.size());
  bool changed = true;
  while (changed && span.end > span.begin) {
    changed = false;
    while (span.end > span.begin && text::is_space(text[span.end - 1])) {
      --span.end;
      changed = true;
    }
    const std::string_view body = text.substr(span.begin, span.end - span.begin);
    for (const std::string_view glyph : k_backlink_glyphs) {
      if (body.size() > glyph.size() && body.substr(body.size() - glyph.size()) == glyph) {
        span.end -= glyph.size();
        changed = true;
      }
    }
  }
  while (span.begin < span.end && text::is_space(text[span.begin])) {
    ++span.begin;
  }
  return span;
}

// The printed numbers of a list's items: positions, honouring `start` and `value`.
void number_items(const GumboNode* list, std::unordered_map<const GumboNode*, int>& out) {
  int number = text::parse_small_int(attribute(list, "start")).value_or(1) - 1;
  const GumboVector& children = list->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    const auto* child = static_cast<const GumboNode*>(children.data[i]);
    if (!is_tag(child, GUMBO_TAG_LI)) {
      continue;
    }
    const auto value = text::parse_small_int(attribute(child, "value"));
    number = value ? *value : number + 1;
    out.emplace(child, number);
  }
}

// Wikipedia puts the note proper in span.reference-text, after its back-links.
Span note_span(const GumboNode* note, const Rendered& rendered) {
  std::vector<const GumboNode*> stack{note};
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    if (node != note && has_class(node, "reference-text")) {
      if (auto it = rendered.spans.find(node); it != rendered.spans.end()) {
        return trimmed(rendered.text, it->second);
      }
    }
    const GumboVector& children = node->v.element.children;
    for (unsigned i = children.length; i-- > 0;) {
      const auto* child = static_cast<const GumboNode*>(children.data[i]);
      if (child->type == GUMBO_NODE_ELEMENT) {
        stack.push_back(child);
      }
    }
  }
  return trimmed(rendered.text, rendered.spans.at(note));
}

}  // namespace

std::vector<ExplicitNote> find_notes(const GumboNode* root, const Rendered& rendered) {
  const std::vector<const GumboNode*> elements = all_elements(root);
  std::unordered_map<std::string, const GumboNode*> by_id;
  for (const GumboNode* node : elements) {
    if (const std::string_view id = attribute(node, "id"); !id.empty()) {
      by_id.emplace(std::string(id), node);
    }
  }

  // Candidates: list items of note containers, note roles, targets of reference links.
  std::unordered_set<const GumboNode*> candidates;
  for (const GumboNode* node : elements) {
    if (note_role(node)) {
      candidates.insert(node);
      continue;
    }
    if (!is_tag(node, GUMBO_TAG_LI)) {
      continue;
    }
    for (const GumboNode* up = parent_element(node); up != nullptr; up = parent_element(up)) {
      if (is_tag(up, GUMBO_TAG_LI)) {
        break;  // a list inside a note is part of that note
      }
      if (notes_container(up)) {
        candidates.insert(node);
        break;
      }
    }
  }
  std::unordered_map<const GumboNode*, const Anchor*> first_reference;
  for (const Anchor& anchor : rendered.anchors) {
    if (anchor.href.size() < 2 || anchor.href[0] != '#' || !reference_like(anchor, rendered.text)) {
      continue;
    }
    const auto it = by_id.find(anchor.href.substr(1));
    if (it == by_id.end()) {
      continue;
    }
    const GumboNode* target = it->second;
    // The item holding the target (easy-footnotes puts the id on a span inside the item).
    const GumboNode* item = target;
    while (item != nullptr && !is_tag(item, GUMBO_TAG_LI) && !note_role(item)) {
      item = parent_element(item);
    }
    if (item == nullptr || rendered.spans.count(item) == 0) {
      continue;
    }
    // A link from inside its own target is a back-link, not a reference.
    bool inside = false;
    for (const GumboNode* up = anchor.node; up != nullptr; up = parent_element(up)) {
      inside = inside || up == item;
    }
    if (inside) {
      continue;
    }
    candidates.insert(item);
  }
  // Outermost candidates only; their first in-body reference.
  std::vector<const GumboNode*> notes;
  for (const GumboNode* node : elements) {
    if (candidates.count(node) == 0 || rendered.spans.count(node) == 0) {
      continue;
    }
    bool nested = false;
    for (const GumboNode* up = parent_element(node); up != nullptr && !nested;
         up = parent_element(up)) {
      nested = candidates.count(up) > 0;
    }
    if (!nested) {
      notes.push_back(node);
    }
  }
  const std::unordered_set<const GumboNode*> note_set(notes.begin(), notes.end());
  for (const Anchor& anchor : rendered.anchors) {
    if (anchor.href.size() < 2 || anchor.href[0] != '#') {
      continue;
    }
    const auto it = by_id.find(anchor.href.substr(1));
    if (it == by_id.end()) {
      continue;
    }
    const GumboNode* note = nullptr;
    for (const GumboNode* up = it->second; up != nullptr && note == nullptr;
         up = parent_element(up)) {
      note = note_set.count(up) > 0 ? up : nullptr;
    }
    bool from_inside = false;
    for (const GumboNode* up = anchor.node; up != nullptr && !from_inside;
         up = parent_element(up)) {
      from_inside = note_set.count(up) > 0;
    }
    if (note != nullptr && !from_inside && first_reference.count(note) == 0) {
      first_reference.emplace(note, &anchor);
    }
  }

  // Each list numbered once (a page may hold tens of thousands of notes).
  std::unordered_map<const GumboNode*, int> list_numbers;
  std::unordered_set<const GumboNode*> numbered_lists;
  for (const GumboNode* node : notes) {
    const GumboNode* list = parent_element(node);
    if (is_tag(node, GUMBO_TAG_LI) && (is_tag(list, GUMBO_TAG_OL) || is_tag(list, GUMBO_TAG_UL)) &&
        numbered_lists.insert(list).second) {
      number_items(list, list_numbers);
    }
  }

  std::vector<ExplicitNote> out;
  std::set<int> used;
  int next = 1;
  for (const GumboNode* node : notes) {
    const Span span = note_span(node, rendered);
    if (span.begin >= span.end) {
      continue;
    }
    ExplicitNote note;
    std::optional<int> printed;
    if (auto it = list_numbers.find(node); it != list_numbers.end()) {
      printed = it->second;
    }
    if (auto it = first_reference.find(node); !printed && it != first_reference.end()) {
      // Not in a list: the number the body prints, when it is one.
      const Span shown = trimmed(rendered.text, it->second->span);
      std::string_view label =
          std::string_view(rendered.text).substr(shown.begin, shown.end - shown.begin);
      if (label.size() >= 2 && label.front() == '[' && label.back() == ']') {
        label = label.substr(1, label.size() - 2);
      }
      printed = text::parse_small_int(label);
    }
    int number = printed.value_or(next);
    if (used.count(number) > 0) {
      number = *used.rbegin() + 1;  // a second list: continue rather than collide
    }
    used.insert(number);
    next = number + 1;
    note.number = number;
    note.label = std::to_string(number);
    note.begin = span.begin;
    note.end = span.end;
    note.element = std::string(attribute(node, "id"));
    if (auto it = first_reference.find(node); it != first_reference.end()) {
      const Anchor& anchor = *it->second;
      note.marker = anchor.span.begin;
      if (note.element.empty()) {
        note.element = anchor.href.substr(1);
      }
      std::string_view shown =
          text::trim(std::string_view(rendered.text)
                         .substr(anchor.span.begin, anchor.span.end - anchor.span.begin));
      if (shown.size() >= 2 && shown.front() == '[' && shown.back() == ']') {
        shown = text::trim(shown.substr(1, shown.size() - 2));
      }
      if (!shown.empty() && shown.size() <= 12) {
        note.label = std::string(shown);
      }
    }
    out.push_back(std::move(note));
  }
  return out;
}

}  // namespace citecheck::readers::html

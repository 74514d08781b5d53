#pragma once
// WordprocessingML -> text. Walks a part's XML in document order and writes what Word would
// show: runs, tabs, breaks, one line per paragraph; hyperlinks (relationship or HYPERLINK
// field) become Links over their visible text; note references are recorded where they sit.

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include <pugixml.hpp>

#include <citecheck/document.hpp>

namespace citecheck::readers {

/// Relationship id -> external target, from one part's .rels.
using Relationships = std::map<std::string, std::string>;

/// The hyperlink targets in a .rels part (only TargetMode="External" ones).
Relationships hyperlink_relationships(const pugi::xml_document& rels);

/// A w:footnoteReference / w:endnoteReference met in the walk.
struct NoteReference {
  bool endnote = false;
  std::string id;
  std::size_t offset = 0;  ///< where it sits in the walked text
};

/// What one walk produced; link spans are offsets into `text`.
struct WalkedText {
  std::string text;
  std::vector<Link> links;
  std::vector<NoteReference> references;
  std::size_t replaced_bytes = 0;  ///< invalid UTF-8 bytes replaced
};

/// Walks `node` and its descendants. `marker_text(reference)` gives the text written at a
/// note reference (Word shows the note's number there).
class DocxWalker {
 public:
  using MarkerText = std::string (*)(const NoteReference&, void* closure);
  DocxWalker(Relationships relationships, MarkerText marker_text, void* closure)
      : m_relationships(std::move(relationships)), m_marker_text(marker_text), m_closure(closure) {}

  void walk(pugi::xml_node node);
  WalkedText take() { return std::move(m_out); }

 private:
  struct OpenField {
    std::string instruction;
    std::size_t result_begin = 0;
    bool in_result = false;
  };

  void walk_children(pugi::xml_node node);
  void append(std::string_view value);
  void add_link(std::size_t begin, const std::string& url);
  void field_char(pugi::xml_node node);
  void note_reference(pugi::xml_node node, bool endnote);

  Relationships m_relationships;
  MarkerText m_marker_text;
  void* m_closure;
  WalkedText m_out;
  std::vector<OpenField> m_fields;
  int m_depth = 0;
};

}  // namespace citecheck::readers

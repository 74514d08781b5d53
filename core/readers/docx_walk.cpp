#include "readers/docx_walk.hpp"

#include <array>
#include <string_view>

#include "readers/docx_field.hpp"
#include "text/utf8.hpp"

namespace citecheck::readers {
namespace {

// Elements are matched by local name: Word writes "w:", but the prefix is the author's choice.
std::string_view local_name(const char* name) {
  const std::string_view full(name);
  const std::size_t colon = full.find(':');
  return colon == std::string_view::npos ? full : full.substr(colon + 1);
}

const char* attribute(pugi::xml_node node, std::string_view local) {
  for (const pugi::xml_attribute attr : node.attributes()) {
    if (local_name(attr.name()) == local) {
      return attr.value();
    }
  }
  return "";
}

// Properties, deleted revisions and field data hold no visible text (w:pPr/w:tabs/w:tab is
// a tab stop, not a tab).
constexpr std::array<std::string_view, 14> k_invisible{
    "pPr",     "rPr", "sectPr",   "tblPr",   "tblPrEx", "trPr",       "tcPr",
    "tblGrid", "del", "moveFrom", "delText", "fldData", "footnotePr", "endnotePr"};

// Deeply nested XML (crafted, or tables in tables) must not overflow the stack.
constexpr int k_max_depth = 256;

}  // namespace

Relationships hyperlink_relationships(const pugi::xml_document& rels) {
  Relationships out;
  for (const pugi::xml_node node : rels.document_element().children()) {
    if (local_name(node.name()) != "Relationship") {
      continue;
    }
    if (std::string_view(attribute(node, "TargetMode")) == "External") {
      out[attribute(node, "Id")] = attribute(node, "Target");
    }
  }
  return out;
}

void DocxWalker::append(std::string_view value) {
  if (auto bad = text::first_invalid_utf8(value); !bad) {
    m_out.text.append(value);
    return;
  }
  text::Utf8Repair repaired = text::repair_utf8(value);
  m_out.replaced_bytes += repaired.replaced;
  m_out.text += repaired.text;
}

void DocxWalker::add_link(std::size_t begin, const std::string& url) {
  if (url.empty() || begin >= m_out.text.size()) {
    return;
  }
  Link link;
  link.begin = begin;
  link.end = m_out.text.size();
  text::Utf8Repair repaired = text::repair_utf8(url);
  link.url = std::move(repaired.text);
  m_out.links.push_back(std::move(link));
}

void DocxWalker::field_char(pugi::xml_node node) {
  const std::string_view type = attribute(node, "fldCharType");
  if (type == "begin") {
    m_fields.push_back({});
  } else if (type == "separate" && !m_fields.empty()) {
    m_fields.back().in_result = true;
    m_fields.back().result_begin = m_out.text.size();
  } else if (type == "end" && !m_fields.empty()) {
    const OpenField field = std::move(m_fields.back());
    m_fields.pop_back();
    if (field.in_result) {
      if (auto url = hyperlink_target(field.instruction)) {
        add_link(field.result_begin, *url);
      }
    }
  }
}

void DocxWalker::note_reference(pugi::xml_node node, bool endnote) {
  NoteReference reference{endnote, attribute(node, "id"), m_out.text.size()};
  // customMarkFollows: the author typed the mark in the next run, Word shows no number.
  const std::string_view custom = attribute(node, "customMarkFollows");
  if (custom != "1" && custom != "true" && custom != "on") {
    append(m_marker_text(reference, m_closure));
  }
  m_out.references.push_back(std::move(reference));
}

void DocxWalker::walk_children(pugi::xml_node node) {
  for (const pugi::xml_node child : node.children()) {
    walk(child);
  }
}

void DocxWalker::walk(pugi::xml_node node) {
  if (node.type() == pugi::node_document) {
    walk_children(node);
    return;
  }
  if (node.type() != pugi::node_element || m_depth > k_max_depth) {
    return;
  }
  const std::string_view name = local_name(node.name());
  for (const std::string_view skip : k_invisible) {
    if (name == skip) {
      return;
    }
  }
  ++m_depth;
  if (name == "t") {
    append(node.child_value());
  } else if (name == "instrText") {
    if (!m_fields.empty() && !m_fields.back().in_result) {
      m_fields.back().instruction += node.child_value();
    }
  } else if (name == "tab" || name == "ptab") {
    m_out.text.push_back('\t');
  } else if (name == "br" || name == "cr") {
    m_out.text.push_back('\n');
  } else if (name == "noBreakHyphen") {
    m_out.text.push_back('-');
  } else if (name == "fldChar") {
    field_char(node);
  } else if (name == "footnoteReference" || name == "endnoteReference") {
    note_reference(node, name == "endnoteReference");
  } else if (name == "hyperlink") {
    const std::size_t begin = m_out.text.size();
    walk_children(node);
    if (auto it = m_relationships.find(attribute(node, "id")); it != m_relationships.end()) {
      add_link(begin, it->second);
    }
  } else if (name == "fldSimple") {
    const std::size_t begin = m_out.text.size();
    walk_children(node);
    if (auto url = hyperlink_target(attribute(node, "instr"))) {
      add_link(begin, *url);
    }
  } else if (name == "AlternateContent") {
    // Choice and Fallback render the same content twice (text boxes): read it once.
    if (pugi::xml_node first = node.first_child()) {
      walk(first);
    }
  } else if (name == "p") {
    walk_children(node);
    m_out.text.push_back('\n');
  } else {
    walk_children(node);
  }
  --m_depth;
}

}  // namespace citecheck::readers

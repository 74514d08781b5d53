// DOCX reader: body text, then the footnotes and endnotes Word shows, each tied to its
// reference in the body and numbered in order of reference, as Word numbers them.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <pugixml.hpp>

#include <citecheck/errors.hpp>

#include "readers/docx_walk.hpp"
#include "readers/docx_zip.hpp"
#include "readers/formats.hpp"

namespace citecheck::readers {
namespace {

constexpr std::string_view k_office_document = "/officeDocument";
constexpr std::string_view k_footnotes = "/footnotes";
constexpr std::string_view k_endnotes = "/endnotes";

struct Part {
  std::string name;
  pugi::xml_document xml;
};

// The .rels part that belongs to `part` ("word/document.xml" -> "word/_rels/document.xml.rels").
std::string rels_name(const std::string& part) {
  const std::size_t slash = part.rfind('/');
  const std::string dir = slash == std::string::npos ? "" : part.substr(0, slash + 1);
  const std::string file = slash == std::string::npos ? part : part.substr(slash + 1);
  return dir + "_rels/" + file + ".rels";
}

// A relationship target relative to the folder of the part that names it.
std::string resolve_target(const std::string& from_part, std::string target) {
  if (target.starts_with('/')) {
    return target.substr(1);
  }
  const std::size_t slash = from_part.rfind('/');
  std::string dir = slash == std::string::npos ? "" : from_part.substr(0, slash + 1);
  while (target.starts_with("../")) {
    target.erase(0, 3);
    const std::size_t up = dir.empty() ? std::string::npos : dir.rfind('/', dir.size() - 2);
    dir = up == std::string::npos ? "" : dir.substr(0, up + 1);
  }
  return dir + target;
}

bool parse_xml(const std::string& path, const std::string& name, const std::string& bytes,
               pugi::xml_document& xml) {
  // Whitespace-only runs (<w:t xml:space="preserve"> </w:t>) are real spaces.
  const pugi::xml_parse_result parsed = xml.load_buffer(
      bytes.data(), bytes.size(), pugi::parse_default | pugi::parse_ws_pcdata_single);
  if (!parsed) {
    throw InputError(path + " (" + name + ")", std::string("malformed XML: ") +
                                                   parsed.description() + " at byte " +
                                                   std::to_string(parsed.offset));
  }
  return true;
}

std::optional<Part> load_part(DocxPackage& package, const std::string& path,
                              const std::string& name) {
  std::optional<std::string> bytes = package.read(name);
  if (!bytes) {
    return std::nullopt;
  }
  std::optional<Part> part(std::in_place);
  part->name = name;
  parse_xml(path, name, *bytes, part->xml);
  return part;
}

// Relationship type suffix -> target part, from one .rels part.
std::multimap<std::string, std::string> typed_targets(DocxPackage& package, const std::string& path,
                                                      const std::string& part) {
  std::multimap<std::string, std::string> out;
  auto rels = load_part(package, path, rels_name(part));
  if (!rels) {
    return out;
  }
  for (const pugi::xml_node node : rels->xml.document_element().children()) {
    const std::string type = node.attribute("Type").value();
    const std::size_t slash = type.rfind('/');
    if (slash == std::string::npos ||
        std::string_view(node.attribute("TargetMode").value()) == "External") {
      continue;
    }
    out.emplace(type.substr(slash), resolve_target(part, node.attribute("Target").value()));
  }
  return out;
}

Relationships part_hyperlinks(DocxPackage& package, const std::string& path,
                              const std::string& part) {
  auto rels = load_part(package, path, rels_name(part));
  return rels ? hyperlink_relationships(rels->xml) : Relationships{};
}

std::string find_main_part(DocxPackage& package, const std::string& path) {
  for (const auto& [type, target] : typed_targets(package, path, "")) {
    if (type == k_office_document && package.has(target)) {
      return target;
    }
  }
  if (package.has("word/document.xml")) {
    return "word/document.xml";
  }
  throw InputError(path,
                   "a ZIP archive but not a Word document (no word/document.xml); "
                   "only .docx (Office Open XML) is read");
}

// Numbers as Word gives them: footnotes 1, 2, ... in order of first reference; endnotes
// continue after the footnotes so every note has its own number.
struct Numbering {
  std::map<std::string, int> footnotes;
  std::map<std::string, int> endnotes;
  std::vector<NoteReference> order;  // first reference of each note

  int number_of(const NoteReference& reference) {
    auto& table = reference.endnote ? endnotes : footnotes;
    auto [it, added] = table.emplace(reference.id, static_cast<int>(table.size()) + 1);
    if (added) {
      order.push_back(reference);
    }
    return it->second;
  }
};

std::string marker_number(const NoteReference& reference, void* closure) {
  return std::to_string(static_cast<Numbering*>(closure)->number_of(reference));
}

std::string no_marker(const NoteReference&, void*) {
  return {};
}

struct NoteBody {
  WalkedText walked;
  std::string element;
};

// id -> the note's walked text, skipping separators (they draw the rule above the notes).
std::map<std::string, NoteBody> read_notes(DocxPackage& package, const std::string& path,
                                           const std::optional<std::string>& part_name) {
  std::map<std::string, NoteBody> notes;
  if (!part_name) {
    return notes;
  }
  auto part = load_part(package, path, *part_name);
  if (!part) {
    return notes;
  }
  const Relationships links = part_hyperlinks(package, path, *part_name);
  for (const pugi::xml_node note : part->xml.document_element().children()) {
    const std::string_view name = note.name();
    if (!name.ends_with("footnote") && !name.ends_with("endnote")) {
      continue;
    }
    const std::string type = note.attribute("w:type").value();
    if (!type.empty() && type != "normal") {
      continue;
    }
    const std::string id = note.attribute("w:id").value();
    DocxWalker walker(links, no_marker, nullptr);
    walker.walk(note);
    notes[id] = NoteBody{walker.take(), *part_name + "#id=" + id};
  }
  return notes;
}

std::optional<std::string> target_of(const std::multimap<std::string, std::string>& targets,
                                     std::string_view type) {
  for (const auto& [kind, target] : targets) {
    if (kind == type) {
      return target;
    }
  }
  return std::nullopt;
}

void append_note(Document& doc, NoteBody& body, int number, std::string label,
                 std::optional<std::size_t> marker) {
  std::string& text = body.walked.text;
  // Word puts a space run between the note's number and its text; neither is the note.
  const auto is_blank = [](char c) { return c == '\n' || c == ' ' || c == '\t'; };
  while (!text.empty() && is_blank(text.back())) {
    text.pop_back();
  }
  std::size_t lead = 0;
  while (lead < text.size() && is_blank(text[lead])) {
    ++lead;
  }
  const std::size_t begin = doc.text.size();
  doc.text.append(text, lead);
  const std::size_t kept = text.size() - lead;
  for (Link link : body.walked.links) {
    link.begin = std::min(link.begin - std::min(link.begin, lead), kept) + begin;
    link.end = std::min(link.end - std::min(link.end, lead), kept) + begin;
    if (link.end > link.begin) {
      doc.links.push_back(std::move(link));
    }
  }
  doc.notes.push_back(ExplicitNote{number, std::move(label), begin, doc.text.size(), marker,
                                   std::move(body.element)});
  doc.text += "\n\n";
}

}  // namespace

Document read_docx(RawInput input) {
  DocxPackage package(input.path, input.bytes);
  const std::string& path = input.path;
  const std::string main = find_main_part(package, path);
  auto body = load_part(package, path, main);
  const auto targets = typed_targets(package, path, main);

  Numbering numbering;
  DocxWalker walker(part_hyperlinks(package, path, main), marker_number, &numbering);
  walker.walk(body->xml);
  WalkedText walked = walker.take();

  std::map<std::string, NoteBody> footnotes =
      read_notes(package, path, target_of(targets, k_footnotes));
  std::map<std::string, NoteBody> endnotes =
      read_notes(package, path, target_of(targets, k_endnotes));

  Document doc;
  doc.path = path;
  doc.format = Format::docx;
  doc.text = std::move(walked.text);
  doc.links = std::move(walked.links);
  std::size_t replaced = walked.replaced_bytes;
  if (!doc.text.empty() && doc.text.back() != '\n') {
    doc.text.push_back('\n');
  }
  doc.text.push_back('\n');

  const int footnote_count = static_cast<int>(numbering.footnotes.size());
  std::set<std::string> used_footnotes;
  std::set<std::string> used_endnotes;
  int missing = 0;
  for (const NoteReference& reference : numbering.order) {
    auto& table = reference.endnote ? endnotes : footnotes;
    const int own = (reference.endnote ? numbering.endnotes : numbering.footnotes)[reference.id];
    auto it = table.find(reference.id);
    if (it == table.end()) {
      ++missing;
      continue;
    }
    (reference.endnote ? used_endnotes : used_footnotes).insert(reference.id);
    replaced += it->second.walked.replaced_bytes;
    append_note(doc, it->second, reference.endnote ? footnote_count + own : own,
                std::to_string(own), reference.offset);
  }
  // Notes nobody references (a reference deleted, the note left behind) still cite sources.
  int orphans = 0;
  int next = footnote_count + static_cast<int>(numbering.endnotes.size());
  for (auto* table : {&footnotes, &endnotes}) {
    const auto& used = table == &footnotes ? used_footnotes : used_endnotes;
    for (auto& [id, note] : *table) {
      if (used.count(id) == 0) {
        ++orphans;
        ++next;
        append_note(doc, note, next, std::to_string(next), std::nullopt);
      }
    }
  }
  // No notes at all: notes typed as plain paragraphs are left to the text segmenter.
  doc.has_explicit_notes = !doc.notes.empty();
  doc.line_starts = index_lines(doc.text);
  if (missing > 0) {
    doc.warnings.push_back(path + ": " + std::to_string(missing) +
                           " note references point at notes the file does not hold");
  }
  if (orphans > 0) {
    doc.warnings.push_back(path + ": " + std::to_string(orphans) +
                           " notes are not referenced from the text; read them after the others");
  }
  if (replaced > 0) {
    doc.warnings.push_back(path + ": " + std::to_string(replaced) +
                           " invalid UTF-8 bytes in the XML replaced with U+FFFD");
  }
  return doc;
}

}  // namespace citecheck::readers

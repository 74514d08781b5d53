// JATS (NLM journal article XML): the article's title, abstract, body and back matter become
// the text; <fn> footnotes and <ref> references become explicit notes after it, each marked
// where an <xref> points at it; ext-link/uri targets become links; DOIs held only in
// <pub-id> are written into the note as "doi:10..." so every plugin sees them.
#include <algorithm>
#include <set>
#include <unordered_map>

#include "readers/formats.hpp"
#include "readers/jats_citation.hpp"
#include "readers/jats_text.hpp"
#include "readers/jats_xml.hpp"
#include "text/strings.hpp"

namespace citecheck::readers {
namespace {

using jats::local_name;

// Deeper nesting than any article has is cut off rather than followed: the walk recurses.
constexpr int k_max_depth = 200;

bool is_block(std::string_view name) {
  static constexpr std::string_view k_blocks[] = {"p",
                                                  "sec",
                                                  "title",
                                                  "subtitle",
                                                  "list",
                                                  "list-item",
                                                  "def-list",
                                                  "def-item",
                                                  "term",
                                                  "def",
                                                  "disp-quote",
                                                  "fig",
                                                  "table-wrap",
                                                  "caption",
                                                  "table",
                                                  "tr",
                                                  "abstract",
                                                  "boxed-text",
                                                  "ack",
                                                  "app",
                                                  "app-group",
                                                  "statement",
                                                  "speech",
                                                  "verse-group",
                                                  "verse-line",
                                                  "disp-formula",
                                                  "glossary",
                                                  "notes",
                                                  "attrib",
                                                  "preformat",
                                                  "address",
                                                  "trans-abstract",
                                                  "fig-group",
                                                  "table-wrap-foot",
                                                  "array",
                                                  "code",
                                                  "body",
                                                  "back",
                                                  "sub-article",
                                                  "response",
                                                  "floats-group",
                                                  "label"};
  return std::find(std::begin(k_blocks), std::end(k_blocks), name) != std::end(k_blocks);
}

bool is_skipped(std::string_view name) {
  // Markup and metadata with no prose: formulas' source, object ids, processing hooks.
  static constexpr std::string_view k_skipped[] = {
      "tex-math",    "math",     "object-id",        "graphic",      "inline-graphic",
      "media",       "alt-text", "long-desc",        "private-char", "processing-meta",
      "permissions", "counts",   "custom-meta-group"};
  return std::find(std::begin(k_skipped), std::end(k_skipped), name) != std::end(k_skipped);
}

std::string trimmed(std::string s) {
  return std::string(text::trim(s));
}

/// A numeric label as written ("1", "[12]", "3.", "(4)"), if it is one.
std::optional<int> label_number(std::string_view label) {
  label = text::trim(label);
  while (!label.empty() && (label.front() == '[' || label.front() == '(')) {
    label.remove_prefix(1);
  }
  while (!label.empty() && (label.back() == ']' || label.back() == ')' || label.back() == '.')) {
    label.remove_suffix(1);
  }
  return text::parse_small_int(label);
}

struct NoteSource {
  pugi::xml_node node;
  bool reference = false;
};

class JatsReader {
 public:
  explicit JatsReader(Document& doc) : m_doc(doc) {}

  void read(const pugi::xml_document& xml) {
    const pugi::xml_node root = xml.document_element();
    if (local_name(root) != "article") {
      m_doc.warnings.push_back(m_doc.path + ": root element <" + std::string(root.name()) +
                               "> is not a JATS <article>; read as generic XML");
      walk(root, 0);
    } else {
      read_article(root, 0);
    }
    write_notes();
  }

 private:
  void read_article(const pugi::xml_node& article, int depth) {
    for (const pugi::xml_node& part : article.children()) {
      const std::string_view name = local_name(part);
      if (name == "front" || name == "front-stub") {
        read_front(part);
      } else if (name == "sub-article" || name == "response") {
        m_out.end_paragraph();
        read_article(part, depth + 1);
      } else if (part.type() == pugi::node_element) {
        m_out.end_paragraph();
        walk(part, depth + 1);
      }
    }
  }

  // Of the front matter only what a reader reads: the title and the abstracts. Author notes'
  // footnotes (conflicts of interest, affiliations) are not citations.
  void read_front(const pugi::xml_node& front) {
    const pugi::xml_node meta = front.child("article-meta") ? front.child("article-meta") : front;
    if (const pugi::xml_node title = meta.first_element_by_path("title-group/article-title")) {
      m_out.end_paragraph();
      walk(title, 1);
      m_out.end_paragraph();
    }
    for (const pugi::xml_node& child : meta.children()) {
      if (local_name(child) == "abstract") {
        m_out.end_paragraph();
        walk(child, 1);
      }
    }
  }

  void walk(const pugi::xml_node& node, int depth) {
    if (depth > k_max_depth) {
      if (!m_depth_warned) {
        m_doc.warnings.push_back(m_doc.path + ": elements nested deeper than " +
                                 std::to_string(k_max_depth) + " levels were skipped");
        m_depth_warned = true;
      }
      return;
    }
    for (const pugi::xml_node& child : node.children()) {
      switch (child.type()) {
        case pugi::node_pcdata:
          m_out.append(jats::decoded(child.value()));
          break;
        case pugi::node_cdata:
          m_out.append(child.value());
          break;
        case pugi::node_element:
          element(child, depth + 1);
          break;
        default:
          break;
      }
    }
  }

  void element(const pugi::xml_node& node, int depth) {
    const std::string_view name = local_name(node);
    if (m_in_notes && (name == "fn" || name == "ref" || name == "ref-list" || name == "fn-group")) {
      // A note inside a note (the fuzzer's find; real files nest <fn> in table footers that
      // sit in notes) is read as part of it: the list being written must not grow.
      walk(node, depth);
      return;
    }
    if (name == "fn") {
      m_notes.push_back({node, false});
      return;
    }
    if (name == "ref") {
      m_notes.push_back({node, true});
      return;
    }
    if (name == "ref-list" || name == "fn-group") {
      // Their entries become notes; nested lists and titles are looked through.
      for (const pugi::xml_node& child : node.children()) {
        const std::string_view inner = local_name(child);
        if (inner == "fn" || inner == "ref" || inner == "ref-list" || inner == "fn-group") {
          element(child, depth + 1);
        }
      }
      return;
    }
    if (is_skipped(name)) {
      return;
    }
    if (name == "xref") {
      xref(node);
      walk(node, depth);
      return;
    }
    if (name == "ext-link" || name == "uri" || name == "self-uri" ||
        name == "inline-supplementary-material") {
      link(node, depth);
      return;
    }
    if (name == "pub-id") {
      pub_id(node, depth);
      return;
    }
    if (name == "break") {
      m_out.end_line();
      return;
    }
    if (name == "td" || name == "th") {
      m_out.append(" ");
      walk(node, depth);
      m_out.append(" ");
      return;
    }
    if (is_block(name)) {
      m_out.end_paragraph();
      walk(node, depth);
      m_out.end_paragraph();
      return;
    }
    walk(node, depth);
  }

  void xref(const pugi::xml_node& node) {
    const std::string_view type = node.attribute("ref-type").value();
    if (type != "fn" && type != "bibr" && type != "table-fn" && !type.empty()) {
      return;
    }
    const std::string rids = node.attribute("rid").value();
    std::size_t pos = 0;
    while (pos < rids.size()) {
      while (pos < rids.size() && text::is_space(rids[pos])) {
        ++pos;
      }
      std::size_t end = pos;
      while (end < rids.size() && !text::is_space(rids[end])) {
        ++end;
      }
      if (end > pos) {
        m_markers.emplace(rids.substr(pos, end - pos), m_out.size());
      }
      pos = end;
    }
  }

  void link(const pugi::xml_node& node, int depth) {
    std::string href = jats::href_of(node);
    if (const std::string doi = jats::doi_of(node); !doi.empty() && !href.starts_with("http")) {
      href = "https://doi.org/" + doi;
    }
    const std::size_t begin = m_out.size();
    walk(node, depth);
    if (m_out.size() == begin && !href.empty()) {
      m_out.append(href);
    }
    if (href.empty()) {
      href = trimmed(std::string(m_out.view().substr(begin)));
    }
    if (href.find("://") != std::string::npos || href.starts_with("www.")) {
      m_out.add_link(begin, href);
    }
  }

  // A DOI printed bare ("10.1000/xyz") is said to be one, so no reader of the text has to
  // guess what the number is.
  void pub_id(const pugi::xml_node& node, int depth) {
    const std::string doi = jats::doi_of(node);
    if (!doi.empty()) {
      const std::string_view before =
          m_out.view().substr(m_out.size() - std::min<std::size_t>(m_out.size(), 12));
      if (text::ifind(before, "doi") == std::string_view::npos) {
        m_out.append("doi:");
      }
    }
    walk(node, depth);
  }

  void write_notes() {
    if (m_notes.empty()) {
      return;
    }
    // Reference labels are what the text cites ("[12]"); they keep their numbers first.
    // Footnotes whose labels collide, and unlabelled entries, take the next free number.
    std::vector<std::string> labels(m_notes.size());
    std::vector<int> numbers(m_notes.size(), 0);
    std::set<int> used;
    for (int pass = 0; pass < 2; ++pass) {
      for (std::size_t i = 0; i < m_notes.size(); ++i) {
        if (m_notes[i].reference != (pass == 0)) {
          continue;
        }
        labels[i] = jats::flat_text(m_notes[i].node.child("label"));
        if (labels[i].empty()) {
          labels[i] = m_notes[i].node.attribute("symbol").value();
        }
        if (auto n = label_number(labels[i]); n && *n > 0 && !used.contains(*n)) {
          numbers[i] = *n;
          used.insert(*n);
        }
      }
    }
    int next = 0;
    for (std::size_t i = 0; i < m_notes.size(); ++i) {
      if (numbers[i] == 0) {
        do {
          ++next;
        } while (used.contains(next));
        numbers[i] = next;
        used.insert(next);
      }
    }

    m_out.end_paragraph();
    m_in_notes = true;
    for (std::size_t i = 0; i < m_notes.size(); ++i) {
      const pugi::xml_node node = m_notes[i].node;
      ExplicitNote note;
      note.number = numbers[i];
      note.label = labels[i].empty() ? std::to_string(numbers[i]) : labels[i];
      note.element = node.attribute("id").value();
      if (note.element.empty()) {
        note.element = std::string(local_name(node)) + "[" + std::to_string(i + 1) + "]";
      }
      if (auto marker = m_markers.find(node.attribute("id").value());
          marker != m_markers.end() && !std::string_view(node.attribute("id").value()).empty()) {
        note.marker = marker->second;
      }
      m_out.append_raw(note.label);
      m_out.append_raw(" ");
      note.begin = m_out.size();
      m_out.set_floor(note.begin);
      if (m_notes[i].reference) {
        write_reference(node);
      } else {
        write_body_skipping_label(node);
      }
      m_out.trim_trailing_breaks(note.begin);
      note.end = m_out.size();
      // Not end_line(): it trims spaces, and an empty note's span ends right after one.
      m_out.append_raw("\n");
      m_doc.notes.push_back(std::move(note));
    }
  }

  void write_body_skipping_label(const pugi::xml_node& node) {
    for (const pugi::xml_node& child : node.children()) {
      if (child.type() == pugi::node_element && local_name(child) == "label") {
        continue;
      }
      if (child.type() == pugi::node_element && local_name(child) == "p") {
        m_out.end_line();
        walk(child, 1);
        m_out.end_line();
      } else if (child.type() == pugi::node_element) {
        element(child, 1);
      } else if (child.type() == pugi::node_pcdata) {
        m_out.append(jats::decoded(child.value()));
      }
    }
    strip_trailing_breaks();
  }

  // A reference shows its printed form (<mixed-citation>) where the file has one, else its
  // fields (<element-citation>) written out; several citations in one <ref> go one per line.
  void write_reference(const pugi::xml_node& ref) {
    std::vector<pugi::xml_node> mixed;
    std::vector<pugi::xml_node> structured;
    collect_citations(ref, mixed, structured, 0);
    const std::vector<pugi::xml_node>& chosen = mixed.empty() ? structured : mixed;
    bool first = true;
    for (const pugi::xml_node& citation : chosen) {
      if (!first) {
        m_out.end_line();
      }
      first = false;
      const std::string_view name = local_name(citation);
      if (name == "mixed-citation" || !jats::write_element_citation(citation, m_out)) {
        walk(citation, 1);
      }
      m_out.trim_trailing_space();
    }
    if (chosen.empty()) {
      write_body_skipping_label(ref);
    }
    strip_trailing_breaks();
  }

  void collect_citations(const pugi::xml_node& node, std::vector<pugi::xml_node>& mixed,
                         std::vector<pugi::xml_node>& structured, int depth) {
    if (depth > 8) {
      return;
    }
    for (const pugi::xml_node& child : node.children()) {
      const std::string_view name = local_name(child);
      if (name == "mixed-citation") {
        mixed.push_back(child);
      } else if (name == "element-citation" || name == "nlm-citation" || name == "citation") {
        structured.push_back(child);
      } else if (name == "citation-alternatives" || name == "note") {
        collect_citations(child, mixed, structured, depth + 1);
      }
    }
  }

  void strip_trailing_breaks() { m_out.trim_trailing_space(); }

  Document& m_doc;
  jats::TextBuilder m_out;
  std::vector<NoteSource> m_notes;
  std::unordered_map<std::string, std::size_t> m_markers;
  bool m_depth_warned = false;
  bool m_in_notes = false;

 public:
  jats::TextBuilder& out() { return m_out; }
};

}  // namespace

Document read_jats(RawInput input) {
  Document doc;
  doc.path = std::move(input.path);
  doc.format = Format::jats;
  std::size_t reader_replaced = 0;
  {
    const pugi::xml_document xml = jats::parse_xml(doc.path, input.bytes);
    input.bytes.clear();
    input.bytes.shrink_to_fit();
    JatsReader reader(doc);
    reader.read(xml);
    doc.links = reader.out().take_links();
    doc.text = reader.out().take_text();
    reader_replaced = reader.out().replaced();
  }
  if (reader_replaced > 0) {
    doc.warnings.push_back(doc.path + ": " + std::to_string(reader_replaced) +
                           " invalid UTF-8 sequence(s) replaced with U+FFFD");
  }
  doc.line_starts = index_lines(doc.text);
  doc.has_explicit_notes = !doc.notes.empty();
  return doc;
}

}  // namespace citecheck::readers

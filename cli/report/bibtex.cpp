// BibTeX: one entry per cited source, unique keys, every field brace-balanced. Entry types
// are those both BibTeX and biblatex know, plus biblatex's @online for web pages (BibTeX
// styles treat it as @misc).
#include <ostream>

#include "report/bibliography.hpp"
#include "report/dates.hpp"
#include "report/names.hpp"
#include "report/report.hpp"
#include "report/text.hpp"

namespace citecheck::cli {
namespace {

std::string_view entry_type(const Citation& citation) {
  switch (citation.kind) {
    case Kind::journal_article:
      return "article";
    case Kind::news:
      return citation.container_title.empty() ? "misc" : "article";
    case Kind::web:
      return "online";
    case Kind::book:
      return citation.container_title.empty() ? "book" : "incollection";
    case Kind::report:
    case Kind::un_document:
      return "techreport";
    case Kind::interview:
    case Kind::ibid:
    case Kind::other:
      return "misc";
  }
  return "misc";
}

/// Field text for BibTeX: LaTeX specials escaped, braces spelled as commands so a stray
/// brace in the source can never unbalance the entry.
std::string escape(std::string_view text) {
  std::string out;
  for (const char c : one_line(text)) {
    switch (c) {
      case '\\':
        out += "\\textbackslash{}";
        break;
      case '{':
        out += "\\textbraceleft{}";
        break;
      case '}':
        out += "\\textbraceright{}";
        break;
      case '&':
      case '%':
      case '$':
      case '#':
      case '_':
        out += '\\';
        out += c;
        break;
      case '~':
        out += "\\textasciitilde{}";
        break;
      case '^':
        out += "\\textasciicircum{}";
        break;
      default:
        out += c;
    }
  }
  return out;
}

/// URLs and DOIs are read verbatim by url/biblatex; only what would break the entry (braces,
/// backslashes, whitespace) is percent-encoded.
std::string verbatim(std::string_view text) {
  std::string out;
  for (const char c : text) {
    switch (c) {
      case '{':
        out += "%7B";
        break;
      case '}':
        out += "%7D";
        break;
      case '\\':
        out += "%5C";
        break;
      case ' ':
      case '\t':
      case '\n':
      case '\r':
        out += "%20";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string bibtex_name(const std::string& author) {
  const PersonName name = parse_person_name(author);
  if (!name.literal.empty()) {
    // Double braces: an organisation is one name, not "Nations, United".
    return "{" + escape(name.literal) + "}";
  }
  std::string out = escape(name.particle.empty() ? name.family : name.particle + " " + name.family);
  if (!name.suffix.empty()) {
    out += ", " + escape(name.suffix);
  }
  if (!name.given.empty()) {
    out += ", " + escape(name.given);
  }
  return out;
}

class Entry {
 public:
  Entry(std::string_view type, const std::string& key) {
    m_text = "@" + std::string(type) + "{" + key + ",\n";
  }
  void field(std::string_view name, const std::string& value) {
    if (!value.empty()) {
      m_text += "  " + std::string(name) + " = {" + value + "},\n";
    }
  }
  std::string finish() { return m_text + "}\n"; }

 private:
  std::string m_text;
};

std::string bibtex_entry(const Citation& citation, const std::string& key,
                         const std::string& document) {
  Entry entry(entry_type(citation), key);
  std::string authors;
  for (const auto& author : citation.authors) {
    authors += (authors.empty() ? "" : " and ") + bibtex_name(author);
  }
  entry.field("author", authors);
  const bool symbol_title =
      citation.title.empty() && citation.kind == Kind::un_document && !citation.un_symbols.empty();
  entry.field("title", escape(symbol_title ? citation.un_symbols.front() : citation.title));
  const std::string container = escape(citation.container_title);
  switch (citation.kind) {
    case Kind::journal_article:
    case Kind::news:
      entry.field("journal", container);
      break;
    case Kind::book:
      entry.field("booktitle", container);
      break;
    default:
      entry.field("howpublished", container);
  }
  std::string publisher = citation.publisher;
  if (publisher.empty() && citation.kind == Kind::un_document) {
    publisher = "United Nations";
  }
  const bool is_report = citation.kind == Kind::report || citation.kind == Kind::un_document;
  entry.field(is_report ? "institution" : "publisher", escape(publisher));
  if (citation.kind == Kind::un_document) {
    entry.field("type", "UN document");
  }
  if (!citation.un_symbols.empty()) {
    entry.field("number", escape(citation.un_symbols.front()));
  }
  if (const auto year = citation.year()) {
    entry.field("year", std::to_string(*year));
  }
  if (const auto parts = date_parts(citation.issued); parts && parts->size() > 1) {
    entry.field("date", escape(citation.issued));
  }
  entry.field("volume", escape(citation.volume));
  entry.field(is_report ? "issue" : "number", escape(citation.issue));
  entry.field("pages", escape(citation.pages));
  if (!citation.dois.empty()) {
    entry.field("doi", verbatim(citation.dois.front()));
  }
  if (!citation.urls.empty()) {
    entry.field("url", verbatim(citation.urls.front()));
  }
  if (date_parts(citation.accessed)) {
    entry.field("urldate", citation.accessed);
  }
  std::string note;
  if (citation.un_symbols.size() > 1) {
    note = "UN symbols: ";
    for (std::size_t i = 0; i < citation.un_symbols.size(); ++i) {
      note += (i == 0 ? "" : ", ") + citation.un_symbols[i];
    }
    note += ". ";
  }
  if (citation.title.empty() && !symbol_title && !citation.raw.empty()) {
    const std::string raw = one_line(citation.raw);
    note += raw + (raw.ends_with('.') || raw.ends_with('?') || raw.ends_with('!') ? " " : ". ");
  }
  note += "Cited in " + document + ", footnote " + std::to_string(citation.footnote) + ".";
  entry.field("note", escape(note));
  return entry.finish();
}

class BibtexReporter final : public Reporter {
 public:
  void document(std::ostream& out, const ParsedDocument& parsed) override {
    for (const auto& footnote : parsed.footnotes) {
      for (const auto& citation : footnote.citations) {
        if (const auto key = m_bibliography.add(citation)) {
          out << (m_entries++ == 0 ? "" : "\n") << bibtex_entry(citation, *key, parsed.path);
        }
      }
    }
  }

 private:
  Bibliography m_bibliography;
  std::size_t m_entries = 0;
};

}  // namespace

std::unique_ptr<Reporter> make_bibtex_reporter() {
  return std::make_unique<BibtexReporter>();
}

}  // namespace citecheck::cli

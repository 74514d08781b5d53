// CSL-JSON: an array of items that Zotero, Pandoc and citeproc read. Each cited source
// once; 'Ibid.' is not an item. Fields follow the CSL 1.0 variables.
#include <ostream>

#include <nlohmann/json.hpp>

#include "report/bibliography.hpp"
#include "report/dates.hpp"
#include "report/names.hpp"
#include "report/report.hpp"
#include "report/text.hpp"

namespace citecheck::cli {
namespace {

// Ordered, so each item reads id, type, title, ... as people write CSL-JSON by hand.
using json = nlohmann::ordered_json;

std::string_view csl_type(const Citation& citation) {
  switch (citation.kind) {
    case Kind::journal_article:
      return "article-journal";
    case Kind::news:
      return "article-newspaper";
    case Kind::web:
      return "webpage";
    case Kind::book:
      return citation.container_title.empty() ? "book" : "chapter";
    case Kind::report:
    case Kind::un_document:
      // A UN document is cited like a report: issued by the UN, numbered by its symbol.
      return "report";
    case Kind::interview:
      return "interview";
    case Kind::ibid:
    case Kind::other:
      return "document";
  }
  return "document";
}

json csl_date(const std::string& iso) {
  if (const auto parts = date_parts(iso)) {
    return {{"date-parts", json::array({*parts})}};
  }
  return {{"raw", iso}};
}

json csl_name(const std::string& author) {
  const PersonName name = parse_person_name(author);
  if (!name.literal.empty()) {
    return {{"literal", name.literal}};
  }
  json out{{"family", name.family}};
  if (!name.given.empty()) {
    out["given"] = name.given;
  }
  if (!name.particle.empty()) {
    out["non-dropping-particle"] = name.particle;
  }
  if (!name.suffix.empty()) {
    out["suffix"] = name.suffix;
  }
  return out;
}

void set_if(json& item, const char* field, const std::string& value) {
  if (!value.empty()) {
    item[field] = value;
  }
}

json csl_item(const Citation& citation, const std::string& key, const std::string& document) {
  json item{{"id", key}, {"type", csl_type(citation)}};
  // A UN document goes by its symbol; with no title of its own, the symbol is the title.
  set_if(
      item, "title",
      citation.title.empty() && citation.kind == Kind::un_document && !citation.un_symbols.empty()
          ? citation.un_symbols.front()
          : citation.title);
  if (!citation.authors.empty()) {
    json authors = json::array();
    for (const auto& author : citation.authors) {
      authors.push_back(csl_name(author));
    }
    item["author"] = authors;
  }
  set_if(item, "container-title", citation.container_title);
  std::string publisher = citation.publisher;
  if (publisher.empty() && citation.kind == Kind::un_document) {
    publisher = "United Nations";
  }
  set_if(item, "publisher", publisher);
  if (!citation.issued.empty()) {
    item["issued"] = csl_date(citation.issued);
  }
  if (!citation.accessed.empty()) {
    item["accessed"] = csl_date(citation.accessed);
  }
  if (!citation.urls.empty()) {
    item["URL"] = citation.urls.front();
  }
  if (!citation.dois.empty()) {
    item["DOI"] = citation.dois.front();
  }
  set_if(item, "volume", citation.volume);
  set_if(item, "issue", citation.issue);
  set_if(item, "page", citation.pages);

  // The note keeps what CSL has no variable for, and where the citation was found.
  std::vector<std::string> notes;
  if (!citation.un_symbols.empty()) {
    item["number"] = citation.un_symbols.front();
    std::string symbols;
    for (const auto& symbol : citation.un_symbols) {
      symbols += (symbols.empty() ? "" : ", ") + symbol;
    }
    notes.push_back("UN symbol: " + symbols);
  }
  for (std::size_t i = 1; i < citation.urls.size(); ++i) {
    notes.push_back("Also: " + citation.urls[i]);
  }
  if (!item.contains("title")) {
    notes.push_back(one_line(citation.raw));
  }
  notes.push_back("Cited in " + document + ", footnote " + std::to_string(citation.footnote));
  std::string note;
  for (const auto& line : notes) {
    note += (note.empty() ? "" : "\n") + line;
  }
  item["note"] = note;
  return item;
}

class CslJsonReporter final : public Reporter {
 public:
  void document(std::ostream& out, const ParsedDocument& parsed) override {
    (void)out;
    for (const auto& footnote : parsed.footnotes) {
      for (const auto& citation : footnote.citations) {
        if (const auto key = m_bibliography.add(citation)) {
          m_items.push_back(csl_item(citation, *key, parsed.path));
        }
      }
    }
  }

  void end(std::ostream& out) override {
    out << m_items.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
  }

 private:
  Bibliography m_bibliography;
  json m_items = json::array();
};

}  // namespace

std::unique_ptr<Reporter> make_csl_json_reporter() {
  return std::make_unique<CslJsonReporter>();
}

}  // namespace citecheck::cli

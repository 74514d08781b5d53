// Wikitext: the text stays the wikitext source (every offset is a file position, and a
// note's text is the raw wikitext inside its <ref>, templates included, so plugins read
// {{cite news|...}} parameters directly); the reader adds the refs and the links they state.
#include <algorithm>

#include "readers/formats.hpp"
#include "readers/wikitext_refs.hpp"

namespace citecheck::readers {

Document read_wikitext(RawInput input) {
  Document doc = decoded_document(std::move(input), Format::wikitext);
  wikitext::RefScan scan = wikitext::scan_refs(doc.text);
  for (const ExplicitNote& note : scan.notes) {
    std::vector<Link> links = wikitext::wikitext_links(doc.text, {note.begin, note.end});
    doc.links.insert(doc.links.end(), std::make_move_iterator(links.begin()),
                     std::make_move_iterator(links.end()));
  }
  std::stable_sort(doc.links.begin(), doc.links.end(),
                   [](const Link& a, const Link& b) { return a.begin < b.begin; });
  doc.notes = std::move(scan.notes);
  doc.has_explicit_notes = !doc.notes.empty();
  for (std::string& warning : scan.warnings) {
    doc.warnings.push_back(doc.path + ": " + std::move(warning));
  }
  return doc;
}

}  // namespace citecheck::readers

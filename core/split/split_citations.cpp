// The splitter's driver: display text, URLs, glued numbers, boundaries, then per citation
// the back reference, interview and generic fields. Document-wide evidence is built once.
#include <citecheck/split.hpp>

#include <algorithm>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "split/back_reference.hpp"
#include "split/boundaries.hpp"
#include "split/evidence.hpp"
#include "split/generic_fields.hpp"
#include "split/glued_number.hpp"
#include "split/interview.hpp"
#include "split/join_lines.hpp"
#include "split/note_urls.hpp"
#include "split/patterns.hpp"
#include "split/text_util.hpp"

namespace citecheck {
namespace {

using split::JoinedText;
using split::NoteUrls;
using split::Range;

// Finds each line of the note in the document, in order, inside the note's span.
std::vector<split::SourceLine> locate_lines(const Footnote& footnote, const Document& document) {
  std::vector<split::SourceLine> lines = split::split_note_lines(footnote.text);
  if (footnote.span.end <= footnote.span.begin || footnote.span.end > document.text.size()) {
    return lines;
  }
  // Search inside the note's span only: a line the segmenter changed must not send the
  // search through the rest of the document.
  const std::string_view text = std::string_view(document.text).substr(0, footnote.span.end);
  std::size_t cursor = footnote.span.begin;
  for (split::SourceLine& line : lines) {
    const std::size_t at = text.find(line.text, cursor);
    if (at == std::string_view::npos) {
      continue;
    }
    line.document_offset = at;
    cursor = at + line.text.size();
  }
  return lines;
}

// Display position of a document offset, when a piece holds it.
std::optional<std::size_t> display_position(const JoinedText& joined, std::size_t offset) {
  for (const split::TextPiece& piece : joined.pieces) {
    if (piece.document_begin == std::string_view::npos)
      continue;
    if (offset >= piece.document_begin && offset < piece.document_begin + piece.length) {
      return piece.text_begin + (offset - piece.document_begin);
    }
  }
  return std::nullopt;
}

bool absolute_url(std::string_view url) {
  return url.find("://") != std::string_view::npos || url.starts_with("mailto:") ||
         url.starts_with("www.");
}

SourceSpan span_of(const Footnote& footnote, const JoinedText& joined, Range range,
                   const Document& document) {
  SourceSpan span = footnote.span;
  const auto begin = joined.document_offset(range.begin);
  const auto last = joined.document_offset(range.end > range.begin ? range.end - 1 : range.begin);
  if (begin && last && *last >= *begin) {
    span.begin = *begin;
    span.end = *last + 1;
    if (!document.line_starts.empty())
      span.line = document.line_of(span.begin);
  }
  return span;
}

// Web pages often print their title before the URL: "MINUSMA: Facts and Figures. http://...".
std::string lead_title(std::string_view raw, std::size_t url_begin) {
  std::string_view lead = raw.substr(0, url_begin);
  // The bracket that opens the URL ("Title, <http://...>", "Title (http://...)") is the
  // URL's, not the title's; so are the punctuation and the words that lead into it.
  for (bool changed = true; changed;) {
    const std::size_t before = lead.size();
    while (!lead.empty() && (lead.back() == '.' || lead.back() == ',' || lead.back() == ':' ||
                             lead.back() == '<' || lead.back() == '(' || lead.back() == '[' ||
                             lead.back() == ' ' || lead.back() == '\t' || lead.back() == '\n')) {
      lead.remove_suffix(1);
    }
    for (std::string_view tail :
         {"available at", "Available at", "available from", "at", "See", "see"}) {
      // Whole words only: "Combat" does not end in the word "at".
      const bool word = lead.ends_with(tail) &&
                        (lead.size() == tail.size() || lead[lead.size() - tail.size() - 1] == ' ');
      if (word)
        lead.remove_suffix(tail.size());
    }
    changed = lead.size() != before;
  }
  lead = split::trim(lead);
  if (lead.starts_with("See "))
    lead = split::trim(lead.substr(4));
  std::size_t words = 0;
  for (std::size_t i = 0; i < lead.size(); ++i) {
    if (lead[i] == ' ')
      ++words;
  }
  if (lead.empty() || words > 14 || !split::find_dates(lead).empty())
    return {};
  return std::string(lead);
}

Repair glue_repair(std::string_view text, const split::GluedNumber& glue) {
  Repair repair;
  repair.step = "split_glued_footnote_number";
  const std::size_t from = glue.cut > 16 ? glue.cut - 16 : 0;
  repair.before = std::string(text.substr(from));
  repair.after = std::string(split::trim(text.substr(from, glue.cut - from)));
  repair.detail = "footnote " + std::to_string(glue.number) +
                  "'s number ran into this note; the text after it repeats footnote " +
                  std::to_string(glue.number) + " and is left out of this note's citations";
  return repair;
}

void build_citations(Footnote& footnote, JoinedText& joined, NoteUrls& urls,
                     std::optional<split::GluedNumber> glue, const Document& document,
                     const std::vector<const Link*>& links_by_position,
                     const std::vector<std::size_t>& link_begins,
                     std::vector<const Citation*>& earlier) {
  const std::string_view text = joined.text;
  const std::size_t limit = glue ? glue->cut : text.size();
  std::vector<Range> url_ranges;
  url_ranges.reserve(urls.matches.size());
  for (const split::UrlMatch& m : urls.matches)
    url_ranges.push_back(m.range);
  std::vector<Range> ranges = split::citation_boundaries(text, limit, url_ranges);
  if (glue) {
    Repair repair = glue_repair(text, *glue);
    footnote.repairs.push_back(repair);
    if (!ranges.empty()) {
      // The citation that held the glue: the glued digit and the duplicate are cut off.
      joined.repairs.push_back({ranges.back().end > 0 ? ranges.back().end - 1 : 0, repair});
    }
  }
  footnote.citations.reserve(ranges.size());  // one allocation, no moves as it grows
  int k = 0;
  for (const Range& range : ranges) {
    Citation citation;
    // Where numbering starts over, the run prefixes the id ("2:1.1") so ids stay unique.
    citation.id = (footnote.series > 1 ? std::to_string(footnote.series) + ":" : std::string()) +
                  std::to_string(footnote.number) + "." + std::to_string(++k);
    citation.footnote = footnote.number;
    citation.raw = std::string(text.substr(range.begin, range.end - range.begin));
    citation.span = span_of(footnote, joined, range, document);
    std::vector<Range> raw_urls;
    // Each URL and each repair lies in one range only, so its repairs are moved to that
    // range's citation, not copied (the note's URLs and joined text are not read after).
    for (split::UrlMatch& m : urls.matches) {
      if (m.range.begin < range.begin || m.range.begin >= range.end)
        continue;
      citation.urls.push_back(m.url);
      raw_urls.push_back(
          {m.range.begin - range.begin, std::min(m.range.end, range.end) - range.begin});
      if (auto it = urls.candidates.find(m.url); it != urls.candidates.end()) {
        citation.url_candidates.insert(citation.url_candidates.end(), it->second.begin(),
                                       it->second.end());
      }
      for (split::PositionedRepair& r : m.repairs)
        citation.repairs.push_back(std::move(r.repair));
    }
    for (split::PositionedRepair& r : joined.repairs) {
      if (r.position >= range.begin && r.position < range.end)
        citation.repairs.push_back(std::move(r.repair));
    }
    // Links the format states (Markdown, HTML, PDF annotations) beat the visible text.
    // Only the links inside this note: found by position, not by walking every link of
    // the document for every citation (a book has tens of thousands).
    // Searched among the links' begins (one array) rather than through a pointer per step.
    auto first = links_by_position.begin() +
                 (std::lower_bound(link_begins.begin(), link_begins.end(), footnote.span.begin) -
                  link_begins.begin());
    // A link opening the note may start a byte early (on the break the reader put before
    // the note's first paragraph): it still counts, clipped to the note.
    if (first != links_by_position.begin() && (*(first - 1))->end > footnote.span.begin)
      --first;
    for (auto it = first; it != links_by_position.end() && (*it)->begin < footnote.span.end; ++it) {
      const Link& link = **it;
      const std::size_t begin = std::max(link.begin, footnote.span.begin);
      const std::size_t end = std::min(link.end, footnote.span.end);
      if (!absolute_url(link.url) || begin >= end) {
        continue;
      }
      // The link's place in this citation's text; a link that starts before the citation
      // (over the note's number, as a PDF link box drawn across the whole line) counts
      // from where the citation starts.
      // Bytes the citation's text does not show (the note's number) are stepped over.
      std::optional<std::size_t> first_pos;
      std::optional<std::size_t> last_pos;
      for (std::size_t b = begin; b < end && !first_pos; ++b)
        first_pos = display_position(joined, b);
      for (std::size_t e = end; e > begin && !last_pos; --e)
        last_pos = display_position(joined, e - 1);
      if (!first_pos || !last_pos || *last_pos < range.begin || *first_pos >= range.end)
        continue;
      const std::size_t link_begin = std::max(*first_pos, range.begin) - range.begin;
      const std::size_t link_end = *last_pos + 1 - range.begin;
      bool replaced = false;
      for (std::size_t u = 0; u < raw_urls.size(); ++u) {
        if (link_begin >= raw_urls[u].end || link_end <= raw_urls[u].begin) {
          continue;
        }
        if (citation.urls[u] != link.url) {
          Repair repair;
          repair.step = "url_from_link";
          repair.before = citation.urls[u];
          repair.after = link.url;
          repair.detail = "the document's link target replaces the visible URL text";
          citation.repairs.push_back(std::move(repair));
          citation.urls[u] = link.url;
        }
        replaced = true;
      }
      if (!replaced &&
          std::find(citation.urls.begin(), citation.urls.end(), link.url) == citation.urls.end()) {
        citation.urls.push_back(link.url);
      }
    }

    bool interview = false;
    if (auto reference = split::parse_back_reference(citation.raw)) {
      citation.kind = Kind::ibid;
      citation.pinpoint = reference->pinpoint;
      // "X; ibid." points inside this note: its citations so far join the scope for the
      // call (appended and taken off again, not copied: copying is quadratic in a book).
      for (const Citation& c : footnote.citations)
        earlier.push_back(&c);
      citation.ibid_of = split::resolve_back_reference(*reference, earlier);
      earlier.resize(earlier.size() - footnote.citations.size());
      citation.confidence = citation.ibid_of ? 0.9 : 0.3;
    } else if (split::is_interview(citation.raw, !citation.urls.empty())) {
      citation.kind = Kind::interview;
      citation.confidence = 0.8;
      interview = true;
    }
    if (citation.kind != Kind::ibid) {
      split::fill_generic_fields(citation, raw_urls, interview);
      if (citation.title.empty() && !raw_urls.empty())
        citation.title = lead_title(citation.raw, raw_urls.front().begin);
      if (citation.confidence == 0.0) {
        citation.confidence = split::has_source_evidence(citation.raw, raw_urls) ? 0.5 : 0.2;
      }
    }
    footnote.citations.push_back(std::move(citation));
  }
}

}  // namespace

std::vector<Footnote> split_citations(std::vector<Footnote> footnotes, const Document& document) {
  const split::DocumentEvidence evidence(document.text, document.format);
  std::vector<JoinedText> joined;
  std::vector<NoteUrls> urls;
  joined.reserve(footnotes.size());
  urls.reserve(footnotes.size());
  // (series, number) -> index, hashed: only looked up. Both are small positive ints.
  const auto key_of = [](int series, int number) {
    return (static_cast<std::uint64_t>(static_cast<std::uint32_t>(series)) << 32) |
           static_cast<std::uint32_t>(number);
  };
  std::unordered_map<std::uint64_t, std::size_t> index_of;
  index_of.reserve(footnotes.size());
  for (std::size_t i = 0; i < footnotes.size(); ++i) {
    joined.push_back(split::join_lines(locate_lines(footnotes[i], document), evidence));
    urls.push_back(split::repair_note_urls(joined.back(), evidence));
    index_of.emplace(key_of(footnotes[i].series, footnotes[i].number), i);
  }
  int series = 1;
  std::size_t current = 0;
  // A note already built keeps its text in its footnote, the others in `joined`.
  const auto text_of = [&](int number) -> const std::string* {
    const auto it = index_of.find(key_of(series, number));
    if (it == index_of.end()) {
      return nullptr;
    }
    return it->second < current ? &footnotes[it->second].text : &joined[it->second].text;
  };

  std::vector<const Link*> links_by_position;
  links_by_position.reserve(document.links.size());
  for (const Link& link : document.links)
    links_by_position.push_back(&link);
  std::stable_sort(links_by_position.begin(), links_by_position.end(),
                   [](const Link* a, const Link* b) { return a->begin < b->begin; });
  std::vector<std::size_t> link_begins;
  link_begins.reserve(links_by_position.size());
  for (const Link* link : links_by_position)
    link_begins.push_back(link->begin);

  // Citations of earlier notes, for back references. A note's citations are final once
  // built, and `footnotes` does not grow, so the pointers stay valid.
  std::vector<const Citation*> earlier;
  for (std::size_t i = 0; i < footnotes.size(); ++i) {
    current = i;
    Footnote& footnote = footnotes[i];
    footnote.citations.clear();
    series = footnote.series;
    const auto glue = split::find_glued_number(joined[i].text, footnote.number, text_of);
    build_citations(footnote, joined[i], urls[i], glue, document, links_by_position, link_begins,
                    earlier);
    for (const Citation& c : footnote.citations)
      earlier.push_back(&c);
    // The note's working state goes as soon as its citations are built: a long document
    // no longer holds every note's pieces, repairs and URL candidates twice over.
    footnote.text = std::move(joined[i].text);
    joined[i] = {};
    urls[i] = {};
  }
  return footnotes;
}

}  // namespace citecheck

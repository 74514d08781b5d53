// The kind core gives a citation that no plugin claimed.
#include <citecheck/split.hpp>

#include "split/cite_template.hpp"
#include "split/generic_fields.hpp"
#include "split/italic_title.hpp"
#include "split/patterns.hpp"
#include "split/template_kind.hpp"
#include "split/text_util.hpp"

namespace citecheck {

bool apply_citation_markup(Citation& citation) {
  if (citation.kind == Kind::ibid)
    return false;
  bool changed = false;
  if (const auto stated = split::template_kind(citation.raw); stated && *stated != citation.kind) {
    citation.kind = *stated;
    changed = true;
  }
  if (const auto cite = split::read_cite_template(citation.raw))
    changed = split::apply_cite_template(*cite, citation) || changed;
  return changed;
}

namespace {

// An italic title and no quoted one ('' marks read as a quote are the italic title itself).
bool italic_title_only(std::string_view raw) {
  const auto italic = split::italic_title(raw);
  if (!italic)
    return false;
  const auto begin = static_cast<std::size_t>(italic->data() - raw.data());
  for (const split::QuotedSpan& quote : split::find_quoted_spans(raw)) {
    if (quote.inner.begin > begin + italic->size() || quote.inner.end < begin)
      return false;  // a quoted passage apart from the italic title
  }
  return true;
}

}  // namespace

void fill_generic_kind(Citation& citation) {
  using split::find_word;
  if (citation.kind == Kind::ibid || citation.kind == Kind::interview) {
    if (citation.confidence == 0.0)
      citation.confidence = 0.7;
    return;
  }
  const std::string_view raw = citation.raw;
  // A wiki citation template says what it cites; its word beats any guess from wording.
  if (const auto stated = split::template_kind(raw)) {
    citation.kind = *stated;
    if (citation.confidence == 0.0)
      citation.confidence = 0.8;
    return;
  }
  const auto imprint = split::find_publisher(raw);
  // Report wording counts outside the title only: a news story titled "... report" is news.
  std::string rest(raw);
  if (!citation.title.empty()) {
    const std::size_t at = rest.find(citation.title);
    if (at != std::string::npos)
      rest.erase(at, citation.title.size());
  }
  for (const std::string& url : citation.urls) {
    const std::size_t at = rest.find(url);
    if (at != std::string::npos)
      rest.erase(at, url.size());
  }
  bool report_wording = false;
  for (std::string_view word : split::patterns::k_report_words) {
    report_wording = report_wording || find_word(rest, word) != std::string_view::npos;
  }
  double confidence = 0.2;
  // An ISBN is given to books (and book-length reports, which read as books too).
  const bool isbn = find_word(raw, "ISBN") != std::string_view::npos;
  if (isbn || (imprint && !imprint->city.empty())) {
    citation.kind = Kind::book;
    confidence = 0.6;
  } else if (report_wording || (imprint && !imprint->publisher.empty())) {
    citation.kind = Kind::report;
    confidence = report_wording && imprint ? 0.6 : 0.45;
  } else if (citation.urls.empty() && italic_title_only(raw)) {
    // An italic title and no quoted one: a stand-alone work, as the styles print books.
    citation.kind = Kind::book;
    confidence = 0.45;
  } else if (!citation.urls.empty()) {
    citation.kind = Kind::web;
    confidence = 0.5;
  } else {
    citation.kind = Kind::other;
  }
  if (citation.publisher.empty() && imprint)
    citation.publisher = imprint->publisher;
  if (citation.confidence == 0.0)
    citation.confidence = confidence;
}

}  // namespace citecheck

#pragma once
// The splitter: turns each footnote's text into display text and one or more citations,
// repairing what extraction broke (URLs across lines, line-break hyphens, stray spaces,
// glued footnote numbers) and recording every repair. It also fills what is generic to
// all citations: URLs, quoted titles, years, 'Ibid.' back references, interviews.
// Source-specific knowledge (UN symbols, DOIs, journals, outlets) belongs to plugins.

#include <vector>

#include <citecheck/document.hpp>

namespace citecheck {

/// Returns the footnotes with `text` as display text and `citations` filled, ids "N.k".
/// The whole document is evidence (the same URL or word elsewhere decides a hyphen).
std::vector<Footnote> split_citations(std::vector<Footnote> footnotes, const Document& document);

/// The generic kind of a citation no plugin claimed, from its own text: keeps `ibid` and
/// `interview` (set by the splitter); a wiki template's stated kind; an ISBN or "(City:
/// Publisher, Year)" -> book; report/brief/paper wording or a publisher in parentheses ->
/// report; an italic title and no quoted one, without a URL -> book; a URL -> web; else
/// other. Sets a confidence when none is set; leaves `plugin` empty.
void fill_generic_kind(Citation& citation);

/// What the citation's own markup states (a wiki {{cite book|title=...|last=...}}
/// template: its kind and its title, authors, container, publisher, dates, volume, issue,
/// pages, DOI, URL and archive URL) replaces what core or a plugin read from its wording:
/// the author said it. Fields the template leaves unset stay. Returns whether it changed
/// anything.
bool apply_citation_markup(Citation& citation);

}  // namespace citecheck

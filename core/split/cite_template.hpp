#pragma once
// The named parameters of a wiki citation template ({{cite web|url=...|title=...}},
// {{citation|...}}): the author's own statement of a source's fields, which beats any
// reading of its wording. Format markup, not knowledge of any source.

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <citecheck/citation.hpp>

namespace citecheck::split {

/// A template's name (lower case, one space between words) and its named parameters, in
/// order (keys lower case; values trimmed, with nested templates and links kept whole).
struct CiteTemplate {
  std::string name;
  std::vector<std::pair<std::string, std::string>> parameters;

  /// The first non-empty value among `keys`; empty when none is set.
  std::string first_of(std::initializer_list<std::string_view> keys) const;
};

/// A template's name or a parameter's key as MediaWiki compares them: lower case, '_' and
/// runs of blanks read as one space, no blanks at either end.
std::string fold_name(std::string_view text);

/// The folded name of the template whose "{{" ends just before `at` (a few dozen bytes at
/// most, up to the first '|' or '}').
std::string template_name_at(std::string_view raw, std::size_t at);

/// The first {{cite ...}} or {{citation ...}} template in `raw`; nullopt when there is none.
std::optional<CiteTemplate> read_cite_template(std::string_view raw);

/// Fills `citation` from the template's parameters where they are set: title, authors,
/// container, publisher, dates (ISO), volume, issue, pages, DOI, URL and archive URL.
/// Returns whether it changed anything.
bool apply_cite_template(const CiteTemplate& cite, Citation& citation);

}  // namespace citecheck::split

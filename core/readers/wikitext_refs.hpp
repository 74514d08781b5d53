#pragma once
// Wikitext's notes are <ref> tags. MediaWiki numbers them by first appearance, one number
// per distinct named ref; text lives in the defining tag, which may come later (a reused
// `<ref name="x" />` before it) or sit in a list-defined `{{reflist|refs=...}}` block.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <citecheck/document.hpp>

namespace citecheck::readers::wikitext {

/// A half-open byte range of the source.
struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
};

/// Comments, <nowiki>, <pre>, <syntaxhighlight>/<source> and <math>: no ref inside counts.
std::vector<Span> inert_ranges(std::string_view text);

struct RefScan {
  std::vector<ExplicitNote> notes;  ///< by number
  std::vector<std::string> warnings;
};

/// The notes of a wikitext source, numbered as MediaWiki renders them: the default group
/// 1..N, then each named group in order of first appearance, continuing the numbers (their
/// label says the group: "note 1").
RefScan scan_refs(std::string_view text);

/// Links the markup states inside `span`: external links `[http://x label]` and the
/// `...url=` parameters of templates (`url=`, `archive-url=`, `chapter-url=`).
std::vector<Link> wikitext_links(std::string_view text, Span span);

}  // namespace citecheck::readers::wikitext

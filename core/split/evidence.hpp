#pragma once
// What the whole document says about its own words, built once per document: how often a
// word occurs, how often a hyphenated pair occurs, which URLs it prints on one line, and
// whether its extraction breaks words at line ends at all. The splitter's hyphen and URL
// decisions ask this instead of a dictionary.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include <citecheck/document.hpp>

namespace citecheck::split {

/// Counts by 64-bit key in one open-addressed table: a document's words are counted
/// without allocating a node or a string per word.
class HashCounter {
 public:
  /// Defined here so that the word index's loop inlines it: it runs once per word.
  void add(std::uint64_t key) {
    if (key == 0)
      key = 1;
    if ((m_used + 1) * 2 > m_keys.size())
      grow();
    const std::size_t mask = m_keys.size() - 1;
    for (std::size_t i = slot_of(key, mask);; i = (i + 1) & mask) {
      if (m_keys[i] == key) {
        ++m_counts[i];
        return;
      }
      if (m_keys[i] == 0) {
        m_keys[i] = key;
        m_counts[i] = 1;
        ++m_used;
        return;
      }
    }
  }
  std::size_t count(std::uint64_t key) const;
  /// Sizes an empty table for about `keys` keys, so that filling it rehashes little.
  void reserve(std::size_t keys);

 private:
  static std::size_t slot_of(std::uint64_t key, std::size_t mask) {
    return (key ^ (key >> 29)) & mask;
  }
  void grow();
  std::vector<std::uint64_t> m_keys;  // 0 = empty slot
  std::vector<std::uint32_t> m_counts;
  std::size_t m_used = 0;
};

/// Key of a word, ASCII case folded.
std::uint64_t word_key(std::string_view word);
/// Key of "left-right" (a hyphenated pair inside a line) from its words' keys.
std::uint64_t pair_key(std::uint64_t left, std::uint64_t right);

/// Document-wide word evidence. Cheap to query; each part is built by one linear pass the
/// first time a query needs it (a document whose notes ask nothing, as most Markdown notes
/// do, is never indexed), so `text` must outlive the evidence. The lazy parts make the
/// const queries unsafe to share between threads: one evidence per document and thread.
class DocumentEvidence {
 public:
  DocumentEvidence() = default;
  /// Evidence about `text`. `format` decides whether line ends carry layout (plain and PDF
  /// text).
  explicit DocumentEvidence(std::string_view text, Format format = Format::text)
      : m_text(text), m_format(format) {}
  DocumentEvidence(const DocumentEvidence&) = delete;
  DocumentEvidence& operator=(const DocumentEvidence&) = delete;

  /// Occurrences of `word` (any case), not counting pieces of words broken at a line end.
  std::size_t word_count(std::string_view word) const;
  /// Occurrences of "left-right" written with a hyphen inside a line.
  std::size_t pair_count(std::string_view left, std::string_view right) const;
  /// True when the document prints this URL (compared without scheme, "www." and case)
  /// somewhere on a single line.
  bool has_url(std::string_view url) const;

  /// The document's own prose shows more line-end hyphens that break a word (the joined
  /// word occurs elsewhere) than hyphens that belong to a compound.
  bool hyphenates_prose() const { return typographic_breaks() > compound_breaks(); }
  std::size_t typographic_breaks() const {
    measure_line_ends(true);
    return m_typographic_breaks;
  }
  std::size_t compound_breaks() const {
    measure_line_ends(true);
    return m_compound_breaks;
  }
  /// Long wrapped plain text with no line-end hyphen at all: the extraction dropped them
  /// (plain pdftotext does), so words and URLs may have lost a hyphen at each line end.
  bool line_end_hyphens_lost() const {
    measure_line_ends(false);
    return m_line_end_hyphens_lost;
  }

  /// URL key used by has_url: lower case, no scheme, no "www.", no trailing punctuation.
  static std::string url_key(std::string_view url);

 private:
  /// Builds the word and pair counts, once.
  void index_words() const;
  /// Builds the set of URLs printed on one line, once.
  void index_urls() const;
  /// Reads the line ends, once: whether hyphens were lost, and with `breaks` (which asks
  /// the word counts) how the document's line-end hyphens divide.
  void measure_line_ends(bool breaks) const;

  std::string_view m_text;
  Format m_format = Format::text;
  mutable bool m_words_indexed = false;
  mutable bool m_urls_indexed = false;
  mutable bool m_line_ends_measured = false;
  mutable bool m_breaks_measured = false;
  mutable HashCounter m_words;
  mutable HashCounter m_pairs;
  mutable std::unordered_set<std::string> m_urls;
  mutable std::size_t m_typographic_breaks = 0;
  mutable std::size_t m_compound_breaks = 0;
  mutable bool m_line_end_hyphens_lost = false;
};

}  // namespace citecheck::split

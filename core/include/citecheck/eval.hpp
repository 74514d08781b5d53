#pragma once
// Accuracy against hand-checked gold (`*.gold.json`, schema in the corpus README): pure
// scoring functions, plus one call that runs a whole corpus folder through the pipeline.
// Matching is per footnote number: the citations of footnote N in the output are compared
// with gold footnote N.

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include <citecheck/citation.hpp>
#include <citecheck/document.hpp>
#include <citecheck/pipeline.hpp>
#include <citecheck/plugin_host.hpp>

namespace citecheck::eval {

// ---- Folding and matching rules (the corpus README's "How to compare") ----

/// Text as compared: every quote mark made one straight quote (OCR turns a closing ’ into
/// ” often enough that single versus double says nothing about the footnote), soft hyphens
/// and hyphens between two word characters (with or without a line break after them)
/// dropped, and all whitespace removed, so that a join across a line break compares equal
/// however it was made ("mi- nusma", "mi-nusma" and "minusma" fold alike).
std::string fold_text(std::string_view text);

/// The URL without its fragment ("#...") and surrounding whitespace.
std::string url_key(std::string_view url);

/// A DOI as compared: trimmed and lower-cased (DOIs are case-insensitive).
std::string doi_key(std::string_view doi);

/// The symbol without a trailing " (YYYY)", and the year when there was one.
struct SymbolParts {
  std::string base;
  std::optional<int> year;
};
SymbolParts split_symbol_year(std::string_view symbol);

/// True when the two symbols name the same document: equal, or equal once the year is
/// dropped from the one that has it while the other has none ("S/RES/2164" matches
/// "S/RES/2164 (2014)"; "S/RES/2164 (2013)" does not match "S/RES/2164 (2014)").
bool symbols_match(std::string_view found, std::string_view expected);

/// True when a found kind counts as right: equal, or one of the pairs the corpus README
/// forgives (news~web, report~web).
bool kinds_match(Kind found, Kind expected);

// ---- Gold ----

/// One gold citation: only the fields that are scored.
struct GoldCitation {
  Kind kind = Kind::other;
  std::vector<std::string> urls;
  std::vector<std::string> dois;
  std::vector<std::string> un_symbols;
  std::optional<int> ibid_of;
};

struct GoldFootnote {
  int number = 0;
  std::string text;
  std::vector<GoldCitation> citations;
};

/// A gold file. `document` is the file name of the document, next to the gold file.
struct GoldDocument {
  std::string document;
  Format format = Format::text;
  std::vector<GoldFootnote> footnotes;
};

/// Reads gold from its JSON. Throws InputError (naming `origin`) when a required field is
/// missing or of the wrong type, or a kind or format is unknown.
GoldDocument gold_from_json(const nlohmann::json& json, const std::string& origin);

// ---- Scores ----

/// Set comparison counts: `matched` of `found` were right, `matched` of `expected` found.
struct Counts {
  std::size_t matched = 0;
  std::size_t found = 0;
  std::size_t expected = 0;

  /// 1 when nothing was found (no false positives are possible).
  double precision() const;
  /// 1 when nothing was expected.
  double recall() const;
  Counts& operator+=(const Counts& other);
};

/// One document's (or a total's) score.
struct Score {
  std::size_t footnotes_found = 0;     ///< footnotes in the output
  std::size_t footnotes_expected = 0;  ///< footnotes in the gold
  std::size_t footnotes_matched = 0;   ///< gold numbers present in the output
  std::size_t text_matched = 0;        ///< of those, folded text equal
  Counts urls;
  Counts un_symbols;
  Counts dois;
  std::size_t ibid_expected = 0;   ///< gold citations with ibid_of
  std::size_t ibid_correct = 0;    ///< ... for which footnote N has a citation with that ibid_of
  std::size_t ibid_spurious = 0;   ///< output ibid_of values that gold footnote N lacks
  std::size_t kinds_expected = 0;  ///< gold citations
  std::size_t kinds_correct = 0;   ///< paired with an output citation of a matching kind

  Score& operator+=(const Score& other);
};

/// Compares one parsed document with its gold.
Score score_document(const ParsedDocument& parsed, const GoldDocument& gold);

// ---- A corpus run ----

/// How one gold document fared.
enum class Outcome {
  scored,
  not_supported,  ///< no reader for its format yet: listed, left out of the totals
  failed,         ///< the document or its gold could not be read
};

struct DocumentResult {
  std::string gold_path;
  std::string document;  ///< file name, as in the gold
  Format format = Format::text;
  Outcome outcome = Outcome::scored;
  std::string reason;              ///< for not_supported and failed
  std::vector<std::string> notes;  ///< e.g. "sniffed as text, gold says wikitext"
  Score score;
};

/// Totals of one format, over its scored documents.
struct FormatTotal {
  Format format = Format::text;
  std::size_t documents = 0;
  Score score;
};

struct CorpusResult {
  std::filesystem::path corpus;
  std::vector<DocumentResult> documents;  ///< in file-name order
  std::vector<FormatTotal> formats;       ///< formats with at least one scored document
  Score total;                            ///< over every scored document
};

/// Runs every `*.gold.json` in `corpus` through read -> parse and scores it. A document
/// whose reader throws InputError for its gold format counts as not supported; nothing
/// here throws for one bad document. Throws InputError when `corpus` is not a folder.
CorpusResult evaluate_corpus(const std::filesystem::path& corpus, const PluginSet& plugins);

std::string_view to_string(Outcome outcome);

}  // namespace citecheck::eval

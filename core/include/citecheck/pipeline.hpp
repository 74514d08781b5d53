#pragma once
// The offline half of the flow: read -> segment -> split -> recognize.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <citecheck/document.hpp>
#include <citecheck/plugin_host.hpp>

namespace citecheck {

/// A document's footnotes with their citations recognized.
struct ParsedDocument {
  std::string path;
  Format format = Format::text;
  std::vector<Footnote> footnotes;
  std::vector<std::string> warnings;
};

/// How to parse.
struct ParseOptions {
  /// Threads that recognize citations at once (plugins' recognize() is pure, so citations
  /// are independent); 0: one per core, as a document's length makes worth it.
  unsigned threads = 0;
};

/// Segments, splits, and lets the plugins recognize. Core then fills the generic kind of
/// any citation no plugin claimed (ibid, interview, book, report, web, other). The result
/// does not depend on the number of threads.
ParsedDocument parse_document(const Document& document, const PluginSet& plugins,
                              const ParseOptions& options = {});

/// Parsed documents kept between runs (the store implements it), so that a scheduled audit
/// of unchanged files does not read and parse them again. Keys come from parse_key(); a
/// cache that cannot keep something just misses next time.
class ParsedDocumentCache {
 public:
  virtual ~ParsedDocumentCache() = default;
  virtual std::optional<ParsedDocument> parsed(const std::string& key) = 0;
  virtual void remember_parsed(const std::string& key, const ParsedDocument& document) = 0;
};

/// What a parse depends on besides the bytes: the readers (reader_identity()), each loaded
/// plugin by name, version and file identity, and the plugin API version.
std::string parser_identity(const PluginSet& plugins);

/// The cache key of one parse: a SHA-256 over the identity, the path as given (it is in the
/// record and its warnings), the forced format if any, and the SHA-256 of the bytes.
std::string parse_key(const std::string& identity, const std::string& path,
                      std::optional<Format> forced, std::string_view bytes);

/// How parse_file reads and where it may find the parse already done.
struct ParseFileOptions {
  std::optional<Format> forced;          ///< --input-format
  ParsedDocumentCache* cache = nullptr;  ///< none: always parse
  std::string identity;                  ///< parser_identity(), computed once per run
  ParseOptions parse;
};

/// read_document + parse_document, or the cached parse of the same bytes under the same
/// key. Throws InputError as read_document does (nothing is cached for a refused file).
ParsedDocument parse_file(const std::string& path, const PluginSet& plugins,
                          const ParseFileOptions& options);

}  // namespace citecheck

#pragma once
// Output formats of `check`. The checker decided every state; these only lay the finished
// run out (lychee's formatters): one file per format, picked by name.

#include <iosfwd>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>

#include <citecheck/check.hpp>
#include <citecheck/pipeline.hpp>
#include <citecheck/resolve.hpp>

namespace citecheck::cli {

/// The check of a link that was not checked (its URL was not among the checker's).
const LinkCheck& not_checked();

/// One cited URL of one citation, joined with its check by URL. The check is shared by
/// every citation of its URL and lives in the checker's report, which outlives the run.
struct CheckedLink {
  int footnote = 0;
  int line = 0;
  std::string citation_id;
  Kind kind = Kind::other;
  std::string title;
  std::string url;  ///< as this citation prints it (the check's may be another citation's form)
  const LinkCheck* checked = nullptr;

  const LinkCheck& check() const { return checked != nullptr ? *checked : not_checked(); }
};

/// The live state of one URL a resolved citation cites, so that a source and whether it
/// is still there read together.
struct SourceLink {
  std::string url;
  bool checked = false;  ///< false: links were not checked (`resolve`), or this one skipped
  LinkState state = LinkState::unknown;
  int status = 0;
  std::string moved_to;
};

/// What the plugins found out about one citation's source.
struct ResolvedCitation {
  std::string citation_id;
  int footnote = 0;
  int line = 0;
  Kind kind = Kind::other;
  std::string cited;  ///< what the footnote names: symbol, DOI, title or URL
  std::vector<Resolution> resolutions;
  std::vector<SourceLink> links;
};

/// A document's links in footnote order.
struct CheckedDocument {
  std::string path;
  Format format = Format::text;
  std::vector<CheckedLink> links;
  std::size_t citations = 0;
  std::size_t citations_without_links = 0;
  std::vector<std::string> warnings;
  std::vector<ResolvedCitation> resolved;  ///< empty when resolution did not run
};

/// The whole run.
struct CheckRun {
  bool links_checked = true;  ///< false for `resolve`: only sources to show
  std::vector<CheckedDocument> documents;
  bool no_network = false;
  std::string no_network_reason;
  std::map<LinkState, std::size_t> counts;  ///< per distinct URL
  std::size_t distinct_urls = 0;
  std::size_t from_cache = 0;
  double seconds = 0.0;
};

/// The checker's results by the URL a citation prints: as the checker saw it first, or by
/// its normalized key. Points into the report, which must outlive it.
class CheckIndex {
 public:
  explicit CheckIndex(const CheckReport& report);
  /// The check of `url`, or nullptr when it was not checked.
  const LinkCheck* find(const std::string& url) const;

 private:
  std::unordered_map<std::string_view, const LinkCheck*> m_by_key;
  std::unordered_map<std::string_view, const LinkCheck*> m_by_cited;
};

/// A document's cited links as the report needs them, taken as soon as it is parsed: a run
/// keeps these (about 200 bytes a link) and not every parsed citation (about 3 KB a note)
/// while the links are checked, however many documents it reads. Not joined to checks yet.
CheckedDocument links_of(const ParsedDocument& parsed);

/// Adds what the plugins found out about `parsed`'s citations to `doc`, its links_of().
void add_resolved(CheckedDocument& doc, const ParsedDocument& parsed,
                  const std::vector<CitationResolutions>& resolutions, const CheckIndex& checks);

/// Joins each document's links with its check; `report` must outlive the run.
CheckRun join_checks(std::vector<CheckedDocument> documents, const CheckReport& report,
                     const CheckIndex& checks, double seconds);

/// The order a reader wants: what needs action first.
int state_rank(LinkState state);

enum class CheckFormat { table, json, jsonl, markdown, junit, csv };

std::optional<CheckFormat> check_format_from_string(std::string_view name);
std::vector<std::string> check_format_names();

/// Renders a run as it goes, so that a run over many documents holds one batch of them at
/// a time: begin(), then documents() for each batch in order, then end() with the totals.
class CheckReporter {
 public:
  virtual ~CheckReporter() = default;
  /// Before the first batch.
  virtual void begin(std::ostream& out, bool links_checked) = 0;
  /// One batch of finished documents; `batch.no_network` says whether the network was
  /// missing while they were checked. Its other totals are the batch's, not the run's.
  virtual void documents(std::ostream& out, const CheckRun& batch) = 0;
  /// After the last batch: `run` holds the run's totals (its documents may be empty).
  virtual void end(std::ostream& out, const CheckRun& run) = 0;

  /// A whole run at once: one batch.
  void render(std::ostream& out, const CheckRun& run) {
    begin(out, run.links_checked);
    documents(out, run);
    end(out, run);
  }
};

std::unique_ptr<CheckReporter> make_check_reporter(CheckFormat format, bool colour);
std::unique_ptr<CheckReporter> make_check_table_reporter(bool colour);
std::unique_ptr<CheckReporter> make_check_json_reporter();
std::unique_ptr<CheckReporter> make_check_jsonl_reporter();
std::unique_ptr<CheckReporter> make_check_markdown_reporter();
std::unique_ptr<CheckReporter> make_check_junit_reporter();
std::unique_ptr<CheckReporter> make_check_csv_reporter();

nlohmann::json to_json(const ResolvedCitation& citation);

}  // namespace citecheck::cli

#pragma once
// Crossref REST API answers (reference 1.3, 1.4): the envelope of `/works` and
// `/works/{doi}`, and the fields of a work that matching and retraction checks read.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace citecheck::plugins::journals {

/// An editorial update linking two works: on a retracted or corrected work (`updated-by`)
/// it names the notice; on a notice (`update-to`) it names the work it updates.
struct UpdateNotice {
  std::string doi;
  std::string type;    ///< "retraction", "correction", "erratum", "expression_of_concern", ...
  std::string label;   ///< "Retraction"
  std::string source;  ///< "publisher", "retraction-watch"
  std::string date;    ///< ISO, as precise as the record says
};

/// The fields of one work that citation checks read.
struct CrossrefWork {
  std::string doi;
  std::string title;                  ///< first title
  std::string subtitle;               ///< first subtitle
  std::vector<std::string> families;  ///< author family names (or organisation names)
  std::string container;              ///< first container title
  std::string type;
  std::string volume;
  std::string issue;
  std::string page;
  int year = 0;  ///< issued, else published-print, else published-online
  double score = 0.0;
  std::vector<UpdateNotice> updated_by;  ///< notices about this work
  std::vector<UpdateNotice> update_to;   ///< works this notice updates
  /// Relations that announce an update (relation keys naming a retraction, correction,
  /// erratum or expression of concern), as notices.
  std::vector<UpdateNotice> relation_updates;
};

/// What an answer held; `error` says why it cannot be used (not JSON, cut, wrong shape).
struct WorksAnswer {
  std::optional<std::string> error;
  std::vector<CrossrefWork> works;
};

/// Reads a `/works` list answer (`message-type` "work-list").
WorksAnswer read_work_list(std::string_view body);
/// Reads a `/works/{doi}` answer (`message-type` "work"); one work on success.
WorksAnswer read_single_work(std::string_view body);

/// A work from one `items[]` entry or `message` (fields of the wrong type are left empty).
CrossrefWork work_from_item(const nlohmann::json& item);

/// The compact form kept in the resolution cache, and back (nullopt when damaged).
std::string work_to_cache(const CrossrefWork& work);
std::optional<CrossrefWork> work_from_cache(std::string_view text);
nlohmann::json work_to_json(const CrossrefWork& work);
std::optional<CrossrefWork> work_from_json(const nlohmann::json& value);

/// Update types that withdraw a work rather than amend it.
bool is_withdrawal(std::string_view type);

}  // namespace citecheck::plugins::journals

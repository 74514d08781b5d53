#pragma once
// MARCXML as the UN Digital Library (TIND/Invenio) returns it for `of=xm`: the fields a
// citation check needs from each bibliographic record (reference section 2.3).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace citecheck::plugins::un_documents {

/// One file of a record (856 $u), with the language it is in: a code ("EN", "FR", ...)
/// from $y/$3 or the file name, empty when neither says.
struct RecordFile {
  std::string language;
  std::string url;
};

/// A bibliographic record of the UN Digital Library.
struct MarcRecord {
  std::string recid;                 ///< 001
  std::vector<std::string> symbols;  ///< 191 $a, as the library writes them
  std::vector<std::string> former;   ///< 191 $z: older or alternate symbols
  std::string title;                 ///< 245 $a $b, ISBD punctuation dropped
  std::string responsibility;        ///< 245 $c ("adopted by the Security Council ...")
  std::string date;                  ///< 269 $a, else 992 $a (YYYY-MM-DD or YYYY)
  std::vector<RecordFile> files;     ///< 856 fields with a $u
};

/// What a search answer held. `error` is set when the body is not a MARCXML collection
/// (truncated, an HTML page, malformed), in which case nothing else can be trusted.
struct MarcCollection {
  std::optional<std::string> error;
  std::optional<long> total;  ///< from the "Search-Engine-Total-Number-Of-Results" comment
  std::vector<MarcRecord> records;
};

/// Reads a MARCXML `<collection>` (or a lone `<record>`), with or without a namespace
/// prefix. Records marked deleted (980 $a DELETED) are left out.
MarcCollection read_marc_collection(std::string_view xml);

/// Language code of a label ("English", "Français", "en") or of a file name
/// ("S_RES_2100%282013%29-EN.pdf"); empty when neither tells.
std::string language_code(std::string_view label, std::string_view url);

}  // namespace citecheck::plugins::un_documents
